/**
 * The URL contract (../shared/spec/links.md), declared once. Server pages parse with
 * `loadViewParams`, client components read and write with `useQueryStates(VIEW_PARAMS)`, and
 * links are built with `serializeView`. Every parser is total: a bad value parses to null and the
 * key falls back to its default (lib/link-diagnosis.ts says what was ignored and why).
 */
import { createParser, createSerializer, type inferParserType } from 'nuqs/server';
import meta from '@/data/meta.json';
import { bounded, MAX_VALUE_LENGTH } from './bounded';
import { type Camera, camerasEqual, formatCamera, parseCamera } from './camera';
import { isDay } from './data/dates';
import { isDatasetIso3, type DatasetIso3 } from './data/queries';
import { parseAsFilter, parseAsSort } from './table';

export { MAX_VALUE_LENGTH };

export const LAYER_IDS = ['accords', 'ties', 'minerals', 'embassies', 'c5', 'disputed'] as const;
export type LayerId = (typeof LAYER_IDS)[number];
/** Layers shown when the link has no `layers=`. */
export const DEFAULT_LAYERS: readonly LayerId[] = ['accords', 'ties', 'minerals', 'disputed'];

export const VIEWS = ['map', 'table'] as const;
export type View = (typeof VIEWS)[number];
export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** First day of the timeline: the month of the first Accords announcement (13 Aug 2020). */
export const FIRST_DAY = '2020-08-01';
/** Last day of the timeline and the default `date`: the dataset's as-of date. */
export const LAST_DAY = meta.asOf;

export type Pair = readonly [DatasetIso3, DatasetIso3];

function toIso3(value: string): DatasetIso3 | null {
  const code = value.trim().toUpperCase();
  return isDatasetIso3(code) ? code : null;
}

/** `country=kaz` → "KAZ"; codes outside the dataset are ignored. */
export const parseAsCountry = createParser<DatasetIso3>({
  parse: bounded(toIso3),
  serialize: (code) => code,
});

/** `pair=kaz~isr` → ["ISR", "KAZ"]: two different dataset countries, written sorted. */
export const parseAsPair = createParser<Pair>({
  parse: bounded((value) => {
    const codes = value.split('~');
    if (codes.length !== 2) return null;
    const [a, b] = codes.map(toIso3);
    if (!a || !b || a === b) return null;
    return a < b ? [a, b] : [b, a];
  }),
  serialize: ([a, b]) => `${a}~${b}`,
  eq: (x, y) => x[0] === y[0] && x[1] === y[1],
});

export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}

/** Known layer ids in a `~` list, in canonical order; null when none is known. */
export function parseLayerList(value: string): LayerId[] | null {
  if (value === 'none') return [];
  const requested = new Set(value.split('~'));
  const known = LAYER_IDS.filter((id) => requested.has(id));
  return known.length > 0 ? known : null;
}

/** `layers=minerals~accords` → ["accords", "minerals"]; `none` → []; unknown ids are dropped. */
export const parseAsLayers = createParser<LayerId[]>({
  parse: bounded(parseLayerList),
  serialize: (layers) => (layers.length === 0 ? 'none' : layers.join('~')),
  eq: (a, b) => a.length === b.length && a.every((id, i) => id === b[i]),
});

/** Clamps a day into the timeline's range. */
export function clampDay(day: string): string {
  if (day < FIRST_DAY) return FIRST_DAY;
  return day > LAST_DAY ? LAST_DAY : day;
}

/** `date=2020-09-20`: a real calendar day, clamped to the dataset's range. */
export const parseAsDay = createParser<string>({
  parse: bounded((value) => (isDay(value) ? clampDay(value) : null)),
  serialize: (day) => day,
});

/** `map=zoom/lat/lon`, rounded to 2/4/4 decimals. */
export const parseAsCamera = createParser<Camera>({
  parse: bounded(parseCamera),
  serialize: formatCamera,
  eq: camerasEqual,
});

/** A case-insensitive choice among a few words. */
function parseAsWord<const W extends string>(words: readonly W[]) {
  return createParser<W>({
    parse: bounded((value) => {
      const word = value.trim().toLowerCase();
      return (words as readonly string[]).includes(word) ? (word as W) : null;
    }),
    serialize: (word) => word,
  });
}

/** `project=upper-kairakty`: a minerals project or deposit whose details the panel shows. */
export const parseAsProject = createParser<string>({
  parse: bounded((value) => (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) ? value : null)),
  serialize: (id) => id,
});

/** Keys in the canonical order of links.md, then the panel keys documented in the README. */
export const VIEW_PARAMS = {
  country: parseAsCountry,
  pair: parseAsPair,
  layers: parseAsLayers.withDefault([...DEFAULT_LAYERS]),
  date: parseAsDay.withDefault(LAST_DAY),
  map: parseAsCamera,
  view: parseAsWord(VIEWS).withDefault('map'),
  lang: parseAsWord(LANGS).withDefault('en'),
  project: parseAsProject,
  sort: parseAsSort,
  q: parseAsFilter,
};

export type ViewParams = inferParserType<typeof VIEW_PARAMS>;
export type ViewKey = keyof typeof VIEW_PARAMS;
export const VIEW_KEYS = Object.keys(VIEW_PARAMS) as ViewKey[];

export const serializeView = createSerializer(VIEW_PARAMS);
