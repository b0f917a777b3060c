import { preload } from 'react-dom';
import { GEOMETRY_URL } from './map-config';

/**
 * Starts the geometry download while the HTML is parsed, instead of after hydration when the map
 * asks for it (the map's `fetch` matches: CORS mode, same-origin credentials).
 */
export function preloadMapData(): void {
  preload(GEOMETRY_URL, { as: 'fetch', crossOrigin: 'anonymous' });
}
