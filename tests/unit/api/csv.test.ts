import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listCell, toCsv, toCsvCell } from '@/lib/csv';
import { parseCsv } from './helpers';
import { propertyRuns } from '../property-runs';

describe('toCsvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['line\nfeed', '"line\nfeed"'],
    ['', ''],
  ])('quotes %j as RFC 4180 says', (cell, written) => {
    expect(toCsvCell(cell)).toBe(written);
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
  ])('guards %j against formula injection', (cell, written) => {
    expect(toCsvCell(cell)).toBe(written);
  });

  it('writes numbers, booleans and null as values, never guarded', () => {
    expect(toCsvCell(-6.8498)).toBe('-6.8498');
    expect(toCsvCell(false)).toBe('false');
    expect(toCsvCell(null)).toBe('');
  });

  it('joins lists with spaces', () => {
    expect(listCell(['KAZ', 'USA'])).toBe('KAZ USA');
    expect(listCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('ends every record with CRLF, header first', () => {
    expect(toCsv({ header: ['a', 'b'], rows: [['x', 1]] })).toBe('a,b\r\nx,1\r\n');
  });

  it('reads back cell for cell, whatever the text', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom('"', ',', '\r\n', '\n', '\r', '=1', '-', '@', '+', ' '),
    );
    const table = fc
      .integer({ min: 1, max: 5 })
      .chain((width) =>
        fc.tuple(
          fc.array(cell, { minLength: width, maxLength: width }),
          fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 5 }),
        ),
      );
    fc.assert(
      fc.property(table, ([header, rows]) => {
        // OWASP's list of characters a spreadsheet reads as the start of a formula.
        const guard = (text: string) =>
          ['=', '+', '-', '@', '\t', '\r'].includes(text.charAt(0)) ? `'${text}` : text;
        expect(parseCsv(toCsv({ header, rows }))).toEqual(
          [header, ...rows].map((r) => r.map(guard)),
        );
      }),
      { numRuns: propertyRuns(2000) },
    );
  });
});
