/**
 * The visible data layers of a view as one GeoJSON FeatureCollection (RFC 7946), for download.
 * Pure: built from the same layer builders the map draws (lib/map-layers.ts), with the facts and
 * source URLs behind each feature added as properties.
 */
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import type {
  AccordsStatus,
  Confidence,
  DatasetIso3,
  RelationStatus,
  TieLevel,
} from '@/lib/data/enums';
import { countryName, DATASET_ISO3, getCountry, sourcesById } from '@/lib/data/queries';
import type { ProjectStage } from '@/lib/data/enums';
import type { Dataset } from '@/lib/data/schema';
import { accordsStatusOn, tieOn, type Tie } from '@/lib/data/status';
import { mineralsGeoJson } from '@/lib/data/minerals-geojson';
import { embassyPoints, tieArcs } from '@/lib/map-layers';
import type { Translate } from '@/lib/i18n/mission-label';
import type { LayerId, ViewParams } from '@/lib/search-params';
import { viewTitle } from '@/lib/share';
import { STATUS_STYLE } from '@/lib/status-style';

/** Layers whose data is exported; the others are drawn from geometry alone. */
export const DATA_LAYERS = ['accords', 'ties', 'minerals', 'embassies'] as const;
export type DataLayer = (typeof DATA_LAYERS)[number];

/** The parts of a view the export depends on. */
export type ExportView = Pick<ViewParams, 'layers' | 'date' | 'country' | 'pair' | 'lang'>;

/** Coordinates are rounded to 5 decimals (about 1 m), well below the map's precision. */
const COORDINATE_DECIMALS = 5;

const NATURAL_EARTH =
  'Natural Earth 1:50m (https://www.naturalearthdata.com/), public domain: no permission is needed to use it; credit line, if wanted: "Made with Natural Earth."';

/** Why a visible layer has no features in the file. */
const NOT_EXPORTED: Record<Exclude<LayerId, DataLayer>, string> = {
  c5: 'The C5+1 layer is an outline drawn from country geometry; it has no data of its own.',
  disputed:
    'The disputed-areas layer hatches Natural Earth features (Western Sahara, Palestine); it has no data of its own.',
};

interface BaseProperties {
  layer: DataLayer;
  /** URLs of the sources behind the feature's facts. */
  sources: string[];
}

export interface AccordsFeatureProperties extends BaseProperties {
  layer: 'accords';
  iso3: DatasetIso3;
  name: string;
  status: AccordsStatus;
  /** False for announced-but-not-done steps (hatched on the map). */
  implemented: boolean;
  /** Date value the status holds from; null for "none". */
  since: string | null;
  /** Fill colour on the map. */
  color: string;
  capital: string;
  /** Sources of the capital's position (the point's coordinates). */
  capitalSources: string[];
  /** "capital" for a point at the capital, "outline" for Natural Earth's country polygon. */
  geometry: 'capital' | 'outline';
}

export interface TieFeatureProperties extends BaseProperties {
  layer: 'ties';
  /** "ISR~KAZ": sorted codes, as the `pair` link key writes them. */
  pair: string;
  a: string;
  b: string;
  level: TieLevel;
  relations: RelationStatus;
  /** True for the pair the view is about. */
  selected: boolean;
}

export interface MineralFeatureProperties extends BaseProperties {
  layer: 'minerals';
  id: string;
  name: string;
  country: string;
  minerals: string[];
  symbol: string;
  stage: ProjectStage | null;
  stageNote: string | null;
  confidence: Confidence;
  /** Sources of the project's coordinates. */
  locationSources: string[];
}

export interface EmbassyFeatureProperties extends BaseProperties {
  layer: 'embassies';
  host: DatasetIso3;
  /** Countries with a resident mission in the host. */
  senders: string[];
  count: number;
}

export type ExportProperties =
  | AccordsFeatureProperties
  | TieFeatureProperties
  | MineralFeatureProperties
  | EmbassyFeatureProperties;

export type ExportGeometry = Point | LineString | MultiLineString | Polygon | MultiPolygon;
export type ExportFeature = Feature<ExportGeometry, ExportProperties>;

/** The file's `metadata` foreign member (RFC 7946 §6.1). */
export interface ExportMetadata {
  title: string;
  /** The dataset's version (meta.json), as citations name it. */
  datasetVersion: string;
  /** The dataset's as-of day. */
  asOf: string;
  /** The day the view shows. */
  date: string;
  url: string;
  /** Visible layers, in the link's order. */
  layers: LayerId[];
  /** Features per exported layer. */
  counts: Partial<Record<DataLayer, number>>;
  sources: 'see properties.sources';
  /** How the features are drawn, and what is left out. */
  notes: string[];
  attribution: string;
}

export interface VisibleLayersGeoJson extends FeatureCollection<ExportGeometry, ExportProperties> {
  metadata: ExportMetadata;
}

export interface VisibleLayersOptions {
  /** The view's absolute URL, written into the metadata. */
  url: string;
  /** A translator in the view's language, for the title (the share menu's, lib/share.ts). */
  t: Translate;
  /**
   * Natural Earth country outlines (the map's `countries` source). When given, Accords features
   * are the dataset countries' polygons; otherwise they are points at the capitals.
   */
  countries?: FeatureCollection<Polygon | MultiPolygon, { iso3: string | null }>;
}

function round(value: number): number {
  const factor = 10 ** COORDINATE_DECIMALS;
  return Math.round(value * factor) / factor;
}

function roundPosition([lon = 0, lat = 0]: Position): Position {
  return [round(lon), round(lat)];
}

/** A longitude brought into [-180, 180). */
function wrapLongitude(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/**
 * A line whose longitudes may leave [-180, 180] (the map unwraps arcs across the antimeridian) as
 * RFC 7946 wants it: longitudes in range, split into a MultiLineString where it crosses 180°.
 */
export function toRfc7946Line(coordinates: readonly Position[]): LineString | MultiLineString {
  const parts: Position[][] = [];
  let part: Position[] = [];
  let previous: Position | null = null;
  for (const [lon = 0, lat = 0] of coordinates) {
    if (previous) {
      const [previousLon = 0, previousLat = 0] = previous;
      // Which copy of the world each end is on; a change means the segment crosses 180°.
      const fromWorld = Math.floor((previousLon + 180) / 360);
      const toWorld = Math.floor((lon + 180) / 360);
      if (fromWorld !== toWorld) {
        const edge = Math.max(fromWorld, toWorld) * 360 - 180;
        const t = (edge - previousLon) / (lon - previousLon);
        const crossingLat = previousLat + t * (lat - previousLat);
        const eastward = toWorld > fromWorld;
        part.push(roundPosition([eastward ? 180 : -180, crossingLat]));
        parts.push(part);
        part = [roundPosition([eastward ? -180 : 180, crossingLat])];
      }
    }
    part.push(roundPosition([wrapLongitude(lon), lat]));
    previous = [lon, lat];
  }
  parts.push(part);
  const lines = parts.filter((p) => p.length >= 2);
  return lines.length === 1
    ? { type: 'LineString', coordinates: lines[0]! }
    : { type: 'MultiLineString', coordinates: lines };
}

/**
 * A country outline with longitudes in range: polygons the map unwrapped onto a neighbouring
 * world copy are shifted back. Null when a polygon straddles 180° (it would need cutting).
 */
function toRfc7946Polygon(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const shifted: Position[][][] = [];
  for (const polygon of polygons) {
    const lons = polygon.flat().map(([lon = 0]) => lon);
    const shift = -360 * Math.floor((Math.min(...lons) + 180) / 360);
    if (Math.max(...lons) + shift > 180) return null;
    shifted.push(
      polygon.map((ring) => ring.map(([lon = 0, lat = 0]) => roundPosition([lon + shift, lat]))),
    );
  }
  return shifted.length === 1
    ? { type: 'Polygon', coordinates: shifted[0]! }
    : { type: 'MultiPolygon', coordinates: shifted };
}

/** Unique URLs of the sources with these ids, in order. */
function sourceUrls(data: Dataset, ids: Iterable<string>): string[] {
  return [...new Set(sourcesById(data, [...new Set(ids)]).map((source) => source.url))];
}

/**
 * Source ids behind a tie: its relations (when asked) and the missions in `hosts`, through the
 * events and statements `tieOn` says they rest on.
 */
function tieSourceIds(
  data: Dataset,
  tie: Tie,
  { relations, hosts }: { relations: boolean; hosts: readonly string[] },
): string[] {
  const events = new Map(data.events.map((event) => [event.id, event]));
  const statements = new Map(data.ties.map((statement) => [statement.id, statement]));
  const missions = hosts.flatMap((host) => (tie.embassies[host] ? [tie.embassies[host]] : []));
  const eventIds = [
    ...(relations ? tie.relations.eventIds : []),
    ...missions.flatMap((mission) => [...mission.eventIds, ...mission.recallEventIds]),
  ];
  const statementIds = [
    ...(relations ? tie.relations.statementIds : []),
    ...missions.flatMap((mission) => mission.statementIds),
  ];
  return [
    ...eventIds.flatMap((id) => events.get(id)?.sources ?? []),
    ...statementIds.flatMap((id) => statements.get(id)?.sources ?? []),
  ];
}

function accordsFeatures(
  data: Dataset,
  view: ExportView,
  countries: VisibleLayersOptions['countries'],
): ExportFeature[] {
  const events = new Map(data.events.map((event) => [event.id, event]));
  return DATASET_ISO3.flatMap((iso3): ExportFeature[] => {
    const country = getCountry(data, iso3);
    if (!country) return [];
    const accords = accordsStatusOn(data, iso3, view.date);
    const outline = countries?.features.find((f) => f.properties?.iso3 === iso3)?.geometry;
    const polygon = outline ? toRfc7946Polygon(outline) : null;
    const style = STATUS_STYLE[accords.status];
    return [
      {
        type: 'Feature',
        id: `accords:${iso3}`,
        properties: {
          layer: 'accords',
          iso3,
          name: countryName(data, iso3, view.lang),
          status: accords.status,
          implemented: style.implemented,
          since: accords.since,
          color: style.fill,
          capital: country.capital.name[view.lang],
          sources: sourceUrls(
            data,
            accords.eventIds.flatMap((id) => events.get(id)?.sources ?? []),
          ),
          capitalSources: sourceUrls(data, country.capital.sources),
          geometry: polygon ? 'outline' : 'capital',
        },
        geometry: polygon ?? {
          type: 'Point',
          coordinates: roundPosition([country.capital.lon, country.capital.lat]),
        },
      },
    ];
  });
}

function tieFeatures(data: Dataset, view: ExportView): ExportFeature[] {
  return tieArcs(data, view.date, { country: view.country, pair: view.pair }).features.map(
    (arc) => {
      const [a = '', b = ''] = arc.properties.pair.split('~');
      const tie = tieOn(data, a, b, view.date);
      return {
        type: 'Feature',
        id: `ties:${arc.properties.pair}`,
        properties: {
          layer: 'ties',
          pair: arc.properties.pair,
          a,
          b,
          level: arc.properties.level,
          relations: tie.relations.status,
          selected: arc.properties.selected,
          sources: sourceUrls(data, tieSourceIds(data, tie, { relations: true, hosts: tie.pair })),
        },
        geometry: toRfc7946Line(arc.geometry.coordinates),
      };
    },
  );
}

function mineralFeatures(data: Dataset, view: ExportView): ExportFeature[] {
  return mineralsGeoJson(data, view.date).features.map(({ geometry, properties: project }) => ({
    type: 'Feature',
    id: `minerals:${project.id}`,
    properties: {
      layer: 'minerals',
      id: project.id,
      name: project.name,
      country: project.country,
      minerals: project.minerals,
      symbol: project.symbol,
      stage: project.stage,
      stageNote: project.stageNote,
      confidence: project.confidence,
      sources: sourceUrls(data, project.sourceIds),
      locationSources: sourceUrls(data, project.locationSourceIds),
    },
    geometry: { type: 'Point', coordinates: roundPosition(geometry.coordinates) },
  }));
}

function embassyFeatures(data: Dataset, view: ExportView): ExportFeature[] {
  return embassyPoints(data, view.date).features.map((point) => {
    const { host } = point.properties;
    const senders = point.properties.senders.split(', ');
    const ids = senders.flatMap((sender) =>
      tieSourceIds(data, tieOn(data, host, sender, view.date), { relations: false, hosts: [host] }),
    );
    return {
      type: 'Feature',
      id: `embassies:${host}`,
      properties: {
        layer: 'embassies',
        host,
        senders,
        count: point.properties.count,
        sources: sourceUrls(data, ids),
      },
      geometry: { type: 'Point', coordinates: roundPosition(point.geometry.coordinates) },
    };
  });
}

function isDataLayer(layer: LayerId): layer is DataLayer {
  return (DATA_LAYERS as readonly string[]).includes(layer);
}

/**
 * The view's visible data layers as one FeatureCollection: Accords status per dataset country
 * (at its capital, or on its outline when `countries` is given), tie arcs, minerals projects and
 * resident-embassy points. Each feature has `properties.layer` and `properties.sources` (URLs);
 * `metadata` says what the file is, and what it leaves out.
 */
export function visibleLayersGeoJson(
  data: Dataset,
  view: ExportView,
  { url, t, countries }: VisibleLayersOptions,
): VisibleLayersGeoJson {
  const builders: Record<DataLayer, () => ExportFeature[]> = {
    accords: () => accordsFeatures(data, view, countries),
    ties: () => tieFeatures(data, view),
    minerals: () => mineralFeatures(data, view),
    embassies: () => embassyFeatures(data, view),
  };
  const features: ExportFeature[] = [];
  const counts: Partial<Record<DataLayer, number>> = {};
  const notes: string[] = [];
  for (const layer of view.layers) {
    if (!isDataLayer(layer)) {
      notes.push(NOT_EXPORTED[layer]);
      continue;
    }
    const layerFeatures = builders[layer]();
    counts[layer] = layerFeatures.length;
    features.push(...layerFeatures);
  }
  if (view.layers.includes('accords')) {
    const outlines = features.some(
      (f) => f.properties.layer === 'accords' && f.properties.geometry === 'outline',
    );
    notes.push(
      outlines
        ? 'Accords status is given on each country’s Natural Earth outline (properties.geometry = "outline"); countries without a usable outline are points at their capital.'
        : 'Accords status is given as properties of one point per country, at its capital; country outlines are not repeated here (they are Natural Earth’s, see attribution).',
    );
  }
  if (view.layers.includes('ties')) {
    notes.push(
      'Tie arcs are great circles between capitals; ties the sources do not describe are left out, as on the map.',
    );
  }
  return {
    type: 'FeatureCollection',
    metadata: {
      title: viewTitle(data, view, t),
      datasetVersion: data.meta.version,
      asOf: data.meta.asOf,
      date: view.date,
      url,
      layers: [...view.layers],
      counts,
      sources: 'see properties.sources',
      notes,
      attribution: `Dataset: Accords Atlas (${url}). Borders on the map: ${NATURAL_EARTH}`,
    },
    features,
  };
}
