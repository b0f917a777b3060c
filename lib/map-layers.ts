/**
 * The GeoJSON each map layer draws, derived from the dataset for one as-of day. Pure functions:
 * the map component memoizes them and hands the results to its sources.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { AccordsStatus, DatasetIso3, ProjectStage, TieLevel } from './data/enums';
import { isWordSymbol, mineralsGeoJson, type WordSymbol } from './data/minerals-geojson';
import { DATASET_ISO3, FOCUS_ISO3, getCountry } from './data/queries';
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
