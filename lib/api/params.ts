/**
 * Query parameters of the data API. Each parameter has one total parser: it never throws and
 * returns either a canonical value (codes upper case, pairs sorted) or an error naming the
 * parameter; the value written back (`formatPair` for pairs, as is otherwise) parses to itself.
 * `defineQuery` combines them for a route: it rejects unknown, repeated and oversized parameters
 * before any parser runs, so every route is strict in the same way.
 */
import { z } from 'zod';
import { BIDI_CONTROLS } from '../bounded';
import { isDay } from '../data/dates';
import { DATASET_ISO3, type DatasetIso3 } from '../data/queries';

/** Longest accepted value of one parameter, in UTF-16 code units. */
export const MAX_VALUE_LENGTH = 64;
/** Longest accepted query string (the part after `?`, still percent-encoded). */
export const MAX_QUERY_LENGTH = 1024;

/** Outcome of parsing one parameter. */
export type ParamResult<T> =
  { ok: true; value: T } | { ok: false; parameter: string; message: string };

/** Outcome of parsing a whole query: a 400 names the parameter, a 414 names none. */
export type QueryResult<T> =
  | { ok: true; value: T }
  | { ok: false; status: 400 | 414; parameter: string | null; message: string };

/** What a parser may need to know about the dataset. */
export interface QueryContext {
  /** The dataset's `meta.asOf` day. */
  asOf: string;
}

/** One parameter's parser. */
export type ParamParser<T> = (raw: string, context: QueryContext) => ParamResult<T>;

/** Answer formats. */
export const FORMATS = ['json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** A pair of different dataset countries, sorted. */
export type CountryPair = [DatasetIso3, DatasetIso3];

const DAY_SCHEMA = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day written YYYY-MM-DD')
  .refine(isDay, 'is not a calendar day');
const ISO3_SCHEMA = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'must be an ISO 3166 alpha-3 code such as KAZ')
  .transform((code) => code.toUpperCase())
  .pipe(z.enum(DATASET_ISO3, { error: `is not in the dataset (${DATASET_ISO3.join(', ')})` }));
const PAIR_SCHEMA = z
  .string()
  .regex(/^[A-Za-z]{3}~[A-Za-z]{3}$/, 'must be two ISO3 codes joined by ~, such as ISR~KAZ');
const BOOLEAN_SCHEMA = z
  .enum(['true', 'false'], { error: 'must be true or false' })
  .transform((value) => value === 'true');

/**
 * Input quoted in a message, cut short so that messages stay small, with bidi controls shown as
 * U+FFFD so that a client displaying the message does not have it reordered.
 */
export function quote(raw: string): string {
  const shown = raw.length > MAX_VALUE_LENGTH ? `${raw.slice(0, MAX_VALUE_LENGTH)}…` : raw;
  return JSON.stringify(shown.replace(BIDI_CONTROLS, '\uFFFD'));
}

function fail(
  parameter: string,
  message: string,
): { ok: false; parameter: string; message: string } {
  return { ok: false, parameter, message };
}

function withZod<T>(parameter: string, schema: z.ZodType<T>, raw: string): ParamResult<T> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return fail(parameter, `${result.error.issues[0]?.message ?? 'is not valid'}, got ${quote(raw)}`);
}

/** A day `YYYY-MM-DD` under any parameter name (`from`, `to`). */
export function parseDay(parameter: string, raw: string): ParamResult<string> {
  return withZod(parameter, DAY_SCHEMA, raw);
}

/** `date=YYYY-MM-DD`: a real day no later than the dataset's as-of day. */
export function parseDate(raw: string, { asOf }: QueryContext): ParamResult<string> {
  const day = parseDay('date', raw);
  if (day.ok && day.value > asOf) {
    return fail('date', `the dataset only goes to ${asOf}, got ${quote(raw)}`);
  }
  return day;
}

/** An ISO3 code of a dataset country, any case in, upper case out. */
export function parseCountry(raw: string, parameter = 'country'): ParamResult<DatasetIso3> {
  return withZod(parameter, ISO3_SCHEMA, raw);
}

/** `pair=ISR~KAZ`: two different dataset countries, any order and case in, sorted out. */
export function parsePair(raw: string): ParamResult<CountryPair> {
  const shape = withZod('pair', PAIR_SCHEMA, raw);
  if (!shape.ok) return shape;
  const [first = '', second = ''] = shape.value.split('~');
  const a = parseCountry(first, 'pair');
  if (!a.ok) return a;
  const b = parseCountry(second, 'pair');
  if (!b.ok) return b;
  if (a.value === b.value)
    return fail('pair', `must name two different countries, got ${quote(raw)}`);
  return { ok: true, value: a.value < b.value ? [a.value, b.value] : [b.value, a.value] };
}

/** Writes a pair as the API reads it: `ISR~KAZ`. */
export function formatPair([a, b]: CountryPair): string {
  return `${a}~${b}`;
}

/** `accords=true|false`. */
export function parseAccords(raw: string): ParamResult<boolean> {
  return withZod('accords', BOOLEAN_SCHEMA, raw);
}

/** `format=json|csv`, limited to the formats a route offers. */
export function formatParser(offered: readonly Format[]): ParamParser<Format> {
  const schema = z.enum(offered as [Format, ...Format[]], {
    error:
      offered.length === 1
        ? `must be ${offered[0]}: this answer is not a table, so it has no CSV form`
        : `must be one of ${offered.join(', ')}`,
  });
  return (raw) => withZod('format', schema, raw);
}

type ParserMap = Record<string, ParamParser<unknown>>;
/** The values found in a query, before defaults: a key is present only if the parameter was. */
export type Parsed<P extends ParserMap> = {
  [K in keyof P]?: P[K] extends ParamParser<infer T> ? T : never;
};

/** The parameters one route accepts and how it fills defaults and checks combinations. */
export interface QuerySpec<Q> {
  /** Accepted parameter names, in the order the route declares them. */
  names: readonly string[];
  /** Parses a raw query string (`url.search`, with or without `?`); total. */
  parse: (search: string, context: QueryContext) => QueryResult<Q>;
}

function badQuery(parameter: string, message: string): QueryResult<never> {
  const name =
    parameter.length > MAX_VALUE_LENGTH ? `${parameter.slice(0, MAX_VALUE_LENGTH)}…` : parameter;
  return { ok: false, status: 400, parameter: name, message };
}

/**
 * A route's query: every parameter must be one of `parsers`, given at most once, with a value of
 * at most MAX_VALUE_LENGTH; `finish` fills defaults and checks combinations of parameters.
 */
export function defineQuery<P extends ParserMap, Q>(
  parsers: P,
  finish: (parsed: Parsed<P>, context: QueryContext) => ParamResult<Q>,
): QuerySpec<Q> {
  const names = Object.keys(parsers);
  const byName = new Map(Object.entries(parsers));
  const accepted =
    names.length > 0 ? `this route accepts ${names.join(', ')}` : 'this route takes none';
  return {
    names,
    parse(search, context) {
      const raw = search.startsWith('?') ? search.slice(1) : search;
      if (raw.length > MAX_QUERY_LENGTH) {
        return {
          ok: false,
          status: 414,
          parameter: null,
          message: `the query string is ${raw.length} characters long; the limit is ${MAX_QUERY_LENGTH}`,
        };
      }
      const values = new Map<string, string>();
      for (const [name, value] of new URLSearchParams(raw)) {
        if (!byName.has(name)) return badQuery(name, `unknown parameter; ${accepted}`);
        if (values.has(name)) return badQuery(name, 'given more than once; give it once');
        if (value.length > MAX_VALUE_LENGTH) {
          return badQuery(
            name,
            `value is ${value.length} characters long; the limit is ${MAX_VALUE_LENGTH}`,
          );
        }
        values.set(name, value);
      }
      const parsed: Record<string, unknown> = {};
      for (const [name, value] of values) {
        const result = byName.get(name)?.(value, context);
        if (!result) continue;
        if (!result.ok) return { ...result, status: 400 };
        parsed[name] = result.value;
      }
      const finished = finish(parsed as Parsed<P>, context);
      return finished.ok ? finished : { ...finished, status: 400 };
    },
  };
}

/** `/api/countries`. */
export const COUNTRIES_QUERY = defineQuery(
  { date: parseDate, format: formatParser(FORMATS) },
  ({ date, format }, { asOf }) => ({
    ok: true,
    value: { date: date ?? asOf, format: format ?? 'json' },
  }),
);

/** `/api/countries/{iso3}`. */
export const COUNTRY_QUERY = defineQuery(
  { date: parseDate, format: formatParser(['json']) },
  ({ date }, { asOf }) => ({ ok: true, value: { date: date ?? asOf } }),
);

/** `/api/ties`. */
export const TIES_QUERY = defineQuery(
  { date: parseDate, pair: parsePair, format: formatParser(FORMATS) },
  ({ date, pair, format }, { asOf }) => ({
    ok: true,
    value: { date: date ?? asOf, pair: pair ?? null, format: format ?? 'json' },
  }),
);

/** `/api/events`. */
export const EVENTS_QUERY = defineQuery(
  {
    from: (raw: string) => parseDay('from', raw),
    to: (raw: string) => parseDay('to', raw),
    country: (raw: string) => parseCountry(raw),
    accords: parseAccords,
    format: formatParser(FORMATS),
  },
  ({ from, to, country, accords, format }) => {
    if (from !== undefined && to !== undefined && from > to) {
      return fail('from', `${from} is after to=${to}`);
    }
    return {
      ok: true,
      value: {
        from: from ?? null,
        to: to ?? null,
        country: country ?? null,
        accords: accords ?? null,
        format: format ?? 'json',
      },
    };
  },
);

/** `/api/minerals`. */
export const MINERALS_QUERY = defineQuery(
  { date: parseDate, format: formatParser(['json']) },
  ({ date }, { asOf }) => ({ ok: true, value: { date: date ?? asOf } }),
);
