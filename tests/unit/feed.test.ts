import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/feed.xml/route';
import { loadDataset } from '@/lib/data/load';
import { eventDay, sortEvents } from '@/lib/data/status';
import { ATOM_TYPE, atomFeed, eventQuery, feedEntries, type FeedWords } from '@/lib/feed';
import { serverMessages } from '@/lib/i18n/server/messages';
import { type Lang, linkScope } from '@/lib/search-params';
import { diagnoseLink } from '@/lib/link-diagnosis';
import { accordsEvent } from './data/minimal-dataset';

const data = loadDataset();
const SITE = new URL('https://atlas.example.org');

function wordsFor(lang: Lang): FeedWords {
  const t = createTranslator({
    locale: lang,
    messages: serverMessages(lang),
    namespace: 'feed',
  });
  return {
    title: t('title'),
    subtitle: t('subtitle'),
    release: (version) => t('release', { version }),
    datedTitle: (title, date) => t('datedTitle', { title, date }),
  };
}

interface AtomEntry {
  id: string;
  title: { '#text': string };
  updated: string;
  summary: string;
  link: { '@_href': string };
  category: { '@_term': string };
}

function parseAtom(xml: string): { feed: { id: string; updated: string; entry: AtomEntry[] } } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' });
  return parser.parse(xml) as { feed: { id: string; updated: string; entry: AtomEntry[] } };
}

describe('feedEntries', () => {
  const entries = feedEntries(data, 'en', wordsFor('en'));

  it('lists every event and every release once, newest first', () => {
    expect(entries).toHaveLength(data.events.length + data.meta.releases.length);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const days = entries.map((e) => e.day);
    expect(days).toEqual([...days].sort().reverse());
    const newest = sortEvents(data.events).at(-1)!;
    expect(entries.find((e) => e.kind === 'event')?.id).toBe(`event-${newest.id}`);
  });

  it('links every event to a view that opens without a notice', () => {
    for (const entry of entries.filter((e) => e.kind === 'event')) {
      const query = new URLSearchParams(entry.path.slice(2));
      expect(diagnoseLink(query, linkScope(data)).notices, entry.path).toEqual([]);
    }
  });

  it('names a partial date in the title, as the panel writes it', () => {
    const monthly = data.events.find((e) => e.date.precision === 'month')!;
    const entry = entries.find((e) => e.id === `event-${monthly.id}`)!;
    expect(entry.title).toMatch(
      new RegExp(`^${monthly.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\w+ \\d{4}\\)$`),
    );
  });

  it('puts the Russian title and summary in the Russian feed', () => {
    const [first] = feedEntries(data, 'ru', wordsFor('ru')).filter((e) => e.kind === 'event');
    const newest = sortEvents(data.events).at(-1)!;
    expect(first?.title).toContain(newest.titleRu);
    expect(first?.summary).toBe(newest.summaryRu);
    expect(first?.path).toContain('lang=ru');
  });
});

describe('eventQuery', () => {
  const event = (value: string, parties: string[], brokers?: string[]) =>
    accordsEvent('e', value, { kind: 'announced', parties, ...(brokers ? { brokers } : {}) });

  it('opens the country of a one-country event on its day', () => {
    expect(eventQuery(data, event('2021-01-05', ['KAZ']), 'en')).toBe(
      '?country=KAZ&date=2021-01-05',
    );
  });

  it('opens the pair of a two-country event, leaving out the broker and outside parties', () => {
    expect(eventQuery(data, event('2021-01-05', ['USA', 'MAR', 'ISR', 'ESH'], ['USA']), 'en')).toBe(
      '?pair=ISR~MAR&date=2021-01-05',
    );
  });

  it('clamps a day before the timeline to its first day, as links are', () => {
    expect(eventQuery(data, event('1992-04-10', ['KAZ', 'ISR']), 'en')).toBe(
      '?pair=ISR~KAZ&date=2020-08-01',
    );
  });

  it('opens no country when more than two act, and keeps the language', () => {
    expect(eventQuery(data, event('2021-01-05', ['KAZ', 'ISR', 'UZB']), 'ru')).toBe(
      '?date=2021-01-05&lang=ru',
    );
  });
});

describe('atomFeed', () => {
  it('is well-formed Atom with absolute links on the site, newest entry first', () => {
    const xml = atomFeed(data, SITE, 'en', wordsFor('en'));
    const { feed } = parseAtom(xml);
    expect(feed.id).toBe('https://atlas.example.org/feed.xml');
    const newest = sortEvents(data.events).at(-1)!;
    const firstEvent = feed.entry.find((e) => e.category['@_term'] === 'event')!;
    expect(firstEvent.title['#text']).toBe(newest.title);
    expect(firstEvent.updated).toBe(`${eventDay(newest)}T00:00:00.000Z`);
    expect(feed.updated).toBe(feed.entry[0]!.updated);
    for (const entry of feed.entry)
      expect(entry.link['@_href']).toMatch(/^https:\/\/atlas\.example\.org\//);
    const release = feed.entry.find((e) => e.id.endsWith(`#release-${data.meta.version}`))!;
    expect(release.link['@_href']).toBe(
      `https://atlas.example.org/about#release-${data.meta.version}`,
    );
  });
});

describe('GET /feed.xml', () => {
  it('answers Atom with an ETag, in the language of lang, English for a bad one', async () => {
    const answer = GET(new Request('http://localhost/feed.xml?lang=ru'));
    expect(answer.headers.get('content-type')).toBe(ATOM_TYPE);
    expect(answer.headers.get('etag')).toMatch(/^"/);
    expect(parseAtom(await answer.text()).feed.id).toMatch(/\/feed\.xml\?lang=ru$/);
    const bad = GET(new Request('http://localhost/feed.xml?lang=xx'));
    expect(parseAtom(await bad.text()).feed.id).toMatch(/\/feed\.xml$/);
  });
});
