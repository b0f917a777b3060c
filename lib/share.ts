/**
 * What a shared view says about itself: its title and description (page metadata, Open Graph and
 * Twitter cards, the share menu), a plain-text citation and the embed snippet. Pure: the caller
 * hands in the dataset, the parsed view (lib/link-diagnosis.ts or `useQueryStates`) and a
 * translator in the view's language: `useTranslations()` in the browser (the page's own messages,
 * nothing more), `shareTranslator(lang)` (lib/i18n/translator.ts) on the server. No message file is
 * imported here, so the browser loads only the current language's messages, from the page.
 */
import type { Metadata } from 'next';
import {
  type DateForm,
  type DisplayLocale,
  formatPartialDate,
  parsePartialDate,
} from './data/dates';
import { countryName } from './data/queries';
import type { Dataset } from './data/schema';
import { accordsStatusOn, tieOn } from './data/status';
import type { Translate } from './i18n/mission-label';
import { canonicalQuery, diagnoseLink, viewUrl } from './link-diagnosis';
import type { Lang, ViewParams } from './search-params';

/** The parts of a view that change what is shared (camera, layers and tab do not). */
export type ShareView = Pick<ViewParams, 'country' | 'pair' | 'date' | 'lang'>;

/** Size of the Open Graph image drawn by app/og/route.tsx. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Path of the embeddable view (links.md). */
export const EMBED_PATH = '/embed';

/** The language shared texts are written in for a link's `lang` (every UI language has messages). */
export function shareLocale(lang: Lang): DisplayLocale {
  return lang;
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
export function viewSubject(data: Dataset, view: ShareView, t: Translate): string | null {
  const locale = shareLocale(view.lang);
  if (view.pair) {
    const [a, b] = view.pair;
    return t('share.pair', {
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
export function viewTitle(data: Dataset, view: ShareView, t: Translate): string {
  const subject = viewSubject(data, view, t);
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
export function viewDescription(data: Dataset, view: ShareView, t: Translate): string {
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
export function viewMetadata(
  data: Dataset,
  view: ShareView,
  query: string,
  t: Translate,
): Metadata {
  const title = viewTitle(data, view, t);
  const description = viewDescription(data, view, t);
  const image = {
    url: ogImagePath(view),
    ...OG_IMAGE_SIZE,
    alt: t('share.image.alt', { title }),
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
  t: Translate,
): { url: string; title: string; asOf: string; embedSnippet: string } {
  const title = viewTitle(data, view, t);
  return {
    url: viewUrl(origin, query),
    title,
    asOf: data.meta.asOf,
    embedSnippet: embedSnippet(origin, query, title),
  };
}
