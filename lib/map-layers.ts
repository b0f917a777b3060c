/**
 * The GeoJSON each map layer draws, derived from the dataset for one as-of day. Pure functions:
 * the map component memoizes them and hands the results to its sources.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { AccordsStatus, DatasetIso3, ProjectStage, TieLevel } from './data/enums';
import {
  DATASET_ISO3,
  FOCUS_ISO3,
  getCountry,
  projectKnownFrom,
  projectStageOn,
} from './data/queries';
import type { Dataset } from './data/schema';
import { accordsStatusOn, isResident, tieLevel, tieOn } from './data/status';
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

/** Arcs are drawn for ties the sources describe; unknown ones are left off the map. */
const DRAWN_LEVELS: ReadonlySet<TieLevel> = new Set([
  'resident-both',
  'resident-one-way',
  'non-resident',
  'relations-only',
  'none',
]);

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
 * Tie arcs between capitals on a day: the pair in view; else the selected country's ties with
 * every other dataset country; else every pair of focus countries.
 */
export function tieArcs(
  data: Dataset,
  day: string,
  selection: { country: DatasetIso3 | null; pair: Pair | null },
): FeatureCollection<LineString, TieArcProperties> {
  const pairs: (readonly [DatasetIso3, DatasetIso3])[] = selection.pair
    ? [selection.pair]
    : selection.country
      ? DATASET_ISO3.filter((code) => code !== selection.country).map(
          (code) => [selection.country!, code] as const,
        )
      : pairsOf(FOCUS_ISO3);
  const selectedKey = selection.pair?.join('~');
  const features: Feature<LineString, TieArcProperties>[] = [];
  for (const [a, b] of pairs) {
    const level = tieLevel(tieOn(data, a, b, day));
    const from = capitalOf(data, a);
    const to = capitalOf(data, b);
    if (!from || !to || !DRAWN_LEVELS.has(level)) continue;
    const pair = [a, b].sort().join('~');
    features.push(greatCircleArc(from, to, { pair, level, selected: pair === selectedKey }));
  }
  return { type: 'FeatureCollection', features };
}

/** One point per host capital with the focus countries that have a resident mission there. */
export function embassyPoints(
  data: Dataset,
  day: string,
): FeatureCollection<Point, EmbassyProperties> {
  const features: Feature<Point, EmbassyProperties>[] = [];
  for (const host of DATASET_ISO3) {
    const senders = DATASET_ISO3.filter((sender) => {
      if (sender === host) return false;
      const mission = tieOn(data, host, sender, day).embassies[host];
      return mission !== undefined && isResident(mission);
    });
    const capital = capitalOf(data, host);
    if (senders.length === 0 || !capital) continue;
    features.push({
      type: 'Feature',
      properties: { host, senders: senders.join(', '), count: senders.length },
      geometry: { type: 'Point', coordinates: capital },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Short symbols that are words, not chemical symbols, so each language writes its own. */
export const WORD_SYMBOLS = ['REE', 'Gas'] as const;
export type WordSymbol = (typeof WORD_SYMBOLS)[number];

/** Chemical or common short symbols for the minerals in the dataset; others use their initial. */
const MINERAL_SYMBOLS: Record<string, string> = {
  tungsten: 'W',
  molybdenum: 'Mo',
  gold: 'Au',
  uranium: 'U',
  'rare earths': 'REE' satisfies WordSymbol,
  'natural gas': 'Gas' satisfies WordSymbol,
  antimony: 'Sb',
  copper: 'Cu',
};

function isWordSymbol(symbol: string): symbol is WordSymbol {
  return (WORD_SYMBOLS as readonly string[]).includes(symbol);
}

/** Short symbol for a mineral name as the dataset writes it ("rare earths (Nd, Ce, La, Y)" → REE). */
export function mineralSymbol(mineral: string): string {
  const name = mineral.toLowerCase();
  const known = Object.keys(MINERAL_SYMBOLS).find((key) => name.startsWith(key));
  return known ? MINERAL_SYMBOLS[known]! : mineral.slice(0, 2);
}

/** Whether a symbol stands for a mineral the app names (W, Au, REE…), not a name's first letters. */
export function isNamedSymbol(symbol: string): boolean {
  return Object.values(MINERAL_SYMBOLS).includes(symbol);
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
  const drawn = new Set(mineralPoints(data, day).features.map((f) => f.properties.id));
  for (const project of data.minerals.projects) {
    const mineral = project.minerals[0] ?? '';
    const symbol = mineralSymbol(mineral);
    if (drawn.has(project.id) && !bySymbol.has(symbol)) bySymbol.set(symbol, mineral);
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
    features: data.minerals.projects.flatMap((project) =>
      project.location && projectKnownFrom(data, project) <= day
        ? [
            {
              type: 'Feature' as const,
              properties: {
                id: project.id,
                name: project.name,
                symbol: localSymbol(mineralSymbol(project.minerals[0] ?? ''), translate),
                stage: projectStageOn(project, day)?.stage ?? null,
              },
              geometry: {
                type: 'Point' as const,
                coordinates: [project.location.lon, project.location.lat],
              },
            },
          ]
        : [],
    ),
  };
}
