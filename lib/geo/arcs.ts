import { greatCircle } from '@turf/great-circle';
import type { Feature, LineString, Position } from 'geojson';
import { unwrapRing } from './antimeridian';

/** Points per arc: smooth at the zooms we show, small enough to rebuild on every date change. */
const ARC_POINTS = 64;

/**
 * The great-circle arc between two [lon, lat] points as ONE continuous line. turf splits arcs that
 * cross the antimeridian into a MultiLineString; MapLibre would then draw two pieces at opposite
 * ends of the map, so the pieces are joined and their longitudes unwrapped instead.
 */
export function greatCircleArc<P extends Record<string, unknown>>(
  from: Position,
  to: Position,
  properties: P,
): Feature<LineString, P> {
  const arc = greatCircle(from, to, { npoints: ARC_POINTS });
  const coordinates =
    arc.geometry.type === 'LineString' ? arc.geometry.coordinates : arc.geometry.coordinates.flat();
  return {
    type: 'Feature',
    properties,
    geometry: { type: 'LineString', coordinates: unwrapRing(coordinates) },
  };
}
