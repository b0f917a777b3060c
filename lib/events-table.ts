/**
 * The events view (`view=events`): every dated step of the dataset (Accords events, ties,
 * minerals deals, context events and the steps of each document's life, all of which live in
 * `events.json`) as table rows, with the filters, the sort and the downloads of the rows shown.
 * The filters are URL keys (`country`, `pair`, `track`, `kind`, `conf`, `from`, `to`, `order`),
 * whose nuqs parsers are declared with every other key in lib/search-params.ts. Pure: no React, no
 * translations.
 */
import { type Cell, listCell, toCsv } from './csv';
import { comparePartialDates, type DisplayLocale, type PartialDate } from './data/dates';
import { CONFIDENCE, CONTEXT_KINDS, type Confidence, type EventKind } from './data/enums';
import { sourcesById } from './data/queries';
import type { AccordsEvent, Dataset } from './data/schema';
import { eventDay, sortEvents } from './data/status';
import {
  DEFAULT_ORDER,
  EVENT_TRACKS,
  type EventColumn,
  type EventOrder,
  type EventTrack,
  serializeOrder,
} from './events-keys';

/** One event as the table shows it. */
export interface EventRow {
  id: string;
  /** The day it counts from (lib/data/status.ts `eventDay`): filters and sorting use it. */
  day: string;
  date: PartialDate;
  endDate: PartialDate | null;
  kind: EventKind;
  track: EventTrack;
  confidence: Confidence;
  /** Parties as written in the data (dataset countries and others), brokers included. */
  parties: string[];
  title: string;
  titleRu: string;
  summary: string;
  summaryRu: string;
  sourceIds: string[];
}

/** The filters and order of the view; null (or an empty list) means no filter. */
export interface EventsQuery {
  country: string | null;
  /** Both countries must be parties. */
  pair: readonly [string, string] | null;
  track: EventTrack | null;
  kind: EventKind | null;
  conf: Confidence | null;
  /** First day (YYYY-MM-DD) to include, compared with the row's `day`. */
  from: string | null;
  /** Last day (YYYY-MM-DD) to include. */
  to: string | null;
  order: EventOrder | null;
}

const CONTEXT: ReadonlySet<EventKind> = new Set(CONTEXT_KINDS);
/** Minerals deals outside `documents.json`: on the minerals track even when no agreement names them. */
const MINERALS_KINDS: ReadonlySet<EventKind> = new Set(['agreement-signed', 'deal-announced']);

/**
 * The track of an event, the first that fits: context events (wars, strikes, ceasefires,
 * recognitions, coups) never change a status and have their own timeline track; then the Accords
 * track (`accords: true`, document steps of Accords documents included); then minerals (a minerals
 * deal, or the dated event of a minerals agreement); everything else is about ties
 * (relations, missions, visits, statements).
 */
export function eventTrack(event: AccordsEvent, mineralsEventIds: ReadonlySet<string>): EventTrack {
  if (CONTEXT.has(event.kind)) return 'context';
  if (event.accords) return 'accords';
  if (MINERALS_KINDS.has(event.kind) || mineralsEventIds.has(event.id)) return 'minerals';
  return 'ties';
}

/** Ids of the events that minerals agreements link as their dated event. */
function mineralsEventIds(data: Dataset): Set<string> {
  return new Set(data.minerals.agreements.flatMap((agreement) => agreement.eventId ?? []));
}

/** Every event of the dataset as a row, in date order (same-day events keep their file order). */
export function eventRows(data: Dataset): EventRow[] {
  const minerals = mineralsEventIds(data);
  return sortEvents(data.events).map((event) => ({
    id: event.id,
    day: eventDay(event),
    date: event.date,
    endDate: event.endDate ?? null,
    kind: event.kind,
    track: eventTrack(event, minerals),
    confidence: event.confidence,
    parties: [...event.parties],
    title: event.title,
    titleRu: event.titleRu,
    summary: event.summary,
    summaryRu: event.summaryRu,
    sourceIds: [...event.sources],
  }));
}

export function rowTitle(row: EventRow, locale: DisplayLocale): string {
  return locale === 'ru' ? row.titleRu : row.title;
}

export function rowSummary(row: EventRow, locale: DisplayLocale): string {
  return locale === 'ru' ? row.summaryRu : row.summary;
}

/**
 * The next order when a column's header is pressed: ascending, then descending, then back to the
 * default (date, oldest first). The date column toggles between its two directions.
 */
export function nextOrder(current: EventOrder | null, column: EventColumn): EventOrder {
  const now = current ?? DEFAULT_ORDER;
  if (now.column !== column) return { column, direction: 'asc' };
  if (now.direction === 'asc') return { column, direction: 'desc' };
  return column === DEFAULT_ORDER.column ? { column, direction: 'asc' } : DEFAULT_ORDER;
}

// ---------------------------------------------------------------------------------------------
// Filtering and sorting

/** The range as given, or swapped when `from` is after `to` (a reversed brush still means a range). */
export function dayRange(query: Pick<EventsQuery, 'from' | 'to'>): [string | null, string | null] {
  const { from, to } = query;
  return from && to && from > to ? [to, from] : [from, to];
}

/**
 * The rows passing every filter of `query`. `skipRange` leaves the date range out, for the
 * histogram: it counts what the other filters keep, so the brush shows where the range sits.
 */
export function filterEventRows(
  rows: readonly EventRow[],
  query: EventsQuery,
  { skipRange = false }: { skipRange?: boolean } = {},
): EventRow[] {
  const [from, to] = skipRange ? [null, null] : dayRange(query);
  return rows.filter(
    (row) =>
      (query.country === null || row.parties.includes(query.country)) &&
      (query.pair === null || query.pair.every((iso3) => row.parties.includes(iso3))) &&
      (query.track === null || row.track === query.track) &&
      (query.kind === null || row.kind === query.kind) &&
      (query.conf === null || row.confidence === query.conf) &&
      (from === null || row.day >= from) &&
      (to === null || row.day <= to),
  );
}

type SortKey = string | number | PartialDate;

function sortKey(
  row: EventRow,
  column: EventColumn,
  locale: DisplayLocale,
  kindLabels: Partial<Record<EventKind, string>>,
): SortKey {
  switch (column) {
    case 'date':
      return row.day;
    case 'title':
      return rowTitle(row, locale);
    case 'kind':
      return kindLabels[row.kind] ?? row.kind;
    case 'track':
      return EVENT_TRACKS.indexOf(row.track);
    case 'countries':
      return row.parties.join(' ');
    case 'confidence':
      return CONFIDENCE.indexOf(row.confidence);
  }
}

/**
 * The rows in `order` (the default when null), as a new array. Stable: rows with equal keys keep
 * their date order in both directions. Text compares in `locale`'s collation, kinds by their
 * labels in the UI language (`kindLabels`, the kind id when missing), tracks in EVENT_TRACKS order
 * and confidence from high to low.
 */
export function sortEventRows(
  rows: readonly EventRow[],
  order: EventOrder | null,
  locale: DisplayLocale = 'en',
  kindLabels: Partial<Record<EventKind, string>> = {},
): EventRow[] {
  const { column, direction } = order ?? DEFAULT_ORDER;
  const collator = new Intl.Collator(locale === 'ru' ? 'ru' : 'en');
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: sortKey(row, column, locale, kindLabels) }));
  keyed.sort((a, b) => {
    if (typeof a.key === 'number' && typeof b.key === 'number') return sign * (a.key - b.key);
    if (typeof a.key === 'string' && typeof b.key === 'string') {
      return sign * collator.compare(a.key, b.key);
    }
    return sign * comparePartialDates(a.key as PartialDate, b.key as PartialDate);
  });
  return keyed.map(({ row }) => row);
}

/** The rows the view shows: every filter of `query`, then its order. */
export function shownEventRows(
  rows: readonly EventRow[],
  query: EventsQuery,
  locale: DisplayLocale,
  kindLabels: Partial<Record<EventKind, string>> = {},
): EventRow[] {
  return sortEventRows(filterEventRows(rows, query), query.order, locale, kindLabels);
}

// ---------------------------------------------------------------------------------------------
// Counts by year (the histogram)

export interface YearCount {
  year: number;
  count: number;
}

/**
 * Rows per year of their `day`, for every year from `first` to `last` (years without events
 * count 0, so the bars sit on an even axis).
 */
export function yearCounts(rows: readonly EventRow[], first: number, last: number): YearCount[] {
  const counts = new Map<number, number>();
  for (const row of rows) {
    const year = Number(row.day.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const years: YearCount[] = [];
  for (let year = first; year <= last; year += 1) {
    years.push({ year, count: counts.get(year) ?? 0 });
  }
  return years;
}

/** First and last year of the rows' days; the dataset's as-of year bounds the last. */
export function yearSpan(rows: readonly EventRow[], asOf: string): [number, number] {
  const years = rows.map((row) => Number(row.day.slice(0, 4)));
  const last = Number(asOf.slice(0, 4));
  return [Math.min(last, ...years), Math.max(last, ...years)];
}

/** The `from`/`to` pair a brush over whole years sets: 1 Jan of the first to 31 Dec of the last. */
export function yearRange(a: number, b: number): { from: string; to: string } {
  const [first, last] = a <= b ? [a, b] : [b, a];
  return { from: `${first}-01-01`, to: `${last}-12-31` };
}

// ---------------------------------------------------------------------------------------------
// Downloads

/** Column names of the CSV, in order. */
export const EVENTS_CSV_HEADER = [
  'id',
  'day',
  'date',
  'date_precision',
  'end_date',
  'kind',
  'track',
  'confidence',
  'parties',
  'title',
  'summary',
  'source_urls',
  'dataset_version',
] as const;

/**
 * The rows as RFC 4180 CSV (lib/csv.ts), in the order given. Title and summary are in `locale`;
 * codes and dates are locale-independent; lists are space-separated (lib/csv.ts `listCell`). Every
 * row carries the dataset version, so a pasted excerpt still says which release it came from.
 */
export function eventsCsv(data: Dataset, rows: readonly EventRow[], locale: DisplayLocale): string {
  const records: Cell[][] = rows.map((row) => [
    row.id,
    row.day,
    row.date.value,
    row.date.precision,
    row.endDate?.value ?? null,
    row.kind,
    row.track,
    row.confidence,
    listCell(row.parties),
    rowTitle(row, locale),
    rowSummary(row, locale),
    listCell(sourcesById(data, row.sourceIds).map((source) => source.url)),
    data.meta.version,
  ]);
  return toCsv({ header: EVENTS_CSV_HEADER, rows: records });
}

/** The filters as written in the JSON download: only those set, in URL key order. */
function activeFilters(query: EventsQuery): Record<string, string> {
  const [from, to] = dayRange(query);
  const entries: [string, string | null][] = [
    ['country', query.country],
    ['pair', query.pair ? query.pair.join('~') : null],
    ['track', query.track],
    ['kind', query.kind],
    ['conf', query.conf],
    ['from', from],
    ['to', to],
  ];
  return Object.fromEntries(
    entries.filter((entry): entry is [string, string] => entry[1] !== null),
  );
}

/** The rows as JSON: the dataset they come from, the filters and order, then the events. */
export function eventsJson(
  data: Dataset,
  rows: readonly EventRow[],
  query: EventsQuery,
  locale: DisplayLocale,
): string {
  const document = {
    dataset: { title: data.meta.title, version: data.meta.version, asOf: data.meta.asOf },
    filters: activeFilters(query),
    order: serializeOrder(query.order ?? DEFAULT_ORDER),
    language: locale,
    events: rows.map((row) => ({
      id: row.id,
      day: row.day,
      date: row.date,
      endDate: row.endDate,
      kind: row.kind,
      track: row.track,
      confidence: row.confidence,
      parties: row.parties,
      title: rowTitle(row, locale),
      summary: rowSummary(row, locale),
      sources: sourcesById(data, row.sourceIds).map(({ url, publisher, kind, published }) => ({
        url,
        publisher,
        kind,
        published: published?.value ?? null,
      })),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * `accords-atlas-events-v<version>[-<country|pair>].<ext>`: the dataset version names the
 * release the rows come from; the country or pair filter tells files of different views apart.
 */
export function eventsFileName(
  version: string,
  query: Pick<EventsQuery, 'country' | 'pair'>,
  extension: 'csv' | 'json',
): string {
  const subject = query.pair ? query.pair.join('-') : query.country;
  const parts = [
    'accords-atlas-events',
    `v${version}`,
    ...(subject ? [subject.toLowerCase()] : []),
  ];
  return `${parts.join('-')}.${extension}`;
}

/**
 * The download of the rows shown: CSV after a byte-order mark (spreadsheet apps then read it as
 * UTF-8, Cyrillic included), or JSON.
 */
export function eventsDownload(
  data: Dataset,
  rows: readonly EventRow[],
  query: EventsQuery,
  locale: DisplayLocale,
  format: 'csv' | 'json',
): { blob: Blob; fileName: string } {
  const fileName = eventsFileName(data.meta.version, query, format);
  if (format === 'csv') {
    const text = `\uFEFF${eventsCsv(data, rows, locale)}`;
    return { blob: new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName };
  }
  const text = eventsJson(data, rows, query, locale);
  return { blob: new Blob([text], { type: 'application/json' }), fileName };
}
