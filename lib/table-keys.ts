/**
 * The table view's URL values (`sort`, `q`): the columns and the parsers that lib/search-params.ts
 * needs on every page, apart from lib/table.ts (rows, sorting, filtering, CSV), which only the
 * table view's chunk and the CSV download load.
 */
import { BIDI_CONTROLS } from './bounded';

/** Sortable columns, in display order; these ids are the values of the `sort` URL key. */
export const TABLE_COLUMNS = [
  'name',
  'status',
  'since',
  'relations',
  'embassies',
  'minerals',
  'agreements',
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export type SortDirection = 'asc' | 'desc';

/** How the rows are ordered; null (no `sort` key) keeps the dataset order. */
export interface SortSpec {
  column: TableColumn;
  direction: SortDirection;
}

/** `q` values are cut to this many characters (code points) after trimming. */
export const MAX_FILTER_LENGTH = 60;

export function isTableColumn(value: string): value is TableColumn {
  return (TABLE_COLUMNS as readonly string[]).includes(value);
}

/**
 * Reads a `sort` value: a column id for ascending (`status`), with a leading `-` for descending
 * (`-since`). Any case, surrounding spaces ignored; anything else is null.
 */
export function parseSort(value: string): SortSpec | null {
  const text = value.trim().toLowerCase();
  const descending = text.startsWith('-');
  const column = descending ? text.slice(1) : text;
  return isTableColumn(column) ? { column, direction: descending ? 'desc' : 'asc' } : null;
}

/** Writes a sort spec as its `sort` value: `status`, `-since`. */
export function serializeSort(spec: SortSpec): string {
  return `${spec.direction === 'desc' ? '-' : ''}${spec.column}`;
}

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Reads a `q` value: control characters become spaces, bidi controls are dropped (the filter is
 * echoed in the table), lone surrogates become U+FFFD (so it always re-encodes into a URL), then
 * it is trimmed and cut to MAX_FILTER_LENGTH characters. Null when nothing is left.
 */
export function parseFilter(value: string): string | null {
  const clean = value
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(BIDI_CONTROLS, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .trim();
  const text = Array.from(clean).slice(0, MAX_FILTER_LENGTH).join('').trim();
  return text === '' ? null : text;
}
