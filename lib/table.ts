/**
 * The table view (`view=table`): one row per dataset country with its Accords status, ties, key
 * minerals and minerals agreements on a day, sorted and filtered as the URL says (`sort`, `q`:
 * their values and parsers are in lib/table-keys.ts, which every page loads), and the CSV
 * download. Pure: no React, no translations.
 */
import { type Cell, toCsv } from './csv';
import { exportFileName } from './export/file-name';
import { foldText } from './fold-text';
import {
  comparePartialDates,
  parsePartialDate,
  type DisplayLocale,
  type PartialDate,
} from './data/dates';
import { ACCORDS_STATUSES, DATASET_ISO3, type AccordsStatus, type DatasetIso3 } from './data/enums';
import { getCountry, mineralsFor } from './data/queries';
import type { Dataset } from './data/schema';
import { accordsStatusOn, tieLevel, tieOn } from './data/status';
import type { SortSpec, TableColumn } from './table-keys';

/** A minerals agreement as the table lists it. */
export interface TableAgreement {
  id: string;
  title: string;
  /** Signing date; null for an undated agreement (counted from the day its sources allow). */
  date: PartialDate | null;
}

/** One country on one day. */
export interface TableRow {
  iso3: DatasetIso3;
  /** English name. */
  name: string;
  /** Russian name (sorting and display when the UI is in Russian). */
  nameRu: string;
  status: AccordsStatus;
  /** The `since` of `accordsStatusOn`: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; null for status 'none'. */
  statusSince: string | null;
  /** Other dataset countries with diplomatic relations established with this one on the day. */
  relationsCount: number;
  /** Other dataset countries whose relations with this one are unknown on the day (never "none"). */
  relationsUnknownCount: number;
  /**
   * Other dataset countries where each side has a resident mission (embassy, liaison office or
   * consulate) in the other on the day: `tieLevel(tie) === 'resident-both'`.
   */
  residentBothCount: number;
  /** Other dataset countries without resident missions both ways where a mission is unknown. */
  residentUnknownCount: number;
  /** `keyMinerals` of the country's minerals profile; empty when it has none. */
  keyMinerals: string[];
  /** Minerals agreements it is party to that the sources place on or before the day, in file order. */
  agreements: TableAgreement[];
  /** The day (YYYY-MM-DD) the row describes. */
  asOf: string;
  /** The dataset's version (meta.json), so a saved CSV says which release it came from. */
  datasetVersion: string;
}

/**
 * Status order for sorting, by depth of commitment: signed with Israel (original signatories, then
 * later joiners), signed without relations, announced accession, announced normalisation, then the
 * broker (not a party to normalisation) and countries not in the Accords. `sort=status` follows it.
 */
export const STATUS_SORT_ORDER: readonly AccordsStatus[] = [
  'original-signatory',
  'joined',
  'declaration-only',
  'frozen',
  'accession-announced',
  'announced',
  'talks-reported',
  'broker',
  'none',
];

/**
 * The table's rows on `day` (YYYY-MM-DD), one per dataset country (the ten focus countries, then
 * Sudan). Throws a RangeError for a malformed day, like `accordsStatusOn`.
 */
export function tableRows(data: Dataset, day: string): TableRow[] {
  const relations = new Map<string, number>();
  const relationsUnknown = new Map<string, number>();
  const residentBoth = new Map<string, number>();
  const residentUnknown = new Map<string, number>();
  const bump = (counts: Map<string, number>, iso3: string) =>
    counts.set(iso3, (counts.get(iso3) ?? 0) + 1);
  DATASET_ISO3.forEach((a, i) => {
    for (const b of DATASET_ISO3.slice(i + 1)) {
      const tie = tieOn(data, a, b, day);
      const level = tieLevel(tie);
      const missionUnknown = Object.values(tie.embassies).some((m) => m.level === 'unknown');
      if (tie.relations.status === 'established') [a, b].forEach((c) => bump(relations, c));
      if (tie.relations.status === 'unknown') [a, b].forEach((c) => bump(relationsUnknown, c));
      if (level === 'resident-both') [a, b].forEach((c) => bump(residentBoth, c));
      else if (missionUnknown) [a, b].forEach((c) => bump(residentUnknown, c));
    }
  });
  return DATASET_ISO3.flatMap((iso3) => {
    const country = getCountry(data, iso3);
    if (!country) return [];
    const { status, since } = accordsStatusOn(data, iso3, day);
    const { profile, agreements } = mineralsFor(data, iso3, day);
    return [
      {
        iso3,
        name: country.names.en,
        nameRu: country.names.ru,
        status,
        statusSince: since,
        relationsCount: relations.get(iso3) ?? 0,
        relationsUnknownCount: relationsUnknown.get(iso3) ?? 0,
        residentBothCount: residentBoth.get(iso3) ?? 0,
        residentUnknownCount: residentUnknown.get(iso3) ?? 0,
        keyMinerals: [...(profile?.keyMinerals ?? [])],
        agreements: agreements.map(({ id, title, date }) => ({ id, title, date })),
        asOf: day,
        datasetVersion: data.meta.version,
      },
    ];
  });
}

/** The row's name in a UI language. */
export function rowName(row: TableRow, locale: DisplayLocale): string {
  return locale === 'ru' ? row.nameRu : row.name;
}

// ---------------------------------------------------------------------------------------------
// Sorting

/** The next sort when a column's header is pressed: ascending, then descending, then none. */
export function nextSort(current: SortSpec | null, column: TableColumn): SortSpec | null {
  if (current?.column !== column) return { column, direction: 'asc' };
  return current.direction === 'asc' ? { column, direction: 'desc' } : null;
}

type SortKey = string | number | PartialDate | null;

function sortKey(row: TableRow, column: TableColumn, locale: DisplayLocale): SortKey {
  switch (column) {
    case 'name':
      return rowName(row, locale);
    case 'status':
      return STATUS_SORT_ORDER.indexOf(row.status);
    case 'since':
      return row.statusSince === null ? null : parsePartialDate(row.statusSince);
    case 'relations':
      return row.relationsCount;
    case 'embassies':
      return row.residentBothCount;
    case 'minerals':
      // A country without a minerals profile has no value here, so it goes last either way.
      return row.keyMinerals.length === 0 ? null : row.keyMinerals.length;
    case 'agreements':
      return row.agreements.length;
  }
}

function compareKeys(a: NonNullable<SortKey>, b: NonNullable<SortKey>, collator: Intl.Collator) {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  if (typeof a === 'object' && typeof b === 'object') return comparePartialDates(a, b);
  return 0;
}

/**
 * The rows ordered by `spec`, as a new array. Stable in both directions (equal rows keep their
 * order), and rows without a value (no `since` date, no minerals profile) go last in both
 * directions. Names are compared in `locale`'s collation; status follows STATUS_SORT_ORDER;
 * `since` compares partial dates by the day they count from (lib/data/dates.ts); minerals by
 * how many, agreements by how many. A null spec keeps the order given.
 */
export function sortRows(
  rows: readonly TableRow[],
  spec: SortSpec | null,
  locale: DisplayLocale = 'en',
): TableRow[] {
  if (!spec) return [...rows];
  const collator = new Intl.Collator(locale === 'ru' ? 'ru' : 'en');
  const sign = spec.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: sortKey(row, spec.column, locale) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null)
      return (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0);
    return sign * compareKeys(a.key, b.key, collator);
  });
  return keyed.map(({ row }) => row);
}

// ---------------------------------------------------------------------------------------------
// Filtering

/**
 * The rows matching the free-text filter `q`: every whitespace-separated word of it must occur,
 * case- and accent-insensitively, in one of the country's English, Russian, short or native
 * names, its ISO3 code, its status key (`original-signatory`, also matched with spaces) or the
 * status label given in `statusLabels` (the UI's words), a key mineral or an agreement title.
 * A null or blank `q` keeps every row.
 */
export function filterRows(
  rows: readonly TableRow[],
  q: string | null,
  data: Dataset,
  statusLabels: Partial<Record<AccordsStatus, string>> = {},
): TableRow[] {
  const words = foldText(q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const names = getCountry(data, row.iso3)?.names;
    const haystack = foldText(
      [
        row.name,
        row.nameRu,
        names?.short?.en,
        names?.short?.ru,
        names?.native?.text,
        row.iso3,
        row.status,
        row.status.replaceAll('-', ' '),
        statusLabels[row.status],
        ...row.keyMinerals,
        ...row.agreements.map((agreement) => agreement.title),
      ]
        .filter((field) => field !== undefined)
        .join('\n'),
    );
    return words.every((word) => haystack.includes(word));
  });
}

// ---------------------------------------------------------------------------------------------
// CSV

/** Column names of the CSV, in order. */
export const CSV_HEADER = [
  'as_of',
  'iso3',
  'name',
  'status',
  'status_since',
  'relations_established',
  'relations_unknown',
  'resident_missions_both_ways',
  'resident_missions_unknown',
  'key_minerals',
  'agreements_count',
  'agreements',
  'dataset_version',
] as const;

/**
 * The rows as RFC 4180 CSV (lib/csv.ts: quoted where needed, CRLF, formula-like text guarded).
 * Each record ends with the dataset's version: a column rather than a comment line, so the file
 * stays plain CSV that every reader opens, and rows copied elsewhere keep it. `name` is in
 * `locale`; codes and dates are locale-independent (status key, ISO dates). Lists are joined with "; ", and each
 * agreement title is followed by its date, or "(undated)".
 */
export function rowsToCsv(rows: readonly TableRow[], locale: DisplayLocale): string {
  const records: Cell[][] = rows.map((row) => [
    row.asOf,
    row.iso3,
    rowName(row, locale),
    row.status,
    row.statusSince ?? '',
    row.relationsCount,
    row.relationsUnknownCount,
    row.residentBothCount,
    row.residentUnknownCount,
    row.keyMinerals.join('; '),
    row.agreements.length,
    row.agreements
      .map((agreement) => `${agreement.title} (${agreement.date?.value ?? 'undated'})`)
      .join('; '),
    row.datasetVersion,
  ]);
  return toCsv({ header: CSV_HEADER, rows: records });
}

/** The rows the table shows on `day`: filtered by `q` (see filterRows), then sorted by `sort`. */
export function shownRows(
  data: Dataset,
  day: string,
  view: { sort: SortSpec | null; q: string | null },
  locale: DisplayLocale,
  statusLabels: Partial<Record<AccordsStatus, string>>,
): TableRow[] {
  return sortRows(filterRows(tableRows(data, day), view.q, data, statusLabels), view.sort, locale);
}

/**
 * The table's CSV download, the same from the table's button and the Export menu: the rows as the
 * table shows them (filtered and sorted), after a byte-order mark so that spreadsheet apps read
 * the file as UTF-8 (Cyrillic, en dashes), named by the day alone as every country is in it.
 */
export function tableCsvDownload(
  shown: readonly TableRow[],
  locale: DisplayLocale,
  day: string,
): { blob: Blob; fileName: string } {
  return {
    blob: new Blob([`\uFEFF${rowsToCsv(shown, locale)}`], { type: 'text/csv;charset=utf-8' }),
    fileName: exportFileName({ date: day, country: null, pair: null }, 'csv'),
  };
}

/** The status labels in the UI's words (messages `status.*`), which the filter matches too. */
export function statusLabels(
  tStatus: (status: AccordsStatus) => string,
): Record<AccordsStatus, string> {
  return Object.fromEntries(ACCORDS_STATUSES.map((status) => [status, tStatus(status)])) as Record<
    AccordsStatus,
    string
  >;
}
