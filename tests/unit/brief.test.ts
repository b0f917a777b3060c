import { describe, expect, it } from 'vitest';
import { type Brief, buildBrief, endnoteText, SOURCES_PER_FACT } from '@/lib/brief';
import { loadDataset } from '@/lib/data/load';
import { DATASET_ISO3, sourcesById } from '@/lib/data/queries';
import type { Source } from '@/lib/data/schema';
import type { Pair } from '@/lib/search-params';
import { shareTranslator } from '@/lib/i18n/translator';

const data = loadDataset();
const day = data.meta.asOf;
const t = shareTranslator;
const brief = (view: { country?: string; pair?: Pair }, lang: 'en' | 'ru' = 'en') =>
  buildBrief(
    data,
    { country: view.country ?? null, pair: view.pair ?? null, date: day },
    t(lang),
    lang,
  );

const allLines = (b: Brief) => b.sections.flatMap((s) => s.lines);

describe('the printed brief', () => {
  const views = [{ country: 'KAZ' }, { pair: ['ISR', 'KAZ'] as Pair }, {}];

  it.each(views)('numbers each cited source once, in order of first citation (%o)', (view) => {
    const b = brief(view);
    const firstSeen = [...new Set(allLines(b).flatMap((l) => l.refs))];
    expect(firstSeen).toEqual(b.notes.map((n) => n.n));
    expect(b.notes.map((n) => n.n)).toEqual(b.notes.map((_, i) => i + 1));
    for (const line of allLines(b)) expect(line.refs.length).toBeLessThanOrEqual(SOURCES_PER_FACT);
  });

  it('gives a country its status, key dates, known ties and minerals', () => {
    const b = brief({ country: 'KAZ' });
    const section = (id: string) => b.sections.find((s) => s.id === id)!;
    expect(section('status').lines[0]!.text).toBe('Accession announced, not signed');
    expect(section('dates').lines.length).toBeGreaterThan(3);
    // Ties with Sudan and the nine others, only where the sources say something.
    expect(section('ties').lines.length).toBeLessThanOrEqual(DATASET_ISO3.length - 1);
    expect(
      section('ties').lines.some((l) => l.text === 'Israel: Resident embassies both ways'),
    ).toBe(true);
    expect(section('minerals').lines.some((l) => l.text.includes('tungsten'))).toBe(true);
  });

  it('writes Russian for a Russian view', () => {
    const b = brief({ country: 'KAZ' }, 'ru');
    expect(b.sections[0]!.heading).toBe('Статус в Соглашениях');
    expect(b.sections[0]!.lines[0]!.text).toBe('Объявлено о присоединении, не подписано');
  });

  it('lists every country in the overview', () => {
    expect(brief({}).sections[0]!.lines).toHaveLength(DATASET_ISO3.length);
  });

  it('cites the strongest sources of a fact first', () => {
    const b = brief({ country: 'KAZ' });
    const rank = ['primary', 'wire', 'press', 'analysis', 'reference', 'weak'];
    const byNumber = new Map(b.notes.map((n) => [n.n, n.url]));
    const sources = new Map(data.sources.map((s) => [s.url, s]));
    const event = data.events.find((e) => e.title.startsWith('Kazakh foreign ministry statement'))!;
    const line = allLines(b).find((l) => l.text === event.title)!;
    const cited = line.refs.map((n) => sources.get(byNumber.get(n)!)!.kind);
    const best = sourcesById(data, event.sources)
      .map((s) => rank.indexOf(s.kind))
      .sort((x, y) => x - y)
      .slice(0, SOURCES_PER_FACT);
    expect(cited.map((kind) => rank.indexOf(kind))).toEqual(best);
  });
});

describe('endnoteText', () => {
  const source: Source = {
    id: 's',
    url: 'https://example.org/a/very/long/path',
    kind: 'wire',
    publisher: 'Reuters',
    title: 'A'.repeat(200),
    published: { value: '2025-11-06', precision: 'day' },
    lang: 'en',
  };

  it('gives publisher, a shortened title and the date, and no address', () => {
    const text = endnoteText(source, 'en');
    expect(text).toMatch(/^Reuters, “A+…”, 6 November 2025$/);
    expect(text.length).toBeLessThan(120);
    expect(text).not.toContain('http');
  });

  it('leaves out what a source does not have', () => {
    expect(endnoteText({ ...source, title: undefined, published: null }, 'ru')).toBe('Reuters');
  });
});
