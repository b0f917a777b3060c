import notoSans from '@fontsource/noto-sans/unicode.json';

/**
 * The map's label fonts: Noto Sans subsets from @fontsource, copied into public/fonts by
 * scripts/copy-fonts.ts and named in the style's `font-faces` (lib/map-style.ts).
 * MapLibre downloads a file only when it draws a character in its `unicodeRange` (for Noto Sans,
 * the ranges @fontsource declares for the subset). Cyrillic Extended carries the Kazakh, Kyrgyz and Tajik
 * letters (Ә Ғ Қ Ң Ө Ү Һ Ҷ…) that the basic Cyrillic subset lacks.
 */
interface MapFontFile {
  file: string;
  source: string;
  unicodeRange: readonly string[];
}

/** Latin: every view draws it (digits, Latin names), so the page preloads it (lib/preload-map.ts). */
export const LATIN_MAP_FONT: MapFontFile = {
  file: 'noto-sans-latin-400.woff2',
  source: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2',
  unicodeRange: notoSans.latin.split(','),
};

export const MAP_FONT_FILES: readonly MapFontFile[] = [
  LATIN_MAP_FONT,
  {
    file: 'noto-sans-cyrillic-400.woff2',
    source: '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2',
    unicodeRange: notoSans.cyrillic.split(','),
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

/** Path the app serves a label font at. */
export function mapFontUrl(file: string): string {
  return `/fonts/${file}`;
}
