import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNTRIES_QUERY,
  COUNTRY_QUERY,
  EVENTS_QUERY,
  FORMATS,
  formatPair,
  formatParser,
  MAX_QUERY_LENGTH,
  MAX_VALUE_LENGTH,
  MINERALS_QUERY,
  parseAccords,
  parseCountry,
  parseDate,
  parseDay,
  parsePair,
  TIES_QUERY,
  type ParamResult,
  type QueryResult,
  type QuerySpec,
} from '@/lib/api/params';
import { isDay } from '@/lib/data/dates';
import { isDatasetIso3 } from '@/lib/data/queries';
import { anyCaseIso3, anyText, RANDOM_RUNS } from './helpers';

const ASOF = '2026-02-19';
const context = { asOf: ASOF };
const parseFormat = formatParser(FORMATS);
const parseJsonOnly = formatParser(['json']);

/** Days from 1900 up to `max`, written YYYY-MM-DD. */
const dayUpTo = (max: string) =>
  fc
    .date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date(`${max}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

/** Asserts an error result names `parameter` and says something. */
function expectRejected<T>(result: ParamResult<T>, parameter: string): void {
  expect(result).toEqual({ ok: false, parameter, message: expect.any(String) });
  if (!result.ok) expect(result.message.length).toBeGreaterThan(5);
}

/**
 * The property every parser must hold: it never throws, and it either accepts (with a value that
 * `isValid` approves and that parses back to itself once formatted) or rejects naming `parameter`.
 */
function checkTotal<T>(
  parse: (raw: string) => ParamResult<T>,
  format: (value: T) => string,
  isValid: (value: T) => boolean,
  parameter: string,
): void {
  let accepted = 0;
  fc.assert(
    fc.property(anyText, (raw) => {
      const result = parse(raw);
      if (result.ok) {
        accepted += 1;
        expect(isValid(result.value), `value of ${JSON.stringify(raw)}`).toBe(true);
        expect(parse(format(result.value))).toEqual(result);
      } else {
        expectRejected(result, parameter);
      }
    }),
    { numRuns: RANDOM_RUNS },
  );
  // Both branches must be exercised, or the property proves little.
  expect(accepted).toBeGreaterThan(RANDOM_RUNS / 200);
  expect(accepted).toBeLessThan(RANDOM_RUNS / 2);
}

describe('parseDate', () => {
  it.each(['2020-12-23', '2020-02-29', '1991-12-25', ASOF])('accepts %s as is', (raw) => {
    expect(parseDate(raw, context)).toEqual({ ok: true, value: raw });
  });

  it.each([
    ['', 'YYYY-MM-DD'],
    ['2020-1-1', 'YYYY-MM-DD'],
    ['2020-12-23 ', 'YYYY-MM-DD'],
    ['٢٠٢٠-١٢-٢٣', 'YYYY-MM-DD'],
    ['2021-02-29', 'not a calendar day'],
    ['2020-13-01', 'not a calendar day'],
    ['2026-02-20', 'only goes to 2026-02-19'],
  ])('rejects %j saying %s', (raw, words) => {
    const result = parseDate(raw, context);
    expectRejected(result, 'date');
    if (!result.ok) expect(result.message).toContain(words);
  });

  it('quotes the value it rejects without its bidi controls', () => {
    const result = parseDate('\u202e2020-12-23', context);
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining('"\ufffd2020-12-23"'),
    });
  });

  it('accepts every real day up to asOf and round-trips it', () => {
    fc.assert(
      fc.property(dayUpTo(ASOF), (day) => {
        expect(parseDate(day, context)).toEqual({ ok: true, value: day });
      }),
    );
  });

  it('never throws on random strings', () => {
    checkTotal(
      (raw) => parseDate(raw, context),
      (day) => day,
      (day) => isDay(day) && day <= ASOF,
      'date',
    );
  });
});

describe('parseDay (from, to)', () => {
  it('takes any real day, even after asOf, under the name given', () => {
    expect(parseDay('to', '2030-01-01')).toEqual({ ok: true, value: '2030-01-01' });
    expectRejected(parseDay('from', '2030-02-30'), 'from');
  });

  it('never throws on random strings', () => {
    checkTotal(
      (raw) => parseDay('from', raw),
      (day) => day,
      isDay,
      'from',
    );
  });
});

describe('parseCountry', () => {
  it.each([
    ['KAZ', 'KAZ'],
    ['kaz', 'KAZ'],
    ['sDn', 'SDN'],
  ])('reads %s as %s', (raw, code) => {
    expect(parseCountry(raw)).toEqual({ ok: true, value: code });
  });

  it.each(['FRA', 'KA', 'KAZA', ' KAZ', 'K4Z', 'ＫＡＺ', ''])('rejects %j', (raw) => {
    expectRejected(parseCountry(raw), 'country');
  });

  it('round-trips every dataset code in any case', () => {
    fc.assert(
      fc.property(anyCaseIso3, (raw) => {
        expect(parseCountry(raw)).toEqual({ ok: true, value: raw.toUpperCase() });
      }),
    );
  });

  it('never throws on random strings', () => {
    checkTotal(parseCountry, (code) => code, isDatasetIso3, 'country');
  });
});

describe('parsePair', () => {
  it.each([
    ['ISR~KAZ', ['ISR', 'KAZ']],
    ['kaz~isr', ['ISR', 'KAZ']],
    ['SDN~isr', ['ISR', 'SDN']],
  ])('reads %s as %j', (raw, pair) => {
    expect(parsePair(raw)).toEqual({ ok: true, value: pair });
  });

  it.each([
    ['ISR~ISR', 'two different'],
    ['isr~ISR', 'two different'],
    ['ISR~FRA', 'not in the dataset'],
    ['ISR-KAZ', 'joined by ~'],
    ['ISR~KAZ~USA', 'joined by ~'],
    ['ISR', 'joined by ~'],
    ['', 'joined by ~'],
  ])('rejects %j saying %s', (raw, words) => {
    const result = parsePair(raw);
    expectRejected(result, 'pair');
    if (!result.ok) expect(result.message).toContain(words);
  });

  it('writes pairs sorted, and reads them back', () => {
    fc.assert(
      fc.property(anyCaseIso3, anyCaseIso3, (a, b) => {
        const result = parsePair(`${a}~${b}`);
        if (a.toUpperCase() === b.toUpperCase()) return expectRejected(result, 'pair');
        const sorted = [a.toUpperCase(), b.toUpperCase()].sort();
        expect(result).toEqual({ ok: true, value: sorted });
        if (result.ok) expect(formatPair(result.value)).toBe(sorted.join('~'));
      }),
    );
  });

  it('never throws on random strings', () => {
    checkTotal(
      parsePair,
      formatPair,
      ([a, b]) => isDatasetIso3(a) && isDatasetIso3(b) && a < b,
      'pair',
    );
  });
});

describe('parseAccords', () => {
  it('reads true and false only', () => {
    expect(parseAccords('true')).toEqual({ ok: true, value: true });
    expect(parseAccords('false')).toEqual({ ok: true, value: false });
    for (const raw of ['TRUE', '1', 'yes', '']) expectRejected(parseAccords(raw), 'accords');
  });

  it('never throws on random strings', () => {
    checkTotal(parseAccords, String, (value) => typeof value === 'boolean', 'accords');
  });
});

describe('format parsers', () => {
  it('offers csv only where the route has a table', () => {
    expect(parseFormat('csv', context)).toEqual({ ok: true, value: 'csv' });
    expect(parseJsonOnly('json', context)).toEqual({ ok: true, value: 'json' });
    const refused = parseJsonOnly('csv', context);
    expectRejected(refused, 'format');
    if (!refused.ok) expect(refused.message).toContain('not a table');
    expectRejected(parseFormat('xml', context), 'format');
    expectRejected(parseFormat('CSV', context), 'format');
  });

  it('never throws on random strings', () => {
    const offered: readonly string[] = FORMATS;
    checkTotal(
      (raw) => parseFormat(raw, context),
      String,
      (f) => offered.includes(f),
      'format',
    );
    checkTotal(
      (raw) => parseJsonOnly(raw, context),
      String,
      (f) => f === 'json',
      'format',
    );
  });
});

const SPECS: [string, QuerySpec<Record<string, unknown>>][] = [
  ['countries', COUNTRIES_QUERY],
  ['country', COUNTRY_QUERY],
  ['ties', TIES_QUERY],
  ['events', EVENTS_QUERY],
  ['minerals', MINERALS_QUERY],
];

function expectQueryError<T>(result: QueryResult<T>, status: number, parameter: string | null) {
  expect(result).toEqual({ ok: false, status, parameter, message: expect.any(String) });
}

describe('defineQuery', () => {
  it('fills defaults', () => {
    expect(COUNTRIES_QUERY.parse('', context)).toEqual({
      ok: true,
      value: { date: ASOF, format: 'json' },
    });
    expect(TIES_QUERY.parse('?pair=kaz~isr&format=csv', context)).toEqual({
      ok: true,
      value: { date: ASOF, pair: ['ISR', 'KAZ'], format: 'csv' },
    });
    expect(EVENTS_QUERY.parse('from=2020-01-01&accords=false', context)).toEqual({
      ok: true,
      value: { from: '2020-01-01', to: null, country: null, accords: false, format: 'json' },
    });
  });

  it('rejects unknown parameters, naming them and the accepted ones', () => {
    const result = COUNTRIES_QUERY.parse('?date=2020-01-01&country=KAZ', context);
    expectQueryError(result, 400, 'country');
    if (!result.ok)
      expect(result.message).toBe('unknown parameter; this route accepts date, format');
    expectQueryError(COUNTRIES_QUERY.parse('Date=2020-01-01', context), 400, 'Date');
    expectQueryError(MINERALS_QUERY.parse('csv', context), 400, 'csv');
  });

  it('rejects a parameter given twice, even with the same value', () => {
    expectQueryError(
      COUNTRIES_QUERY.parse('date=2020-01-01&date=2020-01-01', context),
      400,
      'date',
    );
    expectQueryError(
      EVENTS_QUERY.parse('format=json&country=KAZ&format=csv', context),
      400,
      'format',
    );
  });

  it('rejects values over the length limit before parsing them', () => {
    const long = 'x'.repeat(MAX_VALUE_LENGTH + 1);
    const result = EVENTS_QUERY.parse(`country=${long}`, context);
    expectQueryError(result, 400, 'country');
    if (!result.ok) expect(result.message).toBe('value is 65 characters long; the limit is 64');
    expect(COUNTRY_QUERY.parse(`date=${'2'.repeat(MAX_VALUE_LENGTH)}`, context).ok).toBe(false);
  });

  it('answers 414 to a query string over 1 KB, not counting the ?', () => {
    const search = `?date=2020-01-01&${'a'.repeat(MAX_QUERY_LENGTH)}`;
    expectQueryError(COUNTRIES_QUERY.parse(search, context), 414, null);
    const full = `format=json&${'b'.repeat(MAX_QUERY_LENGTH - 'format=json&'.length)}`;
    expectQueryError(COUNTRIES_QUERY.parse(`?${full}`, context), 400, 'b'.repeat(64) + '…');
    expectQueryError(COUNTRIES_QUERY.parse(`?${full}c`, context), 414, null);
  });

  it('cuts long unknown names short in the error', () => {
    const name = 'n'.repeat(500);
    const result = COUNTRIES_QUERY.parse(`${name}=1`, context);
    expect(result.ok || result.parameter).toBe(`${'n'.repeat(MAX_VALUE_LENGTH)}…`);
  });

  it('rejects from after to, naming from', () => {
    const result = EVENTS_QUERY.parse('from=2021-01-02&to=2021-01-01', context);
    expectQueryError(result, 400, 'from');
    expect(EVENTS_QUERY.parse('from=2021-01-01&to=2021-01-01', context).ok).toBe(true);
  });

  const knownNames = ['date', 'format', 'pair', 'from', 'to', 'country', 'accords'];
  const entries = fc.array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(...knownNames),
        fc.string({ maxLength: 8 }),
        fc.string({ unit: 'binary', maxLength: 8 }),
      ),
      fc.oneof(
        { weight: 9, arbitrary: anyText },
        { weight: 1, arbitrary: fc.string({ minLength: 60, maxLength: 1100 }) },
      ),
    ),
    { maxLength: 6 },
  );

  it.each(SPECS)('never throws on random URLSearchParams (%s)', (_, spec) => {
    let accepted = 0;
    fc.assert(
      fc.property(entries, (pairs) => {
        const search = new URLSearchParams(pairs).toString();
        const result = spec.parse(search, context);
        const names = pairs.map(([name]) => name);
        const strict =
          search.length <= MAX_QUERY_LENGTH &&
          names.every((name) => spec.names.includes(name)) &&
          new Set(names).size === names.length &&
          pairs.every(([, value]) => value.length <= MAX_VALUE_LENGTH);
        if (result.ok) {
          accepted += 1;
          expect(strict, `accepted ${search}`).toBe(true);
          for (const [name, value] of Object.entries(result.value)) {
            if (name === 'date')
              expect(isDay(value as string) && (value as string) <= ASOF).toBe(true);
            if (name === 'country' && value !== null)
              expect(isDatasetIso3(value as string)).toBe(true);
          }
        } else {
          expect([400, 414]).toContain(result.status);
          expect(result.status === 414).toBe(search.length > MAX_QUERY_LENGTH);
          if (result.status === 400) expect(result.parameter).toEqual(expect.any(String));
          expect(result.message.length).toBeGreaterThan(5);
        }
      }),
      { numRuns: RANDOM_RUNS },
    );
    expect(accepted).toBeGreaterThan(RANDOM_RUNS / 200);
  });

  it.each(SPECS)('never throws on random raw query strings (%s)', (_, spec) => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (raw, withMark) => {
        const result = spec.parse(withMark ? `?${raw}` : raw, context);
        expect(result.ok || [400, 414].includes(result.status)).toBe(true);
      }),
      { numRuns: RANDOM_RUNS },
    );
  });
});
