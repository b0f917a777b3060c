import { parse } from '@retorquere/bibtex-parser';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  bibtexText,
  bibtexUrl,
  type Citation,
  citationKey,
  citationSource,
  citationTextValues,
  toBibtex,
  toCslItem,
  toCslJson,
  toRis,
} from '@/lib/citation';
import { loadDataset } from '@/lib/data/load';
import en from '@/lib/i18n/messages/en.json';
import ru from '@/lib/i18n/messages/ru.json';

const { meta } = loadDataset();

/**
 * Parses BibTeX as written, without the parser's Zotero-style sentence casing (the title's double
 * braces keep its capitals in BibTeX styles).
 */
const parseBibtex = (text: string) => parse(text, { sentenceCase: false });
const URL_KAZ = 'https://atlas.example.org/?country=KAZ';

function citationOf(fields: Partial<Citation> = {}): Citation {
  return {
    ...citationSource(meta, { country: 'KAZ', pair: null, date: meta.asOf }),
    title: 'Kazakhstan · Accords Atlas',
    publisher: 'Accords Atlas',
    asOf: meta.asOf,
    accessed: '2026-11-27',
    url: URL_KAZ,
    language: 'en',
    note: `Dataset version ${meta.version}; data as of 8 April 2026.`,
    ...fields,
  };
}

/** Occurrences of `part` in `text`. */
const count = (text: string, part: string) => text.split(part).length - 1;

describe('citationKey', () => {
  it('names the year and the country, pair or nothing, and the day only when it is not the as-of day', () => {
    const m = { publicationYear: 2026, asOf: '2026-04-08' };
    expect(citationKey(m, { country: 'KAZ', pair: null, date: '2026-04-08' })).toBe(
      'accords-atlas-2026-kaz',
    );
    expect(citationKey(m, { country: null, pair: ['ISR', 'KAZ'], date: '2020-09-15' })).toBe(
      'accords-atlas-2026-isr-kaz-2020-09-15',
    );
    expect(citationKey(m, { country: null, pair: null, date: '2026-04-08' })).toBe(
      'accords-atlas-2026',
    );
  });
});

describe('citationSource', () => {
  it('carries the dataset’s version and publication year', () => {
    expect(citationSource(meta, { country: null, pair: null, date: meta.asOf })).toEqual({
      key: `accords-atlas-${meta.publicationYear}`,
      version: meta.version,
      year: meta.publicationYear,
    });
  });
});

describe('formatted text (citation.text)', () => {
  it.each([
    ['en', en, '8 April 2026', '27 November 2026'],
    ['ru', ru, '8 апреля 2026 г.', '27 ноября 2026 г.'],
  ] as const)(
    'in %s names the title once, the version, year, dates and URL',
    (lang, messages, asOf, accessed) => {
      const t = createTranslator({ locale: lang, messages, namespace: 'citation' });
      const citation = citationOf({ language: lang });
      const text = t('text', citationTextValues(citation));
      expect(count(text, citation.title)).toBe(1);
      for (const part of [
        meta.version,
        String(meta.publicationYear),
        URL_KAZ,
        'Accords Atlas, 2026',
      ]) {
        expect(text).toContain(part);
      }
      expect(text.replace(/\s/gu, ' ')).toContain(asOf);
      expect(text.replace(/\s/gu, ' ')).toContain(accessed);
    },
  );
});

describe('toBibtex', () => {
  it('is one @misc entry that a BibTeX parser reads back: title once, version, year, URL, dates', () => {
    const citation = citationOf();
    const bibtex = toBibtex(citation);
    const library = parseBibtex(bibtex);
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(1);
    const [entry] = library.entries;
    expect(entry?.type).toBe('misc');
    expect(entry?.key).toBe(citation.key);
    expect(entry?.fields.title).toBe(citation.title);
    expect(entry?.fields.version).toBe(meta.version);
    expect(entry?.fields.year).toBe(String(meta.publicationYear));
    expect(entry?.fields.url).toBe(URL_KAZ);
    expect(entry?.fields.urldate).toBe('2026-11-27');
    expect(entry?.fields.publisher).toEqual(['Accords Atlas']);
    expect(entry?.fields.note).toContain(meta.version);
    expect(entry?.fields.note).toContain('8 April 2026');
    expect(count(bibtex, citation.title)).toBe(1);
  });

  it('escapes LaTeX specials in text and keeps braces balanced in URLs', () => {
    const citation = citationOf({
      title: 'A & B {50%} #1 $x_y~z^ \\end',
      url: 'https://atlas.example.org/?q=a}b{c\\d%20e',
    });
    const library = parseBibtex(toBibtex(citation));
    expect(library.errors).toEqual([]);
    expect(library.entries[0]?.fields.title).toBe('A & B {50%} #1 $x_y~z^ \\end');
    expect(library.entries[0]?.fields.url).toBe('https://atlas.example.org/?q=a%7Db%7Bc%5Cd%20e');
    expect(bibtexText('50% & {x}')).toBe('50\\% \\& \\{x\\}');
    expect(bibtexUrl('https://x.org/?a=ISR~KAZ')).toBe('https://x.org/?a=ISR~KAZ');
  });

  it('reads a Russian citation back with its Cyrillic title', () => {
    const title = 'Израиль–Казахстан · Accords Atlas';
    const [entry] = parseBibtex(toBibtex(citationOf({ title, language: 'ru' }))).entries;
    expect(entry?.fields.title).toBe(title);
    expect(entry?.fields.langid).toBe('russian');
  });
});

/** The RIS tags this file may use (RIS format specification, 2011). */
const RIS_TAGS = new Set(['TY', 'ID', 'TI', 'AU', 'PB', 'PY', 'ET', 'N1', 'UR', 'Y2', 'LA', 'ER']);

describe('toRis', () => {
  it('is a well-formed DATA record: tagged CRLF lines from TY to ER, each field once', () => {
    const citation = citationOf({ title: 'Two\nlines' });
    const ris = toRis(citation);
    expect(ris.endsWith('\r\n')).toBe(true);
    const lines = ris.slice(0, -2).split('\r\n');
    for (const line of lines) {
      expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
      expect(RIS_TAGS.has(line.slice(0, 2)), line).toBe(true);
    }
    expect(lines[0]).toBe('TY  - DATA');
    expect(lines.at(-1)).toBe('ER  - ');
    const fields = new Map(lines.map((line) => [line.slice(0, 2), line.slice(6)]));
    expect(fields.size).toBe(lines.length);
    expect(fields.get('TI')).toBe('Two lines');
    expect(fields.get('ET')).toBe(meta.version);
    expect(fields.get('PY')).toBe(String(meta.publicationYear));
    expect(fields.get('UR')).toBe(URL_KAZ);
    expect(fields.get('Y2')).toBe('2026/11/27');
    expect(fields.get('PB')).toBe('Accords Atlas');
    expect(fields.get('N1')).toContain('8 April 2026');
  });
});

/**
 * The shape of a CSL-JSON item as the Citation Style Language's schema (csl-data.json, 1.0.2)
 * defines the fields used here: known type, string variables, names, and dates as date-parts.
 */
const CSL_DATE = z.strictObject({
  'date-parts': z.array(z.array(z.number().int()).min(1).max(3)).min(1).max(2),
});
const CSL_ITEM = z.strictObject({
  id: z.string().min(1),
  type: z.literal('dataset'),
  title: z.string().min(1),
  author: z.array(z.strictObject({ literal: z.string().min(1) })).min(1),
  publisher: z.string(),
  version: z.string(),
  issued: CSL_DATE,
  accessed: CSL_DATE,
  URL: z.url(),
  language: z.string(),
  note: z.string(),
});

describe('toCslJson', () => {
  it('is a JSON array of one CSL item of type dataset, with version, year and access day', () => {
    const citation = citationOf();
    const items = JSON.parse(toCslJson(citation)) as unknown;
    const [item] = z.array(CSL_ITEM).length(1).parse(items);
    expect(item?.issued).toEqual({ 'date-parts': [[meta.publicationYear]] });
    expect(item?.accessed).toEqual({ 'date-parts': [[2026, 11, 27]] });
    expect(item?.version).toBe(meta.version);
    expect(item?.URL).toBe(URL_KAZ);
    expect(item?.note).toContain('8 April 2026');
    expect(toCslItem(citation).title).toBe(citation.title);
  });
});
