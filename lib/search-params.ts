/**
 * The URL contract (docs/links.md), declared once: every key the app reads, its parser, its
 * default and its history rule. The server reads a link with `diagnoseLink` (lib/link-diagnosis.ts),
 * client components with `useView` (components/url/use-view.ts), and both build the parsers with
 * `viewParams(scope)` so a value the dataset lacks (`project=atlantis`) is rejected on both sides
 * by the same rule. Links are written with `serializeView`. Every parser is total: a bad value
 * parses to null and the key falls back to its default.
 *
 * History: nuqs replaces the current entry by default. The keys the contract says add a history
 * entry (selection, pair, project, layers, date, since, compare, worldview, view, language, sort,
 * and the events view's track, kind, confidence and order) declare `history: 'push'` below, so a
 * caller never has to remember it; a caller overrides only where the contract says so (a Play
 * run's steps replace). The camera (`map`), the table filter (`q`) and the events view's range
 * (`from`, `to`) replace.
 */
import { createParser, createSerializer, type inferParserType } from 'nuqs/server';
import { bounded, MAX_VALUE_LENGTH } from './bounded';
import { type Camera, camerasEqual, formatCamera, parseCamera } from './camera';
import { isDay } from './data/dates';
import { CONFIDENCE, EVENT_KINDS } from './data/enums';
import { isDatasetIso3, type DatasetIso3 } from './data/queries';
import { parseFilter, parseSort, serializeSort, type SortSpec } from './table-keys';
import {
  DEFAULT_ORDER,
  EVENT_TRACKS,
  type EventOrder,
  parseOrder,
  parseRangeDay,
  serializeOrder,
} from './events-keys';
import { DEFAULT_WORLDVIEW, WORLDVIEWS } from './worldview';

export { MAX_VALUE_LENGTH };

export const LAYER_IDS = ['accords', 'ties', 'minerals', 'embassies', 'c5', 'disputed'] as const;
export type LayerId = (typeof LAYER_IDS)[number];
/** Layers shown when the link has no `layers=`. */
export const DEFAULT_LAYERS: readonly LayerId[] = ['accords', 'ties', 'minerals', 'disputed'];

export const VIEWS = ['map', 'table', 'events', 'matrix'] as const;
export type View = (typeof VIEWS)[number];
export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** First day of the timeline: the month of the first Accords announcement (13 Aug 2020). */
export const FIRST_DAY = '2020-08-01';
/**
 * Last day of the timeline and the default `date`: the dataset's as-of date (data/meta.json's
 * `asOf`). Read from ATLAS_AS_OF, which next.config.js inlines into the pages and the test configs
 * set, so that the browser does not load all of meta.json (notes, open questions, releases) for
 * this one date; tests/unit/search-params.test.ts checks the two agree.
 */
export const LAST_DAY: string = asOfDay(process.env.ATLAS_AS_OF);

/** Unset outside Next and the test configs (a new runner must set it from data/meta.json). */
function asOfDay(value: string | undefined): string {
  if (value && isDay(value)) return value;
  throw new Error(`ATLAS_AS_OF not a day: ${String(value)}`);
}

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
    // Stryker disable next-line EqualityOperator: a === b was refused above, so < and <= agree.
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
  // Stryker disable next-line EqualityOperator: on the first day itself both branches give it.
  if (day < FIRST_DAY) return FIRST_DAY;
  // Stryker disable next-line EqualityOperator: on the last day itself both branches give it.
  return day > LAST_DAY ? LAST_DAY : day;
}

/** `date=2020-09-20`: a real calendar day, clamped to the dataset's range. */
export const parseAsDay = createParser<string>({
  parse: bounded((value) => (isDay(value) ? clampDay(value) : null)),
  serialize: (day) => day,
});

/**
 * A real calendar day inside the dataset's range, not clamped: `since=2020-09-01` (the first day
 * of the "What changed" panel) and `compare=2020-09-20` (the day the compare map's left side
 * shows). Unlike `date`, a day outside the range is ignored, since reading it as a nearby day
 * would mislead. Each is checked against `date` too: `since` must lie before it (`sinceBefore`),
 * `compare` must differ from it (lib/link-diagnosis.ts, `compareDay`).
 */
export const parseAsDatasetDay = createParser<string>({
  parse: bounded((value) => (isDay(value) && clampDay(value) === value ? value : null)),
  serialize: (day) => day,
});

/** `since` counts only when it lies before the as-of date. */
export function sinceBefore(since: string | null, date: string): string | null {
  return since !== null && since < date ? since : null;
}

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

/** `worldview=us`: whose lines Western Sahara is drawn by (lib/geo/worldview.ts). */
export const parseAsWorldview = parseAsWord(WORLDVIEWS);
/** `view=table`. */
export const parseAsView = parseAsWord(VIEWS);
/** `lang=ru`. */
export const parseAsLang = parseAsWord(LANGS);

/** `sort=status` (ascending) or `sort=-since` (descending); unknown columns are ignored. */
export const parseAsSort = createParser<SortSpec>({
  parse: bounded(parseSort),
  serialize: serializeSort,
  eq: (a, b) => a.column === b.column && a.direction === b.direction,
});

/** `q=tungsten`: the table's free-text filter, trimmed and cut to 60 characters. */
export const parseAsFilter = createParser<string>({
  parse: bounded(parseFilter),
  serialize: (q) => q,
});

/** The events view's filters (lib/events-table.ts): `track=minerals`, `kind=signed`, `conf=high`. */
export const parseAsTrack = parseAsWord(EVENT_TRACKS);
export const parseAsKind = parseAsWord(EVENT_KINDS);
export const parseAsConfidence = parseAsWord(CONFIDENCE);
/** `from=2020-08-13`, `to=2021-12-31`: the events view's date range, any real day (not clamped). */
export const parseAsRangeDay = createParser<string>({
  parse: bounded(parseRangeDay),
  serialize: (day) => day,
});
/** `order=-date`: the events view's sort; date, oldest first, is the default. */
export const parseAsOrder = createParser<EventOrder>({
  parse: bounded(parseOrder),
  serialize: serializeOrder,
  eq: (a, b) => a.column === b.column && a.direction === b.direction,
});

/** What a link's values are checked against besides their shape: ids that only the dataset knows. */
export interface LinkScope {
  /** Ids of the dataset's minerals projects and deposits (`project=`). */
  projectIds: ReadonlySet<string>;
}

/** The scope of a dataset (or of the part of it a page was sent: only the ids are read). */
export function linkScope(data: { minerals: { projects: readonly { id: string }[] } }): LinkScope {
  return { projectIds: new Set(data.minerals.projects.map((project) => project.id)) };
}

const PROJECT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `project=upper-kairakty`: a minerals project or deposit of the dataset, whose details the panel shows. */
export function parseAsProject({ projectIds }: LinkScope) {
  return createParser<string>({
    parse: bounded((value) => (PROJECT_ID.test(value) && projectIds.has(value) ? value : null)),
    serialize: (id) => id,
  });
}

/** Adds a history entry when the key changes (links.md, "History"). */
const PUSH = { history: 'push' } as const;

/**
 * Every key, in the canonical order of docs/links.md: the view keys, then the panel keys. The same
 * parsers serve the server (with the dataset it loaded) and the client (with the ids it was sent).
 */
export function viewParams(scope: LinkScope) {
  return {
    country: parseAsCountry.withOptions(PUSH),
    pair: parseAsPair.withOptions(PUSH),
    layers: parseAsLayers.withDefault([...DEFAULT_LAYERS]).withOptions(PUSH),
    date: parseAsDay.withDefault(LAST_DAY).withOptions(PUSH),
    since: parseAsDatasetDay.withOptions(PUSH),
    compare: parseAsDatasetDay.withOptions(PUSH),
    worldview: parseAsWorldview.withDefault(DEFAULT_WORLDVIEW).withOptions(PUSH),
    map: parseAsCamera,
    view: parseAsView.withDefault('map').withOptions(PUSH),
    lang: parseAsLang.withDefault('en').withOptions(PUSH),
    project: parseAsProject(scope).withOptions(PUSH),
    sort: parseAsSort.withOptions(PUSH),
    q: parseAsFilter,
    // The events view's filters. A filter choice pushes (like `sort`); the range replaces, as a
    // brush drag or a typed day writes it many times (like `q`).
    track: parseAsTrack.withOptions(PUSH),
    kind: parseAsKind.withOptions(PUSH),
    conf: parseAsConfidence.withOptions(PUSH),
    from: parseAsRangeDay,
    to: parseAsRangeDay,
    order: parseAsOrder.withDefault(DEFAULT_ORDER).withOptions(PUSH),
  };
}

export type ViewParsers = ReturnType<typeof viewParams>;
export type ViewParams = inferParserType<ViewParsers>;
export type ViewKey = keyof ViewParsers;

/** Serialising never consults the dataset, so the writer needs no scope. */
const WRITER = viewParams({ projectIds: new Set() });
export const VIEW_KEYS = Object.keys(WRITER) as ViewKey[];
export const serializeView = createSerializer(WRITER);

/**
 * Puts a query in canonical order: the known keys in the order above, then the keys the app does
 * not know, as they were. nuqs calls it on every write (app/layout.tsx's adapter), so the address
 * bar is always in canonical order.
 */
export function orderQuery(search: URLSearchParams): URLSearchParams {
  const ordered = new URLSearchParams();
  for (const key of VIEW_KEYS) for (const value of search.getAll(key)) ordered.append(key, value);
  for (const [key, value] of search) {
    if (!(VIEW_KEYS as string[]).includes(key)) ordered.append(key, value);
  }
  return ordered;
}
