/**
 * The GeoJSON files the map draws its base from, made at build time from the countries' topology
 * (scripts/build-geo.ts). The browser gives their addresses to MapLibre, whose worker downloads and
 * parses them: nothing is decoded on the page's main thread, and the page ships no TopoJSON
 * decoder. One file per source and worldview (lib/worldview.ts): a worldview that moves Western
 * Sahara swaps two files, as rare as that switch is.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point } from 'geojson';
import {
  type CountriesTopology,
  decodeGeometry,
  type DecodedGeometry,
  groupOutline,
  type LabelProperties,
} from './topology';
import { worldviewGeometry } from './worldview';

/**
 * Decimals kept of each coordinate. The topology's grid steps are 0.0072° by 0.0035°, so a
 * thousandth of a degree (at most 0.0005° off, ~55 m) moves no point by more than a sixth of a
 * step, and the files are about half the size of full doubles.
 */
export const COORDINATE_DECIMALS = 3;

export interface MapGeometry {
  /** Countries and land borders, with Western Sahara apart from Morocco (the UN's listing). */
  apart: { countries: DecodedGeometry['countries']; borders: Feature<MultiLineString> };
  /** The same with Western Sahara merged into Morocco. */
  merged: { countries: DecodedGeometry['countries']; borders: Feature<MultiLineString> };
  /** One label anchor per dataset country. */
  labels: FeatureCollection<Point, LabelProperties>;
  /** The C5's outline, its shared borders dissolved, and its label point (the first member's). */
  c5: FeatureCollection<MultiPolygon | Point>;
}

function c5Outline(
  topology: CountriesTopology,
  labels: DecodedGeometry['labels'],
  members: readonly string[],
): MapGeometry['c5'] {
  const anchor = labels.features.find((f) => f.properties.iso3 === members[0]);
  if (members.length === 0 || !anchor) {
    throw new Error(`No label point for the C5's first member (${members.join(', ') || 'none'})`);
  }
  return {
    type: 'FeatureCollection',
    features: [
      { ...groupOutline(topology, members), properties: {} },
      { type: 'Feature', properties: {}, geometry: anchor.geometry },
    ],
  };
}

export function buildMapGeometry(
  topology: CountriesTopology,
  c5Members: readonly string[],
): MapGeometry {
  const decoded = decodeGeometry(topology);
  const worldview = (merged: boolean) => {
    const { countries, borders } = worldviewGeometry(topology, decoded, merged);
    return { countries, borders };
  };
  return {
    apart: worldview(false),
    merged: worldview(true),
    labels: decoded.labels,
    c5: c5Outline(topology, decoded.labels, c5Members),
  };
}

/** JSON with every coordinate rounded to COORDINATE_DECIMALS (ids and codes are unchanged). */
export function geometryJson(value: unknown): string {
  const scale = 10 ** COORDINATE_DECIMALS;
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * scale) / scale : v,
  );
}
