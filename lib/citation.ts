/**
 * A view's citation in the forms reference managers read: BibTeX, RIS and CSL-JSON, and the
 * values the formatted text (messages `citation.text`) is written from. Pure: the caller hands in
 * the title in the link's language (the share menu builds it from messages).
 *
 * Each form names the title once, the publisher, the dataset's version and publication year, its
 * as-of day, the day the view was accessed and the view's URL.
 */
import { type DisplayLocale, formatPartialDate } from './data/dates';
import type { Meta } from './data/schema';

/** Who publishes the dataset: the project itself (it is also the citation's corporate author). */
export const PUBLISHER = 'Accords Atlas';

/** Everything a citation says, in plain values (days as YYYY-MM-DD). */
export interface Citation {
  /** Key for reference managers, ASCII: `accords-atlas-2026-kaz`. */
  key: string;
  /** The view's title in the link's language (`viewTitle`: "Kazakhstan · Accords Atlas"). */
  title: string;
  publisher: string;
  /** The dataset's version (semver). */
  version: string;
  /** Year the version was published. */
  year: number;
  /** The dataset's as-of day. */
  asOf: string;
  /** The day the view was accessed. */
  accessed: string;
  /** The view's absolute URL. */
  url: string;
  /** Language of the title and note (BCP 47). */
  language: DisplayLocale;
  /** One sentence on the version and as-of day, in the title's language. */
  note: string;
}

/** The parts of a view a citation's key depends on. */
export interface CitedView {
  country: string | null;
  pair: readonly [string, string] | null;
  date: string;
}

/** What a citation takes from the dataset's metadata. */
export type CitedMeta = Pick<Meta, 'publicationYear' | 'asOf' | 'version'>;

/** What a citation takes from the dataset and the view, before words and days are added. */
export interface CitationSource {
  key: string;
  version: string;
  year: number;
}

/**
 * A stable key: `accords-atlas-<year>`, then the country or pair in lower case, then the view's
 * day when it is not the as-of day (`accords-atlas-2026-isr-kaz-2020-09-15`).
 */
export function citationKey(meta: Pick<Meta, 'publicationYear' | 'asOf'>, view: CitedView): string {
  const subject = view.pair ? view.pair.join('-') : view.country;
  const parts = [
    'accords-atlas',
    String(meta.publicationYear),
    ...(subject ? [subject.toLowerCase()] : []),
    ...(view.date === meta.asOf ? [] : [view.date]),
  ];
  return parts.join('-');
}

/** The dataset's version and year and the view's key, for the share menu. */
export function citationSource(meta: CitedMeta, view: CitedView): CitationSource {
  return { key: citationKey(meta, view), version: meta.version, year: meta.publicationYear };
}

/** The parts of a citation that depend on the moment and language it is made in. */
export type CitationMoment = Pick<
  Citation,
  'title' | 'asOf' | 'accessed' | 'url' | 'language' | 'note'
>;

/** A view's citation: the dataset's version, year and key with this moment's words and days. */
export function viewCitation(source: CitationSource, moment: CitationMoment): Citation {
  return { ...source, publisher: PUBLISHER, ...moment };
}

/** The values of the formatted text (`citation.text`): dates as the UI writes them. */
export function citationTextValues(
  citation: Citation,
): Record<'title' | 'publisher' | 'version' | 'year' | 'asOf' | 'accessed' | 'url', string> {
  const day = (value: string) => formatPartialDate({ value, precision: 'day' }, citation.language);
  return {
    title: citation.title,
    publisher: citation.publisher,
    version: citation.version,
    year: String(citation.year),
    asOf: day(citation.asOf),
    accessed: day(citation.accessed),
    url: citation.url,
  };
}

// ---------------------------------------------------------------------------------------------
// BibTeX

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text for a braced BibTeX field: LaTeX's special characters escaped, on one line. */
export function bibtexText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\{}&%$#_~^]/g, (char) => LATEX_SPECIALS[char] ?? char);
}

/**
 * A URL for BibTeX's `url` field, which LaTeX reads verbatim: only the characters that would
 * unbalance the braces (or end the value) are percent-encoded, which keeps the same address.
 */
export function bibtexUrl(url: string): string {
  return url.replace(
    /[{}\\\s]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/**
 * A BibTeX `@misc` entry (the type every style knows) with the fields biblatex reads for a data
 * set: `version`, `url` and `urldate`. The title is double-braced so styles keep its capitals.
 */
export function toBibtex(citation: Citation): string {
  const fields: [string, string][] = [
    ['title', `{${bibtexText(citation.title)}}`],
    ['author', `{${bibtexText(citation.publisher)}}`],
    ['publisher', bibtexText(citation.publisher)],
    ['year', String(citation.year)],
    ['version', bibtexText(citation.version)],
    ['note', bibtexText(citation.note)],
    ['url', bibtexUrl(citation.url)],
    ['urldate', citation.accessed],
    ['langid', citation.language === 'ru' ? 'russian' : 'english'],
  ];
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${citation.key},\n${body}\n}\n`;
}

// ---------------------------------------------------------------------------------------------
// RIS

/** One RIS line: a two-character tag, two spaces, a hyphen, a space, the value on one line. */
function risLine(tag: string, value: string): string {
  return `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;
}

/** A day as RIS writes dates: YYYY/MM/DD. */
function risDay(day: string): string {
  return day.replaceAll('-', '/');
}

/**
 * A RIS record of type DATA (data set): ET carries the version (the edition), Y2 the access
 * date, N1 the note with the as-of day. Lines end with CRLF, as the format asks.
 */
export function toRis(citation: Citation): string {
  const lines = [
    risLine('TY', 'DATA'),
    risLine('ID', citation.key),
    risLine('TI', citation.title),
    risLine('AU', citation.publisher),
    risLine('PB', citation.publisher),
    risLine('PY', String(citation.year)),
    risLine('ET', citation.version),
    risLine('N1', citation.note),
    risLine('UR', citation.url),
    risLine('Y2', risDay(citation.accessed)),
    risLine('LA', citation.language),
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// CSL-JSON

/** A CSL date: `date-parts` of one date, each [year, month?, day?]. */
interface CslDate {
  'date-parts': [number[]];
}

/** The CSL-JSON item of a citation (Citation Style Language 1.0.2, `csl-data.json`). */
export interface CslItem {
  id: string;
  type: 'dataset';
  title: string;
  author: { literal: string }[];
  publisher: string;
  version: string;
  issued: CslDate;
  accessed: CslDate;
  URL: string;
  language: string;
  note: string;
}

function cslDay(day: string): CslDate {
  return { 'date-parts': [day.split('-').map(Number)] };
}

/** The citation as one CSL-JSON item (type `dataset`, the publisher as a literal author). */
export function toCslItem(citation: Citation): CslItem {
  return {
    id: citation.key,
    type: 'dataset',
    title: citation.title,
    author: [{ literal: citation.publisher }],
    publisher: citation.publisher,
    version: citation.version,
    issued: { 'date-parts': [[citation.year]] },
    accessed: cslDay(citation.accessed),
    URL: citation.url,
    language: citation.language,
    note: citation.note,
  };
}

/** A CSL-JSON file: an array of items, here one, pretty-printed. */
export function toCslJson(citation: Citation): string {
  return `${JSON.stringify([toCslItem(citation)], null, 2)}\n`;
}
