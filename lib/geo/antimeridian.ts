import type { Geometry, Position } from 'geojson';

/**
 * Natural Earth cuts rings that cross the antimeridian (Russia's Chukotka, Fiji), so a ring's
 * longitudes jump from 180 to -180 and MapLibre draws a band across the whole map. Unwrapping
 * the longitudes keeps each ring continuous (values may leave [-180, 180], which MapLibre draws
 * correctly on the neighbouring world copy).
 */
export function unwrapRing(ring: Position[]): Position[] {
  let shift = 0;
  let previous: number | undefined;
  return ring.map(([lon, lat, ...rest]) => {
    const raw = lon as number;
    if (previous !== undefined) {
      const delta = raw + shift - previous;
      if (delta > 180) shift -= 360;
      else if (delta < -180) shift += 360;
    }
    previous = raw + shift;
    return [previous, lat as number, ...rest];
  });
}

/** Unwraps every ring or line of a (multi)polygon or (multi)line geometry; other types pass through. */
export function unwrapGeometry<G extends Geometry>(geometry: G): G {
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiLineString':
      return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map((poly) => poly.map(unwrapRing)) };
    case 'LineString':
      return { ...geometry, coordinates: unwrapRing(geometry.coordinates) };
    default:
      return geometry;
  }
}
