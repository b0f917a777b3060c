/**
 * What a shared view says about itself: its title and description (page metadata, Open Graph and
 * Twitter cards, the share menu), a plain-text citation and the embed snippet. Pure: the caller
 * hands in the dataset and the parsed view (lib/link-diagnosis.ts or `useQueryStates`).
 */
import type { Metadata } from 'next';
import { createTranslator } from 'next-intl';
import {
  type DateForm,
  type DisplayLocale,
  formatPartialDate,
  parsePartialDate,
} from './data/dates';
import { countryName } from './data/queries';
import type { Dataset } from './data/schema';
import { accordsStatusOn, tieOn } from './data/status';
import { MESSAGES } from './i18n/messages';
import en from './i18n/messages/en.json';
import { canonicalQuery, diagnoseLink } from './link-diagnosis';
import type { Lang, ViewParams } from './search-params';

/** The parts of a view that change what is shared (camera, layers and tab do not). */
export type ShareView = Pick<ViewParams, 'country' | 'pair' | 'date' | 'lang'>;

/**
 * Messages per link language. A language without messages falls back to English as a whole
 * (names, dates and words), so a title never mixes two languages.
 */
const SHARE_MESSAGES: Partial<Record<Lang, typeof en>> = MESSAGES;

/** Size of the Open Graph image drawn by app/og/route.tsx. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Path of the embeddable view (links.md). */
export const EMBED_PATH = '/embed';

/** The language shared texts are written in for a link's `lang`. */
export function shareLocale(lang: Lang): DisplayLocale {
  return SHARE_MESSAGES[lang] ? lang : 'en';
}

function makeTranslator(locale: DisplayLocale) {
  return createTranslator({ locale, messages: SHARE_MESSAGES[locale] ?? en, timeZone: 'UTC' });
}

const translators = new Map<DisplayLocale, ReturnType<typeof makeTranslator>>();

/** A translator over all message namespaces, for a link's `lang`. */
export function shareTranslator(lang: Lang): ReturnType<typeof makeTranslator> {
  const locale = shareLocale(lang);
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = makeTranslator(locale)));
  return t;
}

/**
 * A day (YYYY-MM-DD) or partial date as the UI writes it ("20 September 2020"); `form` as in
 * formatPartialDate ('genitive' after "since": "с мая 1996 г.").
 */
export function formatDay(value: string, locale: DisplayLocale, form?: DateForm): string {
  const date = parsePartialDate(value);
  return date ? formatPartialDate(date, locale, form) : value;
}

/** What the view is about: a country's name, "Israel–Kazakhstan" for a pair, or null. */
export function viewSubject(data: Dataset, view: ShareView): string | null {
  const locale = shareLocale(view.lang);
  if (view.pair) {
    const [a, b] = view.pair;
    return shareTranslator(view.lang)('share.pair', {
      a: countryName(data, a, locale),
      b: countryName(data, b, locale),
    });
  }
  return view.country ? countryName(data, view.country, locale) : null;
}

/** True when the view shows the dataset's as-of day, the default `date`. */
function isDefaultDay(data: Dataset, view: ShareView): boolean {
  return view.date === data.meta.asOf;
}

/**
 * A human title: "Kazakhstan · Accords Atlas", "Israel–Kazakhstan · Accords Atlas", or
 * "Accords Atlas" for the default view; "… as of 20 September 2020 …" when the date is not the
 * dataset's as-of date.
 */
export function viewTitle(data: Dataset, view: ShareView): string {
  const t = shareTranslator(view.lang);
  const subject = viewSubject(data, view);
  const dated = !isDefaultDay(data, view);
  const date = formatDay(view.date, shareLocale(view.lang));
  if (subject === null) return dated ? t('share.title.dated', { date }) : t('share.title.default');
  return dated
    ? t('share.title.subjectDated', { subject, date })
    : t('share.title.subject', { subject });
}

/**
 * One or two sentences: the country's Accords status on the view's date, or the pair's
 * diplomatic relations, else the tagline; then the dataset's as-of date.
 */
export function viewDescription(data: Dataset, view: ShareView): string {
  const t = shareTranslator(view.lang);
  const locale = shareLocale(view.lang);
  const date = formatDay(view.date, locale);
  const asOf = t('share.description.asOf', { date: formatDay(data.meta.asOf, locale) });
  let first: string;
  if (view.pair) {
    const [a, b] = view.pair;
    const relations = tieOn(data, a, b, view.date).relations;
    const args = {
      a: countryName(data, a, locale),
      b: countryName(data, b, locale),
      date,
      status: t(`panel.relationsStatus.${relations.status}`),
    };
    first = relations.since
      ? t('share.description.pairSince', {
          ...args,
          since: formatDay(relations.since, locale, 'genitive'),
        })
      : t('share.description.pair', args);
  } else if (view.country) {
    const accords = accordsStatusOn(data, view.country, view.date);
    const args = {
      name: countryName(data, view.country, locale),
      date,
      status: t(`status.${accords.status}`),
    };
    first = accords.since
      ? t('share.description.countrySince', {
          ...args,
          since: formatDay(accords.since, locale, 'genitive'),
        })
      : t('share.description.country', args);
  } else {
    const tagline = t('app.tagline');
    first = isDefaultDay(data, view)
      ? t('share.description.default', { tagline })
      : t('share.description.defaultDated', { tagline, date });
  }
  return `${first} ${asOf}`;
}

export interface CitationParts {
  title: string;
  /** The dataset's as-of date, as it should read in the citation. */
  asOf: string;
  /** The day the view was accessed, as it should read in the citation. */
  accessed: string;
  url: string;
}

/** A plain-text citation: `Accords Atlas, "<title>", dataset as of <asOf>, accessed <accessed>, <url>.` */
export function citation({ title, asOf, accessed, url }: CitationParts): string {
  return `Accords Atlas, "${title}", dataset as of ${asOf}, accessed ${accessed}, ${url}.`;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
};

/** Escapes text for a double- or single-quoted HTML attribute value (or element content). */
export function escapeHtml(text: string): string {
  return text.replace(/[&"'<>]/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * An iframe showing the view at `/embed`. `query` is the canonical query with its leading "?"
 * (or ""); title and URL come from user-controlled links, so both are escaped.
 */
export function embedSnippet(origin: string, query: string, title: string): string {
  const src = escapeHtml(`${origin}${EMBED_PATH}${query}`);
  return `<iframe src="${src}" title="${escapeHtml(title)}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
}

/**
 * Path of the view's Open Graph image: only the keys the image depends on, canonical, so that
 * views differing by camera or layers share one cached image.
 */
export function ogImagePath(view: ShareView): string {
  return `/og${canonicalQuery(ogView(view))}`;
}

/** The default view (every key at its default), to fill in the keys a shared view ignores. */
const DEFAULT_VIEW: ViewParams = diagnoseLink(new URLSearchParams(), {
  projectIds: new Set(),
}).view;

/** A full view with the share-relevant keys of `view` and defaults (never written) elsewhere. */
function ogView({ country, pair, date, lang }: ShareView): ViewParams {
  return { ...DEFAULT_VIEW, country: pair ? null : country, pair, date, lang };
}

/**
 * Metadata of a view for `generateMetadata`: title, description, Open Graph and Twitter cards
 * with the image from app/og/route.tsx. URLs are relative: the root layout's `metadataBase`
 * makes them absolute.
 */
export function viewMetadata(data: Dataset, view: ShareView, query: string): Metadata {
  const title = viewTitle(data, view);
  const description = viewDescription(data, view);
  const image = {
    url: ogImagePath(view),
    ...OG_IMAGE_SIZE,
    alt: shareTranslator(view.lang)('share.image.alt', { title }),
  };
  return {
    title,
    description,
    openGraph: {
      title,
      description,
      url: `/${query}`,
      siteName: 'Accords Atlas',
      type: 'website',
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

/** Props of `ShareMenu` for a view, from the page's origin and the view's canonical query. */
export function shareMenuProps(
  data: Dataset,
  view: ShareView,
  origin: string,
  query: string,
): { url: string; title: string; asOf: string; embedSnippet: string } {
  const title = viewTitle(data, view);
  return {
    url: `${origin}/${query}`,
    title,
    asOf: data.meta.asOf,
    embedSnippet: embedSnippet(origin, query, title),
  };
}
