/** The map camera as links carry it: `map=zoom/lat/lon` (docs/links.md). */
export interface Camera {
  zoom: number;
  latitude: number;
  longitude: number;
}

export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 10;
/** Web Mercator cannot show the poles; MapLibre clamps latitude to this. */
const MAX_LATITUDE = 85.051129;

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Rounds like the canonical link: zoom to 2 decimals, lat/lon to 4 (about 11 m); longitude is
 * wrapped after rounding so 179.99996 becomes -180, not 180.
 */
export function roundCamera(camera: Camera): Camera {
  // `|| 0` turns -0 into 0 so "-0" never reaches a link.
  const round = (value: number, digits: number) => Number(value.toFixed(digits)) || 0;
  return {
    zoom: round(camera.zoom, 2),
    latitude: round(camera.latitude, 4),
    // Round again: the wrap's modulo can leave floating-point noise (12.3456000000001).
    longitude: round(wrapLongitude(round(camera.longitude, 4)), 4),
  };
}

/** Brings any longitude into [-180, 180). */
export function wrapLongitude(longitude: number): number {
  return ((((longitude + 180) % 360) + 360) % 360) - 180;
}

/**
 * Parses `zoom/lat/lon`. Out-of-range zoom and latitude make the value invalid (null) rather than
 * silently moving the camera somewhere the author did not mean; longitude is wrapped, since every
 * longitude names a real place. Note the order: the URL says lat/lon, GeoJSON says [lon, lat].
 */
export function parseCamera(value: string): Camera | null {
  const parts = value.split('/');
  if (parts.length !== 3 || !parts.every((part) => NUMBER.test(part))) return null;
  const [zoom, latitude, longitude] = parts.map(Number) as [number, number, number];
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) return null;
  if (Math.abs(latitude) > MAX_LATITUDE) return null;
  return roundCamera({ zoom, latitude, longitude });
}

/** Writes the canonical `zoom/lat/lon`, trimming trailing zeros. */
export function formatCamera(camera: Camera): string {
  const { zoom, latitude, longitude } = roundCamera(camera);
  return `${zoom}/${latitude}/${longitude}`;
}

export function camerasEqual(a: Camera | null, b: Camera | null): boolean {
  if (a === null || b === null) return a === b;
  return formatCamera(a) === formatCamera(b);
}
