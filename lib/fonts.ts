import notoSans from '@fontsource/noto-sans/unicode.json';
import type { Lang } from './search-params';

/** The unicode ranges @fontsource declares for the Latin and Cyrillic subsets, at every weight. */
const LATIN = notoSans.latin.split(',');
const CYRILLIC = notoSans.cyrillic.split(',');

/**
 * The fonts the app serves itself from /fonts/: Noto Sans subsets from @fontsource, copied into
 * public/fonts by scripts/copy-fonts.ts. The interface's text uses the Latin and Cyrillic files
 * too (app/globals.css), so a view downloads each once, whether its labels or its panels draw it.
 *
 * The map's label fonts are named in the style's `font-faces` (lib/map-style.ts).
 * MapLibre downloads a file only when it draws a character in its `unicodeRange` (for Noto Sans,
 * the ranges @fontsource declares for the subset). Cyrillic Extended carries the Kazakh, Kyrgyz and Tajik
 * letters (Ә Ғ Қ Ң Ө Ү Һ Ҷ…) that the basic Cyrillic subset lacks.
 */
interface FontFile {
  file: string;
  source: string;
  unicodeRange: readonly string[];
}

export const MAP_FONT_FILES: readonly FontFile[] = [
  {
    file: 'noto-sans-latin-400.woff2',
    source: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2',
    unicodeRange: LATIN,
  },
  {
    file: 'noto-sans-cyrillic-400.woff2',
    source: '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2',
    unicodeRange: CYRILLIC,
  },
  {
    file: 'noto-sans-cyrillic-ext-400.woff2',
    source: '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2',
    unicodeRange: notoSans['cyrillic-ext'].split(','),
  },
  // Hebrew and Arabic: their own blocks only. The punctuation their subsets also declare is
  // Latin's, which would otherwise make MapLibre fetch them for every dash.
  {
    file: 'noto-sans-hebrew-400.woff2',
    source: '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff2',
    unicodeRange: ['U+0590-05FF', 'U+FB1D-FB4F'],
  },
  {
    file: 'noto-sans-arabic-400.woff2',
    source: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2',
    unicodeRange: ['U+0600-06FF', 'U+0750-077F', 'U+FB50-FDFF', 'U+FE70-FEFC'],
  },
];

/** The interface's semibold headings: files the map does not draw. */
const UI_ONLY_FONT_FILES: readonly FontFile[] = [
  {
    file: 'noto-sans-latin-600.woff2',
    source: '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2',
    unicodeRange: LATIN,
  },
  {
    file: 'noto-sans-cyrillic-600.woff2',
    source: '@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2',
    unicodeRange: CYRILLIC,
  },
];

/** Every file served from /fonts/. */
export const SERVED_FONT_FILES: readonly FontFile[] = [...MAP_FONT_FILES, ...UI_ONLY_FONT_FILES];

/**
 * The files a first view's text and labels are drawn in, by language: the page preloads them
 * (lib/preload-first-view.ts), so the browser has them before its first layout. Found by the CSS alone,
 * they arrived after the first paint, and the text was laid out and shaped again in them, moving
 * it (layout shifts).
 */
export const FIRST_VIEW_FONTS: Record<Lang, readonly string[]> = {
  en: ['noto-sans-latin-400.woff2', 'noto-sans-latin-600.woff2'],
  // Russian text has Latin digits and punctuation too.
  ru: [
    'noto-sans-latin-400.woff2',
    'noto-sans-latin-600.woff2',
    'noto-sans-cyrillic-400.woff2',
    'noto-sans-cyrillic-600.woff2',
  ],
};

/** Path the app serves a font file at. */
export function fontUrl(file: string): string {
  return `/fonts/${file}`;
}
