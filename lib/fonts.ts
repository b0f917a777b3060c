import notoSans from '@fontsource/noto-sans/unicode.json';
import type { FontFacesSpecification } from 'maplibre-gl';
import { LABEL_FONT } from './map-style';
import type { Lang } from './search-params';

/** The unicode ranges @fontsource declares for the Latin and Cyrillic subsets, at every weight. */
const LATIN = notoSans.latin.split(',');
const CYRILLIC = notoSans.cyrillic.split(',');

/**
 * The Noto Sans subsets from @fontsource that the map's labels and the page's preloads use. Each
 * `url` is the file's `new URL(…, import.meta.url)`: the build emits it under /_next/static/media/
 * with its content hash in the name, served as immutable (a year in any cache), and gives the
 * same file for the same source in the interface's CSS (app/globals.css imports @fontsource's),
 * so a view downloads each file once, whether its labels or its panels draw it. (Under Node, as
 * in the tests, the URL is a file URL next to this module: see tests/unit/fonts.test.ts.)
 *
 * The map's label fonts are named in the style's `font-faces` (lib/map-style.ts).
 * MapLibre downloads a file only when it draws a character in its `unicodeRange` (for Noto Sans,
 * the ranges @fontsource declares for the subset). Cyrillic Extended carries the Kazakh, Kyrgyz
 * and Tajik letters (Ә Ғ Қ Ң Ө Ү Һ Ҷ…) that the basic Cyrillic subset lacks.
 */
export interface FontFile {
  url: string;
  unicodeRange: readonly string[];
}

/** A face: its file (a literal `new URL`, for the bundler to find) and the characters it draws. */
function face(file: URL, unicodeRange: readonly string[]): FontFile {
  return { url: file.href, unicodeRange };
}

const LATIN_400 = face(
  new URL('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2', import.meta.url),
  LATIN,
);
const CYRILLIC_400 = face(
  new URL('@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2', import.meta.url),
  CYRILLIC,
);
/** The interface's semibold headings: files the map does not draw. */
const LATIN_600 = face(
  new URL('@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2', import.meta.url),
  LATIN,
);
const CYRILLIC_600 = face(
  new URL('@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2', import.meta.url),
  CYRILLIC,
);

export const MAP_FONT_FILES: readonly FontFile[] = [
  LATIN_400,
  CYRILLIC_400,
  face(
    new URL('@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2', import.meta.url),
    notoSans['cyrillic-ext'].split(','),
  ),
  // Hebrew and Arabic: their own blocks only. The punctuation their subsets also declare is
  // Latin's, which would otherwise make MapLibre fetch them for every dash.
  face(
    new URL(
      '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff2',
      import.meta.url,
    ),
    ['U+0590-05FF', 'U+FB1D-FB4F'],
  ),
  face(
    new URL(
      '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2',
      import.meta.url,
    ),
    ['U+0600-06FF', 'U+0750-077F', 'U+FB50-FDFF', 'U+FE70-FEFC'],
  ),
];

/**
 * The style's `font-faces` (lib/map-style.ts baseStyle): the label font, one face per subset.
 * Kept here, with the build's URLs, so that code that only reads the style's constants (tests
 * under Node, the e2e specs) need not evaluate `import.meta`.
 */
export const MAP_FONT_FACES: FontFacesSpecification = {
  [LABEL_FONT]: MAP_FONT_FILES.map(({ url, unicodeRange }) => ({
    url,
    'unicode-range': [...unicodeRange],
  })),
};

/**
 * The files a first view's text and labels are drawn in, by language: the page preloads them
 * (lib/preload-first-view.ts), so the browser has them before its first layout. Found by the CSS
 * alone, they arrived after the first paint, and the text was laid out and shaped again in them,
 * moving it (layout shifts).
 */
export const FIRST_VIEW_FONTS: Record<Lang, readonly FontFile[]> = {
  en: [LATIN_400, LATIN_600],
  // Russian text has Latin digits and punctuation too.
  ru: [LATIN_400, LATIN_600, CYRILLIC_400, CYRILLIC_600],
};
