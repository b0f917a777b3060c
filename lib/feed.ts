/**
 * The Atom feed (`/feed.xml`): every event of the dataset and every release of the dataset,
 * newest first, so analysts can subscribe to what changes. Pure: the route hands in the dataset,
 * the site's address (SITE_URL) and the language; the XML is written by the `feed` package.
 */
import { Feed } from 'feed';
import { compareDays, formatPartialDate } from './data/dates';
import { DATASET_ISO3 } from './data/enums';
import type { AccordsEvent, Dataset } from './data/schema';
import { eventDay, sortEvents } from './data/status';
import { canonicalQuery, diagnoseLink } from './link-diagnosis';
import { type Lang, linkScope } from './search-params';

/** Path of the feed (docs/links.md) and of the page that explains the data. */
export const FEED_PATH = '/feed.xml';
export const ABOUT_PATH = '/about';

/** Media type of an Atom document (RFC 4287). */
export const ATOM_TYPE = 'application/atom+xml; charset=utf-8';

/** Words of the feed, in the link's language (messages `feed.*`, formatted by the route). */
export interface FeedWords {
  title: string;
  subtitle: string;
  /** "Dataset version {version}" for a release entry. */
  release: (version: string) => string;
  /** "{title} ({date})" for an event entry whose date is not a day. */
  datedTitle: (title: string, date: string) => string;
}

/** One entry, before it is written as XML. */
export interface FeedEntry {
  id: string;
  title: string;
  /** The view the entry opens: a path and canonical query relative to the site. */
  path: string;
  /** The entry's day (YYYY-MM-DD), midnight UTC in the feed. */
  day: string;
  summary: string;
  kind: 'event' | 'release';
}

const DATASET: ReadonlySet<string> = new Set(DATASET_ISO3);

/**
 * The view of an event: its day (clamped into the timeline, as links are), and the pair when it
 * has exactly two acting dataset countries, or the country when it has one.
 */
export function eventQuery(data: Dataset, event: AccordsEvent, lang: Lang): string {
  const acting = event.parties.filter((p) => DATASET.has(p) && !event.brokers?.includes(p));
  const query = new URLSearchParams({ date: eventDay(event) });
  if (acting.length === 2) query.set('pair', acting.join('~'));
  else if (acting.length === 1 && acting[0]) query.set('country', acting[0]);
  if (lang !== 'en') query.set('lang', lang);
  const { view } = diagnoseLink(query, linkScope(data));
  return canonicalQuery(view);
}

/** The feed's entries, newest first; on one day, releases first, then events latest in the file first. */
export function feedEntries(data: Dataset, lang: Lang, words: FeedWords): FeedEntry[] {
  const ru = lang === 'ru';
  const langQuery = ru ? `?lang=${lang}` : '';
  const events: FeedEntry[] = sortEvents(data.events).map((event) => {
    const title = ru ? event.titleRu : event.title;
    return {
      id: `event-${event.id}`,
      title:
        event.date.precision === 'day'
          ? title
          : words.datedTitle(title, formatPartialDate(event.date, lang)),
      path: `/${eventQuery(data, event, lang)}`,
      day: eventDay(event),
      summary: ru ? event.summaryRu : event.summary,
      kind: 'event',
    };
  });
  const releases: FeedEntry[] = data.meta.releases.map((release) => ({
    id: `release-${release.version}`,
    title: words.release(release.version),
    path: `${ABOUT_PATH}${langQuery}#release-${release.version}`,
    day: release.date,
    summary: ru ? release.summaryRu : release.summary,
    kind: 'release',
  }));
  // Stable sort of [events (oldest first)..., releases], reversed: newest first, and on one day
  // the release before the events, the later event in the file before the earlier.
  return [...events, ...releases]
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => compareDays(a.entry.day, b.entry.day) || a.index - b.index)
    .reverse()
    .map(({ entry }) => entry);
}

function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * The Atom document. `site` is the public address (SITE_URL): ids and links are absolute. The
 * feed's `updated` is its newest entry's day, so the document changes only with the data.
 */
export function atomFeed(data: Dataset, site: URL, lang: Lang, words: FeedWords): string {
  const base = site.origin;
  const entries = feedEntries(data, lang, words);
  const selfPath = lang === 'en' ? FEED_PATH : `${FEED_PATH}?lang=${lang}`;
  const feed = new Feed({
    id: `${base}${selfPath}`,
    title: words.title,
    description: words.subtitle,
    link: lang === 'en' ? `${base}/` : `${base}/?lang=${lang}`,
    language: lang,
    updated: utcDay(entries[0]?.day ?? data.meta.asOf),
    feedLinks: { atom: `${base}${selfPath}` },
    author: { name: 'Accords Atlas', link: `${base}/` },
    copyright: 'Accords Atlas',
    generator: false,
  });
  for (const entry of entries) {
    feed.addItem({
      id: `${base}${selfPath}#${entry.id}`,
      title: entry.title,
      link: `${base}${entry.path}`,
      date: utcDay(entry.day),
      published: utcDay(entry.day),
      description: entry.summary,
      category: [{ term: entry.kind }],
    });
  }
  return feed.atom1();
}
