import { preload } from 'react-dom';
import { FIRST_VIEW_FONTS } from './fonts';
import { GEOMETRY_URLS } from './map-config';
import type { Lang } from './search-params';

/**
 * Starts, while the HTML is parsed, the downloads the first view waits for that nothing in the
 * HTML names: the countries and borders of the view's worldview (Western Sahara `merged` into
 * Morocco or not), which MapLibre's worker asks for only after hydration and then finds in the
 * browser's cache (immutable files), and the font files its text and labels are drawn in, which
 * the browser would find only once the CSS is applied (lib/fonts.ts).
 */
export function preloadFirstView(lang: Lang, merged: boolean): void {
  for (const url of Object.values(GEOMETRY_URLS[merged ? 'merged' : 'apart'])) {
    preload(url, { as: 'fetch', crossOrigin: 'anonymous' });
  }
  preloadFonts(lang);
}

/** The font files a page's text in `lang` is set in: the dashboard's, and pages without a map. */
export function preloadFonts(lang: Lang): void {
  for (const { url } of FIRST_VIEW_FONTS[lang]) {
    preload(url, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  }
}
