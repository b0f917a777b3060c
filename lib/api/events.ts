/** Answer of `/api/events`. */
import type { Dataset } from '../data/schema';
import { sortEvents } from '../data/status';
import { listCell, type Table } from '../csv';
import {
  citations,
  envelope,
  sourceUrls,
  toApiEvent,
  type ApiCitation,
  type ApiEvent,
} from './reshape';

/** Filters of `/api/events`; null means no filter. */
export interface EventFilters {
  /** First effective day to include. */
  from: string | null;
  /** Last effective day to include. */
  to: string | null;
  /** Only events this country is a party to (brokers included). */
  country: string | null;
  /** Only events on (true) or off (false) the Accords track. */
  accords: boolean | null;
}

/** An event with its sources' URLs. */
export type ListedEvent = ApiEvent & { sourceUrls: string[]; citations: ApiCitation[] };

function matches(event: ApiEvent, { from, to, country, accords }: EventFilters): boolean {
  return (
    (from === null || event.day >= from) &&
    (to === null || event.day <= to) &&
    (country === null || event.parties.includes(country)) &&
    (accords === null || event.accords === accords)
  );
}

/**
 * Events in date order. `from` and `to` compare with the day an event counts from (the last day
 * of its date, or of its end date), the day the status derivation uses, so each event falls in
 * exactly one window.
 */
export function eventsAnswer(data: Dataset, filters: EventFilters) {
  const events = sortEvents(data.events)
    .map(toApiEvent)
    .filter((event) => matches(event, filters))
    .map((event): ListedEvent => ({
      ...event,
      sourceUrls: sourceUrls(data, event.sources),
      citations: citations(data, event.sources),
    }));
  return envelope(data, { ...filters }, events);
}

/** Events as a table. */
export function eventsTable(events: readonly ListedEvent[]): Table {
  return {
    header: [
      'id',
      'day',
      'date',
      'datePrecision',
      'endDate',
      'kind',
      'phase',
      'accords',
      'parties',
      'brokers',
      'host',
      'sender',
      'title',
      'summary',
      'confidence',
      'sourceUrls',
      'sourceKinds',
    ],
    rows: events.map((e) => [
      e.id,
      e.day,
      e.date.value,
      e.date.precision,
      e.endDate?.value ?? null,
      e.kind,
      e.phase,
      e.accords,
      listCell(e.parties),
      listCell(e.brokers),
      e.mission?.host ?? null,
      e.mission?.sender ?? null,
      e.title,
      e.summary,
      e.confidence,
      listCell(e.sourceUrls),
      listCell(e.citations.map((c) => c.kind)),
    ]),
  };
}
