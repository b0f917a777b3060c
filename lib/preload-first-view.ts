import { preload } from 'react-dom';
import { FIRST_VIEW_FONTS } from './fonts';
import { GEOMETRY_URL } from './map-config';
import type { Lang } from './search-params';

/**
 * Starts, while the HTML is parsed, the downloads the first view waits for that nothing in the
 * HTML names: the geometry, which the map asks for only after hydration (the map's `fetch`
 * matches: CORS mode, same-origin credentials), and the font files its text and labels are drawn
 * in, which the browser would find only once the CSS is applied (lib/fonts.ts).
 */
export function preloadFirstView(lang: Lang): void {
  preload(GEOMETRY_URL, { as: 'fetch', crossOrigin: 'anonymous' });
  preloadFonts(lang);
}

/** The font files a page's text in `lang` is set in: the dashboard's, and pages without a map. */
export function preloadFonts(lang: Lang): void {
  for (const { url } of FIRST_VIEW_FONTS[lang]) {
    preload(url, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  }
}
