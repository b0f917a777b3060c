import { preload } from 'react-dom';
import { LATIN_MAP_FONT, mapFontUrl } from './map-fonts';
import { GEOMETRY_URL } from './map-config';

/**
 * Starts the geometry download while the HTML is parsed, instead of after hydration when the map
 * asks for it (the map's `fetch` matches: CORS mode, same-origin credentials), and the Latin label
 * font every view draws (digits and Latin names), which MapLibre would otherwise request only
 * once its worker has laid out the first labels.
 */
export function preloadMapData(): void {
  preload(GEOMETRY_URL, { as: 'fetch', crossOrigin: 'anonymous' });
  preload(mapFontUrl(LATIN_MAP_FONT.file), {
    as: 'font',
    type: 'font/woff2',
    crossOrigin: 'anonymous',
  });
}
