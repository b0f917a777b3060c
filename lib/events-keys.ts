/**
 * The events view's URL values (`track`, `order`, `from`, `to`): the few words and parsers that
 * lib/search-params.ts needs on every page, apart from lib/events-table.ts (rows, filters,
 * downloads), which only the events view's own chunk loads.
 */
import { isDay } from './data/dates';

/** Which strand of the story an event belongs to; the values of the `track` URL key. */
export const EVENT_TRACKS = ['accords', 'ties', 'minerals', 'context'] as const;
export type EventTrack = (typeof EVENT_TRACKS)[number];

/** Sortable columns, in display order; these ids are the values of the `order` URL key. */
export const EVENT_COLUMNS = ['date', 'title', 'kind', 'track', 'countries', 'confidence'] as const;
export type EventColumn = (typeof EVENT_COLUMNS)[number];

export interface EventOrder {
  column: EventColumn;
  direction: 'asc' | 'desc';
}

/** The order when the link has no `order` key: oldest first, as the timeline runs. */
export const DEFAULT_ORDER: EventOrder = { column: 'date', direction: 'asc' };

/** `from=2020-08-13`: a real calendar day (not clamped: the table goes back to 1991). */
export function parseRangeDay(value: string): string | null {
  const text = value.trim();
  return isDay(text) ? text : null;
}

function isEventColumn(value: string): value is EventColumn {
  return (EVENT_COLUMNS as readonly string[]).includes(value);
}

/** `order=title` (ascending) or `order=-date` (descending), any case; unknown columns are null. */
export function parseOrder(value: string): EventOrder | null {
  const text = value.trim().toLowerCase();
  const descending = text.startsWith('-');
  const column = descending ? text.slice(1) : text;
  return isEventColumn(column) ? { column, direction: descending ? 'desc' : 'asc' } : null;
}

export function serializeOrder(order: EventOrder): string {
  return `${order.direction === 'desc' ? '-' : ''}${order.column}`;
}
