import { area } from '@turf/area';
import { bbox } from '@turf/bbox';
import { polygon } from '@turf/helpers';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Bounds } from '../map-config';

/** Parts smaller than this share of the largest part are left out of the frame (Hawaii, Aleutians). */
const MIN_PART_SHARE = 0.01;

/**
 * The box to frame a country by: its main parts only, so the US frame is the contiguous states and
 * Alaska rather than a band around the whole globe. Rounded to 0.01°.
 */
export function countryBounds(geometry: Polygon | MultiPolygon): Bounds {
  const parts = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map(
    (rings) => polygon(rings),
  );
  const largest = Math.max(...parts.map((part) => area(part)));
  const main = parts.filter((part) => area(part) >= largest * MIN_PART_SHARE);
  const boxes = main.map((part) => bbox(part));
  const round = (value: number) => Math.round(value * 100) / 100;
  return [
    round(Math.min(...boxes.map((b) => b[0]))),
    round(Math.min(...boxes.map((b) => b[1]))),
    round(Math.max(...boxes.map((b) => b[2]))),
    round(Math.max(...boxes.map((b) => b[3]))),
  ];
}

/** The smallest box holding all the given boxes. */
export function unionBounds(boxes: readonly Bounds[]): Bounds {
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}
