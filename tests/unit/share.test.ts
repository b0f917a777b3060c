import { createElement } from 'react';
import { ImageResponse } from 'next/og';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/og/route';
import { OG_CACHE_CONTROL } from '@/lib/og/cache';
import { OgCard } from '@/components/share/og-card';
import { formatPartialDate } from '@/lib/data/dates';
import { ACCORDS_STATUSES, MISSION_LEVELS, RELATION_STATUSES } from '@/lib/data/enums';
import { loadDataset } from '@/lib/data/load';
import { linkScope } from '@/lib/search-params';
import { countryName, DATASET_ISO3, getCountry } from '@/lib/data/queries';
import { accordsStatusOn, tieOn } from '@/lib/data/status';
import messages from '@/lib/i18n/messages/en.json';
import { diagnoseLink } from '@/lib/link-diagnosis';
import { ogCardContent } from '@/lib/og/card';
import { loadOgFonts, ogCoveredCharacters, toOgText } from '@/lib/og/fonts';
import { shareTranslator } from '@/lib/i18n/translator';
import * as share from '@/lib/share';
import { embedSnippet, type ShareView } from '@/lib/share';

const data = loadDataset();
// The share texts with the server's translator for the view's language, as the pages call them.
const viewTitle = (d: typeof data, v: ShareView) => share.viewTitle(d, v, shareTranslator(v.lang));
const viewDescription = (d: typeof data, v: ShareView) =>
  share.viewDescription(d, v, shareTranslator(v.lang));
const viewMetadata = (d: typeof data, v: ShareView, query: string) =>
  share.viewMetadata(d, v, query, shareTranslator(v.lang));
const shareMenuProps = (d: typeof data, v: ShareView, origin: string, query: string) =>
  share.shareMenuProps(d, v, origin, query, shareTranslator(v.lang));
const viewOf = (query: string) => diagnoseLink(new URLSearchParams(query), linkScope(data)).view;
const name = (iso3: string) => getCountry(data, iso3)!.names.en;
const day = (value: string) => formatPartialDate({ value, precision: 'day' }, 'en');
const partial = (value: string) =>
  formatPartialDate(
    { value, precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year' },
    'en',
  );
const ASOF = day(data.meta.asOf);
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('viewTitle', () => {
  it('is the product name for the default view', () => {
    expect(viewTitle(data, viewOf(''))).toBe('Accords Atlas');
  });

  it('names the selected country', () => {
    expect(viewTitle(data, viewOf('country=kaz'))).toBe(`${name('KAZ')} · Accords Atlas`);
  });

  it('names a pair in sorted order, whatever order the link gives', () => {
    const expected = `${name('ISR')}–${name('KAZ')} · Accords Atlas`;
    expect(viewTitle(data, viewOf('pair=ISR~KAZ'))).toBe(expected);
    expect(viewTitle(data, viewOf('pair=kaz~isr'))).toBe(expected);
  });

  it('adds the date only when it is not the dataset’s as-of date', () => {
    expect(viewTitle(data, viewOf('country=ARE&date=2020-09-20'))).toBe(
      `${name('ARE')} as of ${day('2020-09-20')} · Accords Atlas`,
    );
    expect(viewTitle(data, viewOf('date=2020-09-20'))).toBe(
      `Accords Atlas as of ${day('2020-09-20')}`,
    );
    expect(viewTitle(data, viewOf(`country=ARE&date=${data.meta.asOf}`))).toBe(
      `${name('ARE')} · Accords Atlas`,
    );
  });

  it('is written in the link’s language', () => {
    expect(viewTitle(data, viewOf('country=KAZ&lang=ru'))).toBe(
      `${countryName(data, 'KAZ', 'ru')} · Accords Atlas`,
    );
  });
});

describe('viewDescription', () => {
  it('is the tagline and the dataset date for the default view', () => {
    expect(viewDescription(data, viewOf(''))).toBe(
      `${messages.app.tagline}. Dataset as of ${ASOF}.`,
    );
  });

  it('gives a country’s Accords status on the view’s date, with the date it holds from', () => {
    for (const date of ['2020-08-20', '2020-09-20']) {
      const accords = accordsStatusOn(data, 'ARE', date);
      const text = viewDescription(data, viewOf(`country=ARE&date=${date}`));
      expect(text).toContain(name('ARE'));
      expect(text).toContain(day(date));
      expect(text).toContain(messages.status[accords.status]);
      expect(text).toContain(`since ${partial(accords.since!)}`);
      expect(text).toMatch(new RegExp(`Dataset as of ${ASOF}\\.$`));
    }
  });

  it('has no "since" for a country that never joined', () => {
    const country = DATASET_ISO3.find(
      (iso3) => accordsStatusOn(data, iso3, '2020-08-01').since === null,
    )!;
    const text = viewDescription(data, viewOf(`country=${country}&date=2020-08-01`));
    expect(text).toContain(messages.status[accordsStatusOn(data, country, '2020-08-01').status]);
    expect(text).not.toContain('since');
  });

  it('gives a pair’s diplomatic relations on the view’s date', () => {
    const relations = tieOn(data, 'ISR', 'KAZ', '2025-11-07').relations;
    const text = viewDescription(data, viewOf('pair=ISR~KAZ&date=2025-11-07'));
    expect(text).toContain(`${name('ISR')} and ${name('KAZ')}`);
    expect(text).toContain(day('2025-11-07'));
    expect(text).toContain(messages.panel.relationsStatus[relations.status]);
    expect(text).toContain(`since ${partial(relations.since!)}`);
    expect(text).toMatch(new RegExp(`Dataset as of ${ASOF}\\.$`));
  });
});

describe('embedSnippet', () => {
  const SNIPPET =
    /^<iframe src="([^"]*)" title="([^"]*)" width="100%" height="480" style="border:0" loading="lazy"><\/iframe>$/;
  const unescape = (text: string) =>
    text
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&');

  it('points an iframe at /embed with the canonical query', () => {
    const match = SNIPPET.exec(embedSnippet('https://atlas.example', '?country=KAZ', 'Kazakhstan'));
    expect(match?.[1]).toBe('https://atlas.example/embed?country=KAZ');
    expect(match?.[2]).toBe('Kazakhstan');
  });

  it('escapes " < > & \' in the title and the URL', () => {
    const hostile = `"><script>alert('x')</script>&amp;`;
    const match = SNIPPET.exec(embedSnippet('https://atlas.example', `?q=${hostile}`, hostile));
    expect(match).not.toBeNull();
    const [, src = '', title = ''] = match!;
    for (const value of [src, title])
      expect(value).not.toMatch(/["'<>]|&(?!(quot|#39|lt|gt|amp);)/);
    expect(unescape(src)).toBe(`https://atlas.example/embed?q=${hostile}`);
    expect(unescape(title)).toBe(hostile);
  });
});

describe('viewMetadata and shareMenuProps', () => {
  it('gives title, description and cards whose image depends only on what it shows', () => {
    const { view, canonical } = diagnoseLink(
      new URLSearchParams('pair=kaz~isr&layers=accords&date=2025-11-07&map=4/45/60&view=table'),
      linkScope(data),
    );
    const metadata = viewMetadata(data, view, canonical);
    const image = {
      url: '/og?pair=ISR~KAZ&date=2025-11-07',
      width: 1200,
      height: 630,
      alt: `${viewTitle(data, view)}: summary card`,
    };
    expect(metadata).toEqual({
      title: viewTitle(data, view),
      description: viewDescription(data, view),
      openGraph: {
        title: viewTitle(data, view),
        description: viewDescription(data, view),
        url: `/${canonical}`,
        siteName: 'Accords Atlas',
        type: 'website',
        images: [image],
      },
      twitter: {
        card: 'summary_large_image',
        title: viewTitle(data, view),
        description: viewDescription(data, view),
        images: [image],
      },
    });
  });

  it('points the default view’s image at /og with no query', () => {
    const metadata = viewMetadata(data, viewOf(''), '');
    expect(metadata.openGraph?.images).toMatchObject([{ url: '/og' }]);
  });

  it('builds the share menu’s props from the origin and canonical query', () => {
    const view = viewOf('country=KAZ');
    expect(shareMenuProps(data, view, 'https://atlas.example', '?country=KAZ')).toEqual({
      url: 'https://atlas.example/?country=KAZ',
      title: viewTitle(data, view),
      asOf: data.meta.asOf,
      embedSnippet: embedSnippet('https://atlas.example', '?country=KAZ', viewTitle(data, view)),
    });
  });
});

describe('Open Graph card content', () => {
  it('shows a country’s status with its swatch', () => {
    const accords = accordsStatusOn(data, 'KAZ', data.meta.asOf);
    const content = ogCardContent(data, viewOf('country=KAZ'));
    expect(content.subject).toBe(name('KAZ'));
    expect(content.lines).toEqual([
      {
        text: messages.status[accords.status],
        detail: `since ${partial(accords.since!)}`,
        swatch: { kind: 'status', status: accords.status },
      },
    ]);
    expect(content.asOf).toBe(`Data as of ${ASOF}`);
  });

  it('counts every dataset country once on the default card', () => {
    const content = ogCardContent(data, viewOf('date=2020-09-20'));
    const total = content.lines.reduce(
      (sum, line) => sum + Number(line.text.split(': ').at(-1)),
      0,
    );
    expect(total).toBe(DATASET_ISO3.length);
    expect(content.date).toBe(`On ${day('2020-09-20')}`);
  });

  it('uses only characters its fonts draw, for every name and label it can show', () => {
    const texts = [
      ...data.countries.flatMap((c) => [c.names.en, c.names.ru]),
      ...ACCORDS_STATUSES.map((s) => messages.status[s]),
      ...RELATION_STATUSES.map((s) => messages.panel.relationsStatus[s]),
      ...MISSION_LEVELS.map((l) => messages.panel.missionLevel[l]),
      ...Object.values(messages.share.image),
      messages.app.tagline,
      day('2020-09-20'),
    ];
    for (const text of texts) expect(toOgText(text)).toBe(text);
  });

  it('replaces characters its fonts lack instead of fetching a font or an emoji', () => {
    expect(toOgText('ok ✓ 🙂 שלום\nend')).toBe('ok ? ? ???? end');
  });
});

describe('GET /og', () => {
  const foreign: string[] = [];
  beforeEach(() => {
    foreign.length = 0;
    const realFetch = globalThis.fetch;
    // Satori fetches fonts and emoji from other hosts for glyphs it lacks; record any attempt.
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith('data:')) return realFetch(input, init);
      foreign.push(url);
      return Promise.reject(new Error(`no network in tests: ${url}`));
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  async function image(query: string) {
    const response = await GET(new Request(`http://localhost/og${query}`));
    const bytes = Buffer.from(await response.arrayBuffer());
    return { response, bytes };
  }

  function expectPng({ response, bytes }: Awaited<ReturnType<typeof image>>) {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBe(OG_CACHE_CONTROL);
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([1200, 630]);
  }

  it('draws a country view', async () => {
    expectPng(await image('?country=KAZ&date=2020-09-20'));
    expect(foreign).toEqual([]);
  });

  it('draws a pair view', async () => {
    expectPng(await image('?pair=ISR~KAZ&date=2025-11-07'));
    expect(foreign).toEqual([]);
  });

  it('ignores bad values: a malformed link is sent to the default view', async () => {
    const { response } = await image('?country=%3Cscript%3E&date=nope');
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('/og');
    expectPng(await image(''));
    expect(foreign).toEqual([]);
  });

  it('serves the canonical view however its characters are encoded', async () => {
    expectPng(await image('?pair=ISR%7EKAZ&date=2025-11-07'));
  });

  it.each([
    ['?country=KAZ&utm_source=x', '/og?country=KAZ'],
    ['?country=kaz&layers=c5&map=3/40/60', '/og?country=KAZ'],
    ['?date=2025-11-07&pair=KAZ~ISR&zz=1&zz=2', '/og?pair=ISR~KAZ&date=2025-11-07'],
  ])('sends %s to its canonical image %s, cacheably', async (query, canonical) => {
    const { response } = await image(query);
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe(canonical);
    expect(response.headers.get('cache-control')).toBe(OG_CACHE_CONTROL);
  });

  it('draws every character its fonts cover, Cyrillic included, without fetching', async () => {
    const content = { ...ogCardContent(data, viewOf('')), subject: ogCoveredCharacters() };
    const response = new ImageResponse(createElement(OgCard, { content }), {
      width: 1200,
      height: 630,
      fonts: await loadOgFonts(),
    });
    expect([...Buffer.from(await response.arrayBuffer()).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(foreign).toEqual([]);
  });
});
