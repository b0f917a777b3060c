import fc from 'fast-check';
import { isParserBijective } from 'nuqs/testing';
import { describe, expect, it } from 'vitest';
import { comparePartialDates, effectiveDay, parsePartialDate } from '@/lib/data/dates';
import { ACCORDS_STATUSES, DATASET_ISO3, type AccordsStatus } from '@/lib/data/enums';
import { loadDataset } from '@/lib/data/load';
import { knownFrom, mineralsFor } from '@/lib/data/queries';
import { accordsStatusOn, keyEventDates, tieLevel, tieOn } from '@/lib/data/status';
import { MAX_VALUE_LENGTH } from '@/lib/bounded';
import { parseCsv } from './api/helpers';
import { FIRST_DAY, LAST_DAY, parseAsFilter, parseAsSort } from '@/lib/search-params';
import {
  CSV_HEADER,
  filterRows,
  nextSort,
  rowsToCsv,
  sortRows,
  STATUS_SORT_ORDER,
  type TableRow,
  tableRows,
} from '@/lib/table';
import {
  MAX_FILTER_LENGTH,
  parseFilter,
  parseSort,
  serializeSort,
  TABLE_COLUMNS,
  type SortSpec,
  type TableColumn,
} from '@/lib/table-keys';
import { propertyRuns } from './property-runs';

const data = loadDataset();
/** A spread of days: the timeline's ends and every Accords event date. */
/** The day before a YYYY-MM-DD day. */
const dayBefore = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const DAYS = [FIRST_DAY, ...keyEventDates(data), LAST_DAY];
const codes = (rows: readonly TableRow[]) => rows.map((row) => row.iso3);
/** Property tests run thousands of cases; leave room for a loaded CI machine. */
const PROPERTY_TIMEOUT_MS = 30_000;
/** Every column in both directions. */
const SPECS: SortSpec[] = TABLE_COLUMNS.flatMap((column) =>
  (['asc', 'desc'] as const).map((direction) => ({ column, direction })),
);

/** A row with neutral values, for sorting, filtering and CSV cases the real data lacks. */
function fakeRow(overrides: Partial<TableRow>): TableRow {
  return {
    iso3: 'KAZ',
    name: 'Kazakhstan',
    nameRu: 'Казахстан',
    status: 'none',
    statusSince: null,
    relationsCount: 0,
    relationsUnknownCount: 0,
    residentBothCount: 0,
    residentUnknownCount: 0,
    keyMinerals: [],
    agreements: [],
    asOf: LAST_DAY,
    datasetVersion: '2.0.0',
    ...overrides,
  };
}

describe('tableRows', () => {
  it('has one row per dataset country, focus countries first, then Sudan', () => {
    for (const day of [FIRST_DAY, LAST_DAY]) {
      const rows = tableRows(data, day);
      expect(codes(rows)).toEqual([...DATASET_ISO3]);
      expect(rows).toHaveLength(11);
      expect(rows.every((row) => row.asOf === day)).toBe(true);
    }
  });

  it('takes status and since from accordsStatusOn on every key day', () => {
    for (const day of DAYS) {
      for (const row of tableRows(data, day)) {
        const { status, since } = accordsStatusOn(data, row.iso3, day);
        expect({ iso3: row.iso3, day, status: row.status, since: row.statusSince }).toEqual({
          iso3: row.iso3,
          day,
          status,
          since,
        });
      }
    }
  });

  it('counts established relations and resident missions both ways from tieOn', () => {
    for (const day of [FIRST_DAY, '2021-06-30', LAST_DAY]) {
      for (const row of tableRows(data, day)) {
        const ties = DATASET_ISO3.filter((other) => other !== row.iso3).map((other) =>
          tieOn(data, row.iso3, other, day),
        );
        expect(row.relationsCount).toBe(
          ties.filter((tie) => tie.relations.status === 'established').length,
        );
        expect(row.residentBothCount).toBe(
          ties.filter((tie) => tieLevel(tie) === 'resident-both').length,
        );
      }
    }
    const last = tableRows(data, LAST_DAY);
    expect(last.some((row) => row.relationsCount > 0)).toBe(true);
    expect(last.some((row) => row.residentBothCount > 0)).toBe(true);
  });

  it('lists the key minerals of the profile, or none', () => {
    for (const row of tableRows(data, LAST_DAY)) {
      expect(row.keyMinerals).toEqual(mineralsFor(data, row.iso3).profile?.keyMinerals ?? []);
    }
  });

  it('counts unknown ties apart, never as none', () => {
    for (const day of [FIRST_DAY, LAST_DAY]) {
      for (const row of tableRows(data, day)) {
        const others = tableRows(data, day).length - 1;
        let relationsUnknown = 0;
        for (const other of DATASET_ISO3.filter((code) => code !== row.iso3)) {
          if (tieOn(data, row.iso3, other, day).relations.status === 'unknown')
            relationsUnknown += 1;
        }
        expect(row.relationsUnknownCount, `${row.iso3} ${day}`).toBe(relationsUnknown);
        expect(row.relationsCount + row.relationsUnknownCount).toBeLessThanOrEqual(others);
      }
    }
    const unknownSomewhere = tableRows(data, FIRST_DAY).some(
      (row) => row.relationsUnknownCount > 0,
    );
    expect(unknownSomewhere, 'the first day should have unknown ties to count').toBe(true);
  });

  it('lists agreements dated on or before the day, and undated ones from the day their sources allow', () => {
    const undated = data.minerals.agreements.find((a) => a.date === null);
    const dated = data.minerals.agreements.find((a) => a.date !== null && !a.endDate);
    if (!undated || !dated?.date)
      throw new Error('the dataset needs a dated and an undated agreement');
    const party = (day: string, iso3: string) =>
      tableRows(data, day)
        .find((row) => row.iso3 === iso3)
        ?.agreements.map((a) => a.id);
    const iso3 = dated.parties[0]!;
    const on = effectiveDay(dated.date);
    expect(party(on, iso3)).toContain(dated.id);
    expect(party(dayBefore(on), iso3)).not.toContain(dated.id);
    const known = knownFrom(data, [], undated.sources);
    expect(party(known, undated.parties[0]!)).toContain(undated.id);
    expect(party(dayBefore(known), undated.parties[0]!)).not.toContain(undated.id);
    const row = tableRows(data, known).find((r) => r.iso3 === undated.parties[0]);
    expect(row?.agreements.find((a) => a.id === undated.id)).toEqual({
      id: undated.id,
      title: undated.title,
      date: null,
    });
  });

  it('rejects a malformed day', () => {
    expect(() => tableRows(data, '2025-02-30')).toThrow(RangeError);
  });
});

/** The value each column sorts by, written independently of lib/table.ts. */
function expectOrdered(rows: readonly TableRow[], column: TableColumn, direction: 'asc' | 'desc') {
  const value = (row: TableRow): number | string | null => {
    switch (column) {
      case 'name':
        return row.name;
      case 'status':
        return STATUS_SORT_ORDER.indexOf(row.status);
      case 'since':
        return row.statusSince;
      case 'relations':
        return row.relationsCount;
      case 'embassies':
        return row.residentBothCount;
      case 'minerals':
        return row.keyMinerals.length || null;
      case 'agreements':
        return row.agreements.length;
    }
  };
  const compare = (a: number | string, b: number | string) => {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    if (column === 'since') {
      return comparePartialDates(parsePartialDate(String(a))!, parsePartialDate(String(b))!);
    }
    return String(a).localeCompare(String(b), 'en');
  };
  const values = rows.map(value);
  const firstNull = values.indexOf(null);
  if (firstNull >= 0) expect(values.slice(firstNull).every((v) => v === null)).toBe(true);
  const present = values.filter((v): v is number | string => v !== null);
  for (let i = 1; i < present.length; i += 1) {
    const order = compare(present[i - 1]!, present[i]!);
    expect(direction === 'asc' ? order <= 0 : order >= 0).toBe(true);
  }
}

describe('sortRows', () => {
  it.each(SPECS)(
    'orders by $column $direction on every key day, nulls last',
    ({ column, direction }) => {
      for (const day of DAYS) {
        const rows = tableRows(data, day);
        const sorted = sortRows(rows, { column, direction });
        expect([...codes(sorted)].sort()).toEqual([...codes(rows)].sort());
        expectOrdered(sorted, column, direction);
      }
    },
  );

  it('ranks every status by depth, signatories first and non-members last', () => {
    expect(STATUS_SORT_ORDER).toEqual([
      'original-signatory',
      'joined',
      'declaration-only',
      'frozen',
      'accession-announced',
      'announced',
      'talks-reported',
      'broker',
      'none',
    ]);
    expect([...STATUS_SORT_ORDER].sort()).toEqual([...ACCORDS_STATUSES].sort());
  });

  it('orders status by depth and keeps the dataset order within a status, both ways', () => {
    const rows = tableRows(data, LAST_DAY);
    const byStatus = (order: readonly string[]) =>
      order.flatMap((status) => codes(rows.filter((row) => row.status === status)));
    expect(codes(sortRows(rows, { column: 'status', direction: 'asc' }))).toEqual(
      byStatus(STATUS_SORT_ORDER),
    );
    expect(codes(sortRows(rows, { column: 'status', direction: 'desc' }))).toEqual(
      byStatus([...STATUS_SORT_ORDER].reverse()),
    );
  });

  it('is stable: equal values keep their order in both directions, nulls too', () => {
    const rows = [
      fakeRow({ iso3: 'TJK', relationsCount: 2, statusSince: null }),
      fakeRow({ iso3: 'KAZ', relationsCount: 1, statusSince: '2021' }),
      fakeRow({ iso3: 'UZB', relationsCount: 2, statusSince: null }),
      fakeRow({ iso3: 'KGZ', relationsCount: 1, statusSince: '2021' }),
      fakeRow({ iso3: 'TKM', relationsCount: 2, statusSince: '2020-09' }),
    ];
    const order = (column: TableColumn, direction: 'asc' | 'desc') =>
      codes(sortRows(rows, { column, direction }));
    expect(order('relations', 'asc')).toEqual(['KAZ', 'KGZ', 'TJK', 'UZB', 'TKM']);
    expect(order('relations', 'desc')).toEqual(['TJK', 'UZB', 'TKM', 'KAZ', 'KGZ']);
    expect(order('since', 'asc')).toEqual(['TKM', 'KAZ', 'KGZ', 'TJK', 'UZB']);
    expect(order('since', 'desc')).toEqual(['KAZ', 'KGZ', 'TKM', 'TJK', 'UZB']);
  });

  it('puts countries without a date or minerals profile last in both directions', () => {
    const rows = tableRows(data, '2020-12-01');
    expect(rows.some((row) => row.statusSince === null)).toBe(true);
    for (const direction of ['asc', 'desc'] as const) {
      const since = sortRows(rows, { column: 'since', direction });
      expect(since.at(-1)?.statusSince).toBeNull();
      expect(since[0]?.statusSince).not.toBeNull();
      const minerals = sortRows(rows, { column: 'minerals', direction });
      expect(minerals.at(-1)?.keyMinerals).toEqual([]);
      expect(minerals[0]?.keyMinerals.length).toBeGreaterThan(0);
    }
  });

  it('compares partial dates by the day they count from', () => {
    const rows = [
      fakeRow({ iso3: 'KAZ', statusSince: '2020' }),
      fakeRow({ iso3: 'KGZ', statusSince: '2020-12-22' }),
      fakeRow({ iso3: 'TJK', statusSince: '2020-09' }),
    ];
    expect(codes(sortRows(rows, { column: 'since', direction: 'asc' }))).toEqual([
      'TJK',
      'KGZ',
      'KAZ',
    ]);
  });

  it('sorts names in the UI language', () => {
    const rows = tableRows(data, LAST_DAY);
    const ru = sortRows(rows, { column: 'name', direction: 'asc' }, 'ru').map((r) => r.nameRu);
    expect(ru).toEqual(rows.map((r) => r.nameRu).sort((a, b) => a.localeCompare(b, 'ru')));
    expect(ru[0]).toBe('Бахрейн');
  });

  it('keeps the given order without a sort and never changes its input', () => {
    const rows = tableRows(data, LAST_DAY);
    const before = codes(rows);
    expect(codes(sortRows(rows, null))).toEqual(before);
    sortRows(rows, { column: 'name', direction: 'desc' });
    expect(codes(rows)).toEqual(before);
  });

  it('cycles a header through ascending, descending and none', () => {
    const asc = nextSort(null, 'since');
    expect(asc).toEqual({ column: 'since', direction: 'asc' });
    const desc = nextSort(asc, 'since');
    expect(desc).toEqual({ column: 'since', direction: 'desc' });
    expect(nextSort(desc, 'since')).toBeNull();
    expect(nextSort(desc, 'name')).toEqual({ column: 'name', direction: 'asc' });
  });
});

describe('sort URL values', () => {
  it('reads a column id as ascending and a leading "-" as descending', () => {
    expect(parseSort('status')).toEqual({ column: 'status', direction: 'asc' });
    expect(parseSort('-since')).toEqual({ column: 'since', direction: 'desc' });
    expect(parseSort(' -Agreements ')).toEqual({ column: 'agreements', direction: 'desc' });
  });

  it.each(['', '-', '--name', 'name-', '+name', 'nam', 'status~since', 'sort', '- name'])(
    'rejects %j',
    (value) => {
      expect(parseSort(value)).toBeNull();
    },
  );

  it('round-trips every column and direction', () => {
    for (const spec of SPECS) {
      expect(parseSort(serializeSort(spec))).toEqual(spec);
      expect(isParserBijective(parseAsSort, serializeSort(spec), spec)).toBe(true);
    }
    expect(serializeSort({ column: 'since', direction: 'desc' })).toBe('-since');
  });

  const sameSpec = (a: SortSpec | null, b: SortSpec | null) =>
    a === b || (a?.column === b?.column && a?.direction === b?.direction);

  it(
    'never throws, and writes back whatever it accepts canonically (10,000 strings)',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (value) => {
          const spec = parseSort(value);
          const viaParser = parseAsSort.parse(value);
          const bounded =
            value.length > MAX_VALUE_LENGTH ? viaParser === null : sameSpec(viaParser, spec);
          return bounded && (spec === null || sameSpec(parseSort(serializeSort(spec)), spec));
        }),
        { numRuns: propertyRuns(10_000) },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'accepts padded values of any case up to the length limit, and none beyond it',
    () => {
      const padded = fc
        .tuple(fc.constantFrom(...SPECS), fc.nat(150), fc.nat(150), fc.boolean())
        .map(([spec, before, after, upper]) => {
          const text = serializeSort(spec);
          return {
            spec,
            value: `${' '.repeat(before)}${upper ? text.toUpperCase() : text}${' '.repeat(after)}`,
          };
        });
      fc.assert(
        fc.property(padded, ({ spec, value }) => {
          const viaParser = parseAsSort.parse(value);
          return (
            sameSpec(parseSort(value), spec) &&
            (value.length > MAX_VALUE_LENGTH ? viaParser === null : sameSpec(viaParser, spec))
          );
        }),
        { numRuns: propertyRuns(2000) },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('ignores over-long values unread, with the same limit as every other key', () => {
    const padded = `status${' '.repeat(MAX_VALUE_LENGTH)}`;
    expect(parseSort(padded)).toEqual({ column: 'status', direction: 'asc' });
    expect(parseAsSort.parse(padded)).toBeNull();
  });
});

describe('filter URL values', () => {
  it('trims, cuts to 60 characters and drops blanks', () => {
    expect(parseFilter('  tungsten ')).toBe('tungsten');
    expect(parseFilter('')).toBeNull();
    expect(parseFilter(' \t\n ')).toBeNull();
    expect(parseFilter('x'.repeat(100))).toBe('x'.repeat(MAX_FILTER_LENGTH));
    expect(parseFilter(`${'x'.repeat(59)} y`)).toBe('x'.repeat(59));
    expect(parseFilter('a\u0000b')).toBe('a b');
  });

  it('drops bidi controls, which would reorder the echoed filter', () => {
    expect(parseFilter('\u202etungsten\u202c')).toBe('tungsten');
    expect(parseFilter('ura\u2067nium\u2069 \u200f')).toBe('uranium');
    expect(parseFilter('\u202e')).toBeNull();
  });

  it('counts characters, not UTF-16 units, and never leaves half a character', () => {
    expect(parseFilter('🪨'.repeat(70))).toBe('🪨'.repeat(MAX_FILTER_LENGTH));
    expect(parseFilter('a\uD800b')).toBe('a\uFFFDb');
  });

  it(
    'never throws and gives a canonical, encodable value (10,000 strings)',
    () => {
      const encodable = (text: string) => {
        try {
          encodeURIComponent(text);
          return true;
        } catch {
          return false;
        }
      };
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (value) => {
          const q = parseFilter(value);
          const viaParser = parseAsFilter.parse(value);
          if (viaParser !== (value.length > MAX_VALUE_LENGTH ? null : q)) return false;
          if (q === null) return true;
          return (
            Array.from(q).length <= MAX_FILTER_LENGTH &&
            q === q.trim() &&
            parseFilter(q) === q &&
            encodable(q) &&
            isParserBijective(parseAsFilter, q, q)
          );
        }),
        { numRuns: propertyRuns(10_000) },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('filterRows', () => {
  const rows = tableRows(data, LAST_DAY);
  const matching = (q: string | null, labels: Partial<Record<AccordsStatus, string>> = {}) =>
    codes(filterRows(rows, q, data, labels));

  it('keeps every row without a filter', () => {
    expect(matching(null)).toEqual([...DATASET_ISO3]);
    expect(matching('   ')).toEqual([...DATASET_ISO3]);
  });

  it('matches English, Russian and short names, any case, ignoring ё/е', () => {
    expect(matching('KYRGYZ')).toEqual(['KGZ']);
    expect(matching('bahrain')).toEqual(['BHR']);
    expect(matching('казах')).toEqual(['KAZ']);
    expect(matching('объединенные')).toEqual(['ARE']);
    expect(matching('uae')).toEqual(['ARE']);
  });

  it('matches ISO3 codes', () => {
    expect(matching('sdn')).toEqual(['SDN']);
    expect(matching('KGZ')).toEqual(['KGZ']);
  });

  it('matches key minerals', () => {
    const expected = codes(rows.filter((row) => row.keyMinerals.includes('antimony')));
    expect(expected).toEqual(expect.arrayContaining(['KGZ', 'TJK']));
    expect(matching('Antimony')).toEqual(expected);
  });

  it('matches agreement titles, with any dash', () => {
    const titled = (word: string) =>
      codes(rows.filter((row) => row.agreements.some((a) => a.title.includes(word))));
    expect(matching('katpar')).toEqual(titled('Katpar'));
    expect(matching('katpar')).toEqual(['KAZ', 'USA']);
    expect(matching('US-Uzbekistan')).toEqual(titled('US–Uzbekistan'));
  });

  it('matches status keys and the labels shown', () => {
    const declarationOnly = codes(rows.filter((row) => row.status === 'declaration-only'));
    expect(declarationOnly.length).toBeGreaterThan(0);
    expect(matching('declaration-only')).toEqual(declarationOnly);
    expect(matching('declaration only')).toEqual(declarationOnly);
    const brokers = codes(rows.filter((row) => row.status === 'broker'));
    expect(matching('mediator')).toEqual([]);
    expect(matching('mediator', { broker: 'Mediator' })).toEqual(brokers);
  });

  it('needs every word to match', () => {
    expect(matching('uzbekistan gold')).toEqual(['UZB']);
    expect(matching('kazakhstan sudan')).toEqual([]);
  });
});

describe('rowsToCsv', () => {
  it('writes a header and one record per row, all of the same width, CRLF-terminated', () => {
    const rows = tableRows(data, LAST_DAY);
    const csv = rowsToCsv(rows, 'en');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const records = parseCsv(csv);
    expect(records).toHaveLength(rows.length + 1);
    expect(records[0]).toEqual([...CSV_HEADER]);
    expect(records.every((record) => record.length === CSV_HEADER.length)).toBe(true);
    const column = (name: (typeof CSV_HEADER)[number]) =>
      records.slice(1).map((record) => record[CSV_HEADER.indexOf(name)]);
    expect(column('as_of')).toEqual(rows.map(() => LAST_DAY));
    expect(column('dataset_version')).toEqual(rows.map(() => data.meta.version));
    expect(column('iso3')).toEqual(codes(rows));
    expect(column('status')).toEqual(rows.map((row) => row.status));
    expect(column('status_since')).toEqual(rows.map((row) => row.statusSince ?? ''));
    expect(column('relations_established')).toEqual(rows.map((r) => String(r.relationsCount)));
    expect(column('agreements_count')).toEqual(rows.map((r) => String(r.agreements.length)));
    expect(column('key_minerals')).toEqual(rows.map((r) => r.keyMinerals.join('; ')));
  });

  it('marks an undated agreement as undated once its sources allow it', () => {
    const undated = data.minerals.agreements.find((a) => a.date === null)!;
    const records = parseCsv(
      rowsToCsv(tableRows(data, knownFrom(data, [], undated.sources)), 'en'),
    );
    const party = records.find((record) => record[1] === undated.parties[0]);
    expect(party?.[CSV_HEADER.indexOf('agreements')]).toContain('(undated)');
  });

  it('writes names in the language asked for', () => {
    const records = parseCsv(rowsToCsv(tableRows(data, LAST_DAY), 'ru'));
    expect(records[1]?.[2]).toBe('Казахстан');
  });

  it('quotes commas, quotes and line breaks so they survive', () => {
    const name = 'A, "B"\r\nC\nD';
    const title = 'x "y", z';
    const row = fakeRow({ name, agreements: [{ id: 'a', title, date: null }] });
    const [, record] = parseCsv(rowsToCsv([row], 'en'));
    expect(record?.[2]).toBe(name);
    expect(record?.[CSV_HEADER.indexOf('agreements')]).toBe(`${title} (undated)`);
  });

  it.each(['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx'])(
    'guards %j against being run as a formula',
    (name) => {
      const [, record] = parseCsv(rowsToCsv([fakeRow({ name })], 'en'));
      expect(record?.[2]).toBe(`'${name}`);
    },
  );

  it(
    'writes any text back exactly, guarded where needed',
    () => {
      // Random text, often starting with a formula character or a quote.
      const text = fc
        .tuple(
          fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', '"', ','),
          fc.string({ unit: 'binary', maxLength: 30 }),
        )
        .map(([start, rest]) => start + rest);
      fc.assert(
        fc.property(text, (name) => {
          const [, record] = parseCsv(rowsToCsv([fakeRow({ name })], 'en'));
          return record?.[2] === (/^[=+\-@\t\r]/.test(name) ? `'${name}` : name);
        }),
        { numRuns: propertyRuns(2000) },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
