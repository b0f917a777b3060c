import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/lib/data/load';
import { shownRows, tableCsvDownload } from '@/lib/table';
import { parseCsv } from './api/helpers';

const data = loadDataset();
const DAY = '2026-01-01';

describe('the table CSV (table button and Export menu alike)', () => {
  it('holds the rows the table shows, filtered and sorted, after a byte-order mark', async () => {
    const shown = shownRows(
      data,
      DAY,
      { q: 'stan', sort: { column: 'name', direction: 'desc' } },
      'en',
      {},
    );
    expect(shown.length).toBeGreaterThan(1);
    const { blob, fileName } = tableCsvDownload(shown, 'en', DAY);
    expect(fileName).toBe(`accords-atlas-${DAY}.csv`);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...records] = parseCsv(new TextDecoder().decode(bytes.slice(3)));
    const iso3 = header!.indexOf('iso3');
    expect(records.map((record) => record[iso3])).toEqual(shown.map((row) => row.iso3));
    const names = records.map((record) => record[header!.indexOf('name')]!);
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'en')));
    // The filter left some countries out.
    expect(records.length).toBeLessThan(data.countries.length);
  });
});
