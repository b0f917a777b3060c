/** RFC 4180 CSV, shared by the data API and the table download. */

/** One cell: numbers and booleans are written as they are, null as an empty cell. */
export type Cell = string | number | boolean | null;

/** A header row and data rows of the same width. */
export interface Table {
  header: readonly string[];
  rows: readonly (readonly Cell[])[];
}

/**
 * Text cells a spreadsheet would run as a formula. Tab and carriage return are on OWASP's list too.
 * https://owasp.org/www-community/attacks/CSV_Injection
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Lists inside one cell (codes, ids, URLs) are joined by a space: none of them contains one. */
export function listCell(values: readonly string[] | undefined): string {
  return values?.join(' ') ?? '';
}

/** Writes one cell, guarding text against formula injection and quoting it where RFC 4180 says. */
export function toCsvCell(cell: Cell): string {
  if (cell === null) return '';
  // Numbers and booleans are never formulas: a negative longitude stays a number.
  if (typeof cell !== 'string') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The table as CSV: header first, CRLF after every record. */
export function toCsv(table: Table): string {
  return [table.header, ...table.rows].map((row) => `${row.map(toCsvCell).join(',')}\r\n`).join('');
}
