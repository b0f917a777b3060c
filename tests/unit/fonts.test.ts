/**
 * The shipped font subsets draw what the app writes: Kazakh, Kyrgyz and Tajik letters included,
 * on the map (style font-faces) and on the link-preview card (satori). Glyph coverage is read from
 * the font files themselves (their cmap tables, through fontkit).
 */
import { readFileSync } from 'node:fs';
import { openSync, type Font } from 'fontkit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/og/route';
import { loadDataset } from '@/lib/data/load';
import { linkScope } from '@/lib/search-params';
import { diagnoseLink } from '@/lib/link-diagnosis';
import { FIRST_VIEW_FONTS, MAP_FONT_FILES } from '@/lib/fonts';
import { ogCardContent } from '@/lib/og/card';
import { isOgCovered, OG_FONT_FILES, ogCoveredCharacters } from '@/lib/og/fonts';

const data = loadDataset();
/** Every letter Kazakh adds to the Russian alphabet, both cases. */
const KAZAKH = 'ӘәҒғҚқҢңӨөҰұҮүҺһІі';

/** A font file's name, from its URL (hashed in the build; here, under Node, the plain name). */
function basename(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1);
}

/**
 * The @fontsource file a `lib/fonts.ts` URL names. Under Node, `new URL('@fontsource/…',
 * import.meta.url)` is a file URL beside lib/fonts.ts, `…/lib/@fontsource/…`.
 */
function sourceOf(url: string): string {
  return `node_modules/${new URL(url).pathname.split('/lib/').at(-1)}`;
}

function open(path: string): Font {
  return openSync(path) as Font;
}

function cardText(query: string): string[] {
  const content = ogCardContent(
    data,
    diagnoseLink(new URLSearchParams(query), linkScope(data)).view,
  );
  return [
    content.brand,
    content.subject,
    content.native?.text ?? '',
    content.heading,
    ...content.lines.flatMap((line) => [line.text, line.detail ?? '']),
    content.date,
    content.asOf,
  ];
}

describe('link-preview card fonts', () => {
  const fonts = OG_FONT_FILES.map((f) => ({ ...f, font: open(f.file) }));
  const drawn = (char: string) =>
    fonts.some(({ font }) => font.hasGlyphForCodePoint(char.codePointAt(0)!));

  it('the Kazakhstan card in Russian names the country in Kazakh, with no "?"', () => {
    const text = cardText('country=KAZ&lang=ru');
    expect(text).toContain('Қазақстан');
    expect(text.join('\n')).not.toContain('?');
  });

  it('every character of the native-language names on the cards has a glyph in a shipped file', () => {
    const missing = [...new Set(Array.from(KAZAKH + cardText('country=KAZ&lang=ru').join('')))]
      .filter((char) => char.trim() !== '')
      .filter((char) => !drawn(char));
    expect(missing).toEqual([]);
    for (const iso3 of ['KGZ', 'TJK', 'TKM', 'UZB']) {
      const native = ogCardContent(
        data,
        diagnoseLink(new URLSearchParams(`country=${iso3}`), linkScope(data)).view,
      ).native?.text;
      expect(native, iso3).toBeDefined();
      expect(
        Array.from(native!).filter((char) => !drawn(char)),
        iso3,
      ).toEqual([]);
    }
  });

  it('leaves out right-to-left native names, which satori cannot shape', () => {
    expect(cardText('country=ISR').join('')).not.toMatch(/[\u0590-\u05ff]/);
    expect(cardText('country=MAR').join('')).not.toMatch(/[\u0600-\u06ff]/);
  });

  it('the coverage list matches the files, at both weights', () => {
    const invisible = new Set([0x0, 0xd, 0x200b, 0xfeff, 0xffff]);
    const expected = new Set<number>();
    for (const { file, font } of fonts) {
      for (const code of font.characterSet) {
        const mark = /\p{M}/u.test(String.fromCodePoint(code)) && file.includes('cyrillic-ext');
        if (!invisible.has(code) && !mark) expected.add(code);
      }
    }
    const listed = new Set(Array.from(ogCoveredCharacters(), (c) => c.codePointAt(0)!));
    expect([...listed].filter((c) => !expected.has(c)).map((c) => c.toString(16))).toEqual([]);
    expect([...expected].filter((c) => !listed.has(c)).map((c) => c.toString(16))).toEqual([]);
    for (const char of KAZAKH) expect(isOgCovered(char), char).toBe(true);
  });

  describe('GET /og for Kazakhstan in Russian', () => {
    const fetched: string[] = [];
    beforeEach(() => {
      fetched.length = 0;
      // Satori fetches a Google font for any glyph the given fonts lack: none may be fetched.
      const realFetch = globalThis.fetch;
      vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        // Satori loads its own WebAssembly from a data: URL.
        if (url.startsWith('data:')) return realFetch(input, init);
        fetched.push(url);
        return Promise.reject(new Error('no network in tests'));
      });
    });
    afterEach(() => vi.restoreAllMocks());

    it('draws the card from the shipped fonts alone', async () => {
      const response = await GET(new Request('http://localhost/og?country=KAZ&lang=ru'));
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
      expect(fetched).toEqual([]);
    });
  });
});

describe('map label fonts', () => {
  const faces = MAP_FONT_FILES.map((face) => ({
    ...face,
    font: open(sourceOf(face.url)),
    ranges: face.unicodeRange.map((range) => {
      const [from = '', to = from] = range.replace('U+', '').split('-');
      return [parseInt(from, 16), parseInt(to, 16)] as const;
    }),
  }));

  /** A face MapLibre would pick for the character (by unicode-range) that also has its glyph. */
  const faceFor = (char: string) => {
    const code = char.codePointAt(0)!;
    return faces.find(
      ({ ranges, font }) =>
        ranges.some(([from, to]) => code >= from && code <= to) && font.hasGlyphForCodePoint(code),
    );
  };

  it('draws the Kazakh letters', () => {
    expect(Array.from(KAZAKH).filter((char) => !faceFor(char))).toEqual([]);
  });

  it('draws every label the map writes, in both languages, and every native name', () => {
    const texts = data.countries.flatMap((c) => [
      c.names.en,
      c.names.ru,
      c.names.short?.en ?? '',
      c.names.short?.ru ?? '',
      c.names.native?.text ?? '',
    ]);
    const chars = [...new Set(Array.from(texts.join('')))].filter((char) => char.trim() !== '');
    expect(chars.filter((char) => !faceFor(char))).toEqual([]);
  });
});

describe("interface fonts, the map's files", () => {
  /** The @font-face rules of the @fontsource style sheets app/globals.css imports. */
  const imported = [
    ...readFileSync('app/globals.css', 'utf8').matchAll(/@import '(@fontsource\/[^']+)';/g),
  ];
  const rules = imported.flatMap(([, sheet]) => {
    const css = readFileSync(`node_modules/${sheet}`, 'utf8');
    return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => ({
      sheet: sheet!,
      file: /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body!)?.[1],
      range: /unicode-range:\s*([^;]+);/.exec(body!)?.[1]?.split(/,\s*/),
    }));
  });

  it('finds the style sheets and their faces', () => {
    expect(imported.length).toBeGreaterThanOrEqual(2);
    expect(rules.length).toBeGreaterThan(10);
  });

  it("preloads only files the interface's rules use, with the rules' ranges, so no preload goes unused", () => {
    for (const [lang, files] of Object.entries(FIRST_VIEW_FONTS)) {
      expect(files.length, lang).toBeGreaterThan(0);
      for (const { url, unicodeRange } of files) {
        const rule = rules.find(({ file }) => file === basename(url));
        expect(rule, `${lang}: ${url}`).toBeDefined();
        expect(rule!.range, url).toEqual(unicodeRange);
      }
    }
  });

  it("draws the interface's Latin and Cyrillic text in the map's label files, with the same ranges", () => {
    // The interface's faces for these subsets are the map's files: the build emits one copy.
    for (const subset of ['latin', 'cyrillic', 'cyrillic-ext']) {
      const file = `noto-sans-${subset}-400-normal.woff2`;
      const face = MAP_FONT_FILES.find(({ url }) => basename(url) === file);
      const rule = rules.find((r) => r.file === file);
      expect(face, file).toBeDefined();
      expect(rule, file).toBeDefined();
      expect(face!.unicodeRange, file).toEqual(rule!.range);
    }
  });
});
