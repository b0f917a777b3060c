import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centroid } from '@turf/centroid';
import { polygon } from '@turf/helpers';
import { pointOnFeature } from '@turf/point-on-feature';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * One label anchor per country, so a name is not repeated on every island: the centroid of the
 * largest part, or a point guaranteed on that part when the centroid falls outside it
 * (crescent-shaped countries). Returns [lon, lat].
 */
export function labelPoint(geometry: Polygon | MultiPolygon): Position {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = parts
    .map((rings) => polygon(rings))
    .reduce((best, part) => (area(part) > area(best) ? part : best));
  const center = centroid(largest);
  const anchor = booleanPointInPolygon(center, largest) ? center : pointOnFeature(largest);
  return anchor.geometry.coordinates;
}
