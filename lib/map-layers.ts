/**
 * The GeoJSON each map layer draws, derived from the dataset. Pure functions: the map component
 * memoizes them and hands the results to its sources.
 *
 * Two shapes of the same facts: for one as-of day (`tieArcs`, `embassyPoints`, `mineralPoints`:
 * the legend, the exports, the frame), and for the map, every feature a layer can draw for a
 * selection (`…Features`, with numeric ids, built when the selection or the language changes)
 * plus which of them are shown on a day and how (`…States`, MapLibre feature states). A date
 * change then sets a few feature states instead of reloading a source, which re-tiles it in the
 * worker and costs several frames (issue 12).
 */
import type { FeatureCollection, LineString, Point } from 'geojson';
import { cached } from './cached';
import type { AccordsStatus, DatasetIso3, ProjectStage, TieLevel } from './data/enums';
import {
  isWordSymbol,
  mineralsGeoJson,
  mineralSymbol,
  type WordSymbol,
} from './data/minerals-geojson';
import { DATASET_ISO3, FOCUS_ISO3, getCountry, knownFrom } from './data/queries';
import type { Dataset } from './data/schema';
import { accordsStatusOn, eventDay, isResident, type Tie, tieLevel, tieOn } from './data/status';
import { greatCircleArc } from './geo/arcs';
import type { Pair } from './search-params';

export interface TieArcProperties {
  /** "ISR~KAZ": sorted codes, as the `pair` link key writes them. */
  pair: string;
  level: TieLevel;
  /** True for the pair the view is about (drawn on top, thicker). */
  selected: boolean;
}

export interface EmbassyProperties {
  host: DatasetIso3;
  /** Countries with a resident mission in the host, e.g. "ISR, USA". */
  senders: string;
  count: number;
}

export interface MineralProperties {
  id: string;
  name: string;
  /** Short symbol of the first mineral (W, Au, REE…), drawn on the point. */
  symbol: string;
  /** Stage on the map's day; null when no dated stage is known by then. */
  stage: ProjectStage | null;
}

/** A feature's state as the map's paint expressions read it (`['feature-state', key]`). */
export type FeatureState = Readonly<Record<string, string | number | boolean>>;

/**
 * The states of a source's features on a day, by numeric feature id: one for every feature the
 * source holds, so a feature hidden today is set hidden, not left as an earlier day showed it.
 */
export type FeatureStates = ReadonlyMap<number, FeatureState>;

/** Arcs are drawn for ties the sources describe; unknown ones are left off the map. */
const DRAWN_LEVELS = [
  'resident-both',
  'resident-one-way',
  'non-resident',
  'relations-only',
  'none',
] as const satisfies readonly TieLevel[];

/** Statuses per dataset country on a day. */
export function statusesOn(data: Dataset, day: string): Record<DatasetIso3, AccordsStatus> {
  return Object.fromEntries(
    DATASET_ISO3.map((iso3) => [iso3, accordsStatusOn(data, iso3, day).status]),
  ) as Record<DatasetIso3, AccordsStatus>;
}

function capitalOf(data: Dataset, iso3: string): [number, number] | null {
  const country = getCountry(data, iso3);
  return country ? [country.capital.lon, country.capital.lat] : null;
}

/** Every unordered pair of distinct codes. */
function pairsOf(codes: readonly DatasetIso3[]): [DatasetIso3, DatasetIso3][] {
  return codes.flatMap((a, i) =>
    codes.slice(i + 1).map((b) => [a, b] as [DatasetIso3, DatasetIso3]),
  );
}

/**
 * The pairs whose ties are drawn: the pair in view; else the selected country's ties with every
 * other dataset country; else every pair of focus countries.
 */
function pairsInView(selection: Selection): (readonly [DatasetIso3, DatasetIso3])[] {
  if (selection.pair) return [selection.pair];
  const { country } = selection;
  if (country) {
    return DATASET_ISO3.filter((code) => code !== country).map((code) => [country, code] as const);
  }
  return pairsOf(FOCUS_ISO3);
}

type Selection = { country: DatasetIso3 | null; pair: Pair | null };

/** "ISR~KAZ": the pair's codes sorted, as links write them. */
const pairKey = (a: string, b: string) => [a, b].sort().join('~');

/** Every pair of dataset countries by key, in a fixed order: an arc's id does not depend on the view. */
const PAIR_INDEX = new Map(pairsOf(DATASET_ISO3).map(([a, b], i) => [pairKey(a, b), i]));

/**
 * The days on which a pair's tie can change (`tieOn` reads the events of both parties up to the
 * day and the pair's statements the sources allow by then): between two of them it is the same.
 */
function tieChangeDays(data: Dataset, [a, b]: readonly [string, string]): string[] {
  const [first, second] = [a, b].sort();
  const days = [
    ...data.events.filter((e) => e.parties.includes(a) && e.parties.includes(b)).map(eventDay),
    ...data.ties
      .filter((s) => s.pair[0] === first && s.pair[1] === second)
      .map((s) => knownFrom(data, s.date ? [s.date] : [], s.sources)),
  ];
  return [...new Set(days)].sort();
}

/** Per dataset and pair: its change days, and its tie for each span between them once asked. */
interface TieSpans {
  days: string[];
  ties: Map<number, Tie>;
}
const TIE_SPANS = new WeakMap<Dataset, Map<string, TieSpans>>();

/**
 * `tieOn`, remembered per span of days over which the pair's tie cannot change: playing through
 * the timeline asks for the same few ties again and again (each `tieOn` works out the pair's
 * whole history again), and a date change must cost the map a few lookups, not 50 of them.
 */
function tieDuring(data: Dataset, a: string, b: string, day: string): Tie {
  const byPair = cached(TIE_SPANS, data, () => new Map<string, TieSpans>());
  const spans = cached(byPair, pairKey(a, b), () => ({
    days: tieChangeDays(data, [a, b]),
    ties: new Map(),
  }));
  // The span holding `day`: how many change days are on or before it.
  const span = spans.days.filter((changeDay) => changeDay <= day).length;
  return cached(spans.ties, span, () => tieOn(data, a, b, day));
}

/**
 * The numeric feature id of a pair's arc at a level: the same in every view, so a source's old
 * tiles and new data agree on what an id means while a selection change is being tiled.
 */
function arcId(pair: string, level: (typeof DRAWN_LEVELS)[number]): number {
  return PAIR_INDEX.get(pair)! * DRAWN_LEVELS.length + DRAWN_LEVELS.indexOf(level);
}

/** The pairs in view with both capitals known, each with its arc between them. */
function arcsInView(data: Dataset, selection: Selection) {
  return pairsInView(selection).flatMap(([a, b]) => {
    const from = capitalOf(data, a);
    const to = capitalOf(data, b);
    return from && to ? [{ a, b, pair: pairKey(a, b), from, to }] : [];
  });
}

/** Tie arcs between capitals on a day, for the pairs in view (see `pairsInView`). */
export function tieArcs(
  data: Dataset,
  day: string,
  selection: Selection,
): FeatureCollection<LineString, TieArcProperties> {
  const states = tieArcStates(data, day, selection);
  return {
    type: 'FeatureCollection',
    // The map's arcs shown on the day: each pair's at its level, if drawn.
    features: tieArcFeatures(data, selection).features.filter(
      (arc) => states.get(arc.id as number)?.shown,
    ),
  };
}

/**
 * Every arc the ties layer can draw for a selection: one feature per pair in view and drawn
 * level (a dash pattern cannot follow a feature state), all hidden until `tieArcStates` shows
 * the one of each pair's level on the day.
 */
export function tieArcFeatures(
  data: Dataset,
  selection: Selection,
): FeatureCollection<LineString, TieArcProperties> {
  const selectedKey = selection.pair?.join('~');
  return {
    type: 'FeatureCollection',
    features: arcsInView(data, selection).flatMap(({ pair, from, to }) => {
      const arc = greatCircleArc(from, to, {});
      return DRAWN_LEVELS.map((level) => ({
        ...arc,
        id: arcId(pair, level),
        properties: { pair, level, selected: pair === selectedKey },
      }));
    }),
  };
}

/** Which of `tieArcFeatures`' arcs are shown on a day: each pair's at its level, if drawn. */
export function tieArcStates(data: Dataset, day: string, selection: Selection): FeatureStates {
  const states = new Map<number, FeatureState>();
  for (const { a, b, pair } of arcsInView(data, selection)) {
    const level = tieLevel(tieDuring(data, a, b, day));
    for (const drawn of DRAWN_LEVELS) states.set(arcId(pair, drawn), { shown: drawn === level });
  }
  return states;
}

/** One point per host capital with the focus countries that have a resident mission there. */
export function embassyPoints(
  data: Dataset,
  day: string,
): FeatureCollection<Point, EmbassyProperties> {
  const states = embassyStates(data, day);
  return {
    type: 'FeatureCollection',
    // The map's points shown on the day, each with its senders then.
    features: embassyFeatures(data).features.flatMap(({ id, properties, geometry }) => {
      const state = states.get(id as number);
      return state?.shown
        ? [
            {
              type: 'Feature',
              properties: { ...properties, senders: String(state.senders) },
              geometry,
            },
          ]
        : [];
    }),
  };
}

/** The most senders a host can have: every other dataset country. */
const MAX_SENDERS = DATASET_ISO3.length - 1;

/**
 * Every embassy point the map can draw: one per host capital and number of senders (the number
 * is the point's text, which a feature state cannot set), all hidden until `embassyStates` shows
 * each host's point for its count on the day.
 */
export function embassyFeatures(data: Dataset): FeatureCollection<Point, EmbassyFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: DATASET_ISO3.flatMap((host, hostIndex) => {
      const capital = capitalOf(data, host);
      if (!capital) return [];
      return Array.from({ length: MAX_SENDERS }, (_, i) => ({
        type: 'Feature' as const,
        id: hostIndex * MAX_SENDERS + i,
        properties: { host, count: i + 1 },
        geometry: { type: 'Point' as const, coordinates: capital },
      }));
    }),
  };
}

/** What an embassy point carries for good; its senders on the day are a feature state. */
export type EmbassyFeatureProperties = Omit<EmbassyProperties, 'senders'>;

/**
 * Which of `embassyFeatures`' points are shown on a day, with the senders: each host's point for
 * the number of focus countries with a resident mission there (none: no point).
 */
export function embassyStates(data: Dataset, day: string): FeatureStates {
  const states = new Map<number, FeatureState>();
  DATASET_ISO3.forEach((host, hostIndex) => {
    if (!capitalOf(data, host)) return;
    const senders = DATASET_ISO3.filter((sender) => {
      if (sender === host) return false;
      const mission = tieDuring(data, host, sender, day).embassies[host];
      return mission !== undefined && isResident(mission);
    });
    for (let i = 0; i < MAX_SENDERS; i++) {
      const shown = senders.length === i + 1;
      states.set(hostIndex * MAX_SENDERS + i, { shown, senders: shown ? senders.join(', ') : '' });
    }
  });
  return states;
}

/**
 * The symbols the minerals layer draws on `day`, once each in drawing order, with the first
 * mineral that carries each (the key's label when the symbol is not a named one).
 */
export function drawnMineralSymbols(
  data: Dataset,
  day: string,
): { symbol: string; mineral: string }[] {
  const bySymbol = new Map<string, string>();
  for (const { properties } of mineralsGeoJson(data, day).features) {
    if (!bySymbol.has(properties.symbol))
      bySymbol.set(properties.symbol, properties.minerals[0] ?? '');
  }
  return [...bySymbol].map(([symbol, mineral]) => ({ symbol, mineral }));
}

function localSymbol(symbol: string, translate: (symbol: WordSymbol) => string): string {
  return isWordSymbol(symbol) ? translate(symbol) : symbol;
}

/**
 * Projects and deposits with coordinates known on `day`, at the stage they had then (those
 * without coordinates are listed in the panel, not drawn). `translate` writes the word symbols
 * (REE, Gas) in the UI language; chemical symbols stay.
 */
export function mineralPoints(
  data: Dataset,
  day: string,
  translate: (symbol: WordSymbol) => string = (symbol) => symbol,
): FeatureCollection<Point, MineralProperties> {
  return {
    type: 'FeatureCollection',
    // The map draws a few of the builder's properties; the panel shows the rest.
    features: mineralsGeoJson(data, day).features.map(({ geometry, properties }) => ({
      type: 'Feature',
      properties: {
        id: properties.id,
        name: properties.name,
        symbol: localSymbol(properties.symbol, translate),
        stage: properties.stage,
      },
      geometry,
    })),
  };
}

/** What a minerals point carries for good; its stage on the day is a feature state. */
export type MineralFeatureProperties = Omit<MineralProperties, 'stage'>;

/** The projects with coordinates, each with its point's numeric feature id (its place in the list). */
function locatedProjects(data: Dataset) {
  return data.minerals.projects.flatMap((project) =>
    project.location ? [{ project, location: project.location }] : [],
  );
}

/**
 * Every minerals point the map can draw: each project with coordinates, whatever the day, all
 * hidden until `mineralStates` shows those known on the day (as `mineralPoints` lists them).
 */
export function mineralFeatures(
  data: Dataset,
  translate: (symbol: WordSymbol) => string = (symbol) => symbol,
): FeatureCollection<Point, MineralFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: locatedProjects(data).map(({ project, location }, id) => ({
      type: 'Feature',
      id,
      properties: {
        id: project.id,
        name: project.name,
        symbol: localSymbol(mineralSymbol(project.minerals[0] ?? ''), translate),
      },
      geometry: { type: 'Point', coordinates: [location.lon, location.lat] },
    })),
  };
}

/** Which of `mineralFeatures`' points are shown on a day, and at which stage (`mineralPoints`). */
export function mineralStates(data: Dataset, day: string): FeatureStates {
  const onDay = new Map(mineralPoints(data, day).features.map((f) => [f.properties.id, f]));
  return new Map(
    locatedProjects(data).map(({ project }, id) => {
      const point = onDay.get(project.id);
      return [id, { shown: point !== undefined, stage: point?.properties.stage ?? 'unknown' }];
    }),
  );
}

/**
 * `states` with each arc of a changed pair (`A~B`) marked `changed`, for the halo under the
 * ties that changed (a Play step, the "What changed" panel).
 */
export function withChangedArcs(
  source: { features: FeatureCollection; states: FeatureStates },
  pairs: readonly string[],
): FeatureStates {
  const changed = new Set(
    source.features.features.flatMap((f) =>
      pairs.includes(String(f.properties?.pair)) ? [f.id as number] : [],
    ),
  );
  return new Map(
    [...source.states].map(([id, state]) => [id, { ...state, changed: changed.has(id) }]),
  );
}
