/**
 * Fonts for the Open Graph image, shipped with the app: Noto Sans from @fontsource, read from
 * node_modules at request time (satori reads ttf, otf and woff, not woff2) and kept in memory.
 *
 * Satori (inside `next/og`) fetches a Google font for any character none of the given fonts
 * covers, and an emoji image from a CDN. The app must make no request to another host, so every
 * text drawn goes through `toOgText`, which keeps only characters these files cover.
 */
import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Family names used in the image's styles; one per subset, so satori falls back between them. */
export const OG_FONT_FAMILY = {
  latin: 'Noto Sans',
  cyrillic: 'Noto Sans Cyrillic',
  /** Kazakh, Kyrgyz and Tajik letters (Қ Ә Ғ Ң Ө Ү Һ Ҷ…), missing from the Cyrillic subset. */
  cyrillicExt: 'Noto Sans Cyrillic Ext',
} as const;

/** `font-family` for the image: Latin first, then Cyrillic, then Cyrillic Extended. */
export const OG_FONT_STACK = Object.values(OG_FONT_FAMILY).join(', ');

type OgFontWeight = 400 | 600;

/**
 * The files, from the project root (the server and Vitest run there). Hidden from Turbopack's
 * tracing, which would otherwise copy the whole project into the standalone build; next.config.js
 * lists exactly these six files for the route instead (`outputFileTracingIncludes`).
 */
export const OG_FONT_FILES: { name: string; weight: OgFontWeight; file: string }[] = [
  {
    name: OG_FONT_FAMILY.latin,
    weight: 400,
    file: path.join(
      /* turbopackIgnore: true */ process.cwd(),
      'node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
    ),
  },
  {
    name: OG_FONT_FAMILY.latin,
    weight: 600,
    file: path.join(
      /* turbopackIgnore: true */ process.cwd(),
      'node_modules/@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff',
    ),
  },
  {
    name: OG_FONT_FAMILY.cyrillic,
    weight: 400,
    file: path.join(
      /* turbopackIgnore: true */ process.cwd(),
      'node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff',
    ),
  },
  {
    name: OG_FONT_FAMILY.cyrillic,
    weight: 600,
    file: path.join(
      /* turbopackIgnore: true */ process.cwd(),
      'node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff',
    ),
  },
  {
    name: OG_FONT_FAMILY.cyrillicExt,
    weight: 400,
    file: path.join(
      /* turbopackIgnore: true */ process.cwd(),
      'node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff',
    ),
  },
  {
    name: OG_FONT_FAMILY.cyrillicExt,
    weight: 600,
    file: path.join(
      /* turbopackIgnore: true */ process.cwd(),
      'node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-ext-600-normal.woff',
    ),
  },
];

export interface OgFont {
  name: string;
  data: ArrayBuffer;
  weight: OgFontWeight;
  style: 'normal';
}

let cached: Promise<OgFont[]> | undefined;

/** The image's fonts, read once per server process. */
export function loadOgFonts(): Promise<OgFont[]> {
  cached ??= Promise.all(
    OG_FONT_FILES.map(async ({ name, weight, file }) => {
      const bytes = await readFile(file);
      const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      return { name, data: data as ArrayBuffer, weight, style: 'normal' as const };
    }),
  ).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

/**
 * Characters with a glyph in those files (read from their `cmap` tables; each subset has the same
 * set at 400 and 600; tests/unit/og-fonts.test.ts checks this list against the files). Narrower
 * than the subsets' declared unicode-range: most of General Punctuation, for instance, has no
 * glyph. Cyrillic Extended's combining marks are left out: satori looks for one font for a whole
 * grapheme cluster, so a mark on a base letter from another file would send it fetching a font.
 */
const COVERED_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x131, 0x131],
  [0x152, 0x153],
  [0x2bb, 0x2bc],
  [0x2c6, 0x2c6],
  [0x2da, 0x2da],
  [0x2dc, 0x2dc],
  [0x300, 0x301],
  [0x303, 0x304],
  [0x308, 0x309],
  [0x323, 0x323],
  [0x329, 0x329],
  [0x400, 0x482],
  [0x48a, 0x52f],
  [0x1c80, 0x1c88],
  [0x2002, 0x2002],
  [0x2009, 0x2009],
  [0x2013, 0x2014],
  [0x2018, 0x201a],
  [0x201c, 0x201e],
  [0x2022, 0x2022],
  [0x2026, 0x2026],
  [0x2032, 0x2033],
  [0x2039, 0x203a],
  [0x2044, 0x2044],
  [0x20ac, 0x20ac],
  [0x20b4, 0x20b4],
  [0x2116, 0x2116],
  [0x2122, 0x2122],
  [0x2212, 0x2212],
  [0xa640, 0xa66e],
  [0xa673, 0xa673],
  [0xa67e, 0xa69d],
  [0xfffd, 0xfffd],
];

/** Every character the image's fonts draw, for tests. */
export function ogCoveredCharacters(): string {
  return COVERED_RANGES.flatMap(([from, to]) =>
    Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)),
  ).join('');
}

/** True when the image's fonts draw this character. */
export function isOgCovered(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return COVERED_RANGES.some(([from, to]) => code >= from && code <= to);
}

/**
 * Text safe to draw: white space becomes a space and other characters the fonts lack become "?",
 * so drawing it never downloads a font or an emoji.
 */
export function toOgText(text: string): string {
  return Array.from(text, (char) => (isOgCovered(char) ? char : /\s/.test(char) ? ' ' : '?')).join(
    '',
  );
}
