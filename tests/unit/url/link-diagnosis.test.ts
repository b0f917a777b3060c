import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalQuery, diagnoseLink } from '@/lib/link-diagnosis';
import { loadDataset } from '@/lib/data/load';
import {
  DEFAULT_LAYERS,
  FIRST_DAY,
  LAST_DAY,
  linkScope,
  MAX_VALUE_LENGTH,
  viewParams,
} from '@/lib/search-params';
import { propertyRuns } from '../property-runs';

const SCOPE = linkScope(loadDataset());
const diagnose = (query: string) => diagnoseLink(new URLSearchParams(query), SCOPE);

describe('diagnoseLink', () => {
  it('gives the default view for an empty link', () => {
    const { view, notices, canonical } = diagnose('');
    expect(view).toEqual({
      country: null,
      pair: null,
      layers: [...DEFAULT_LAYERS],
      date: LAST_DAY,
      since: null,
      compare: null,
      worldview: 'un',
      map: null,
      view: 'map',
      lang: 'en',
      project: null,
      sort: null,
      q: null,
      track: null,
      kind: null,
      conf: null,
      from: null,
      to: null,
      order: { column: 'date', direction: 'asc' },
    });
    expect(notices).toEqual([]);
    expect(canonical).toBe('');
  });

  it('reads every key and writes them back canonically', () => {
    const { view, notices, canonical } = diagnose(
      'lang=RU&view=table&map=4.5/45.1234/63.5&date=2020-09-20&layers=minerals~accords&pair=kaz~isr',
    );
    expect(notices).toEqual([]);
    expect(view.pair).toEqual(['ISR', 'KAZ']);
    expect(view.layers).toEqual(['accords', 'minerals']);
    expect(canonical).toBe(
      '?pair=ISR~KAZ&layers=accords~minerals&date=2020-09-20&map=4.5/45.1234/63.5&view=table&lang=ru',
    );
  });

  it('drops country when a pair is given', () => {
    const { view, canonical } = diagnose('country=KAZ&pair=ISR~KAZ');
    expect(view.country).toBeNull();
    expect(canonical).toBe('?pair=ISR~KAZ');
  });

  it('ignores a bad value, keeps the rest and says why', () => {
    const { view, notices, canonical } = diagnose('country=XXX&date=2025-12-01&layers=ties');
    expect(view.country).toBeNull();
    expect(view.date).toBe('2025-12-01');
    expect(notices).toEqual([{ key: 'country', reason: 'invalid', value: 'XXX' }]);
    expect(canonical).toBe('?layers=ties&date=2025-12-01');
  });

  it('reads since= before date=, written right after it', () => {
    const { view, notices, canonical } = diagnose('date=2021-01-31&lang=ru&since=2020-09-01');
    expect(notices).toEqual([]);
    expect(view.since).toBe('2020-09-01');
    expect(canonical).toBe('?date=2021-01-31&since=2020-09-01&lang=ru');
  });

  it('ignores since= on or after the date, outside the range or malformed, and says so', () => {
    for (const query of [
      'date=2021-01-31&since=2021-01-31',
      'date=2021-01-31&since=2021-06-01',
      'since=1999-01-01',
      'since=2021-02-29',
      'since=yesterday',
    ]) {
      const { view, notices, canonical } = diagnose(query);
      expect(view.since, query).toBeNull();
      expect(notices, query).toEqual([
        { key: 'since', reason: 'invalid', value: new URLSearchParams(query).get('since') },
      ]);
      expect(canonical, query).not.toContain('since');
    }
  });

  it('clamps dates outside the dataset and says so', () => {
    expect(diagnose('date=1999-01-01').view.date).toBe(FIRST_DAY);
    expect(diagnose('date=2999-01-01').notices).toEqual([
      { key: 'date', reason: 'clamped', value: '2999-01-01' },
    ]);
  });

  it('keeps known layers and reports unknown ones', () => {
    const { view, notices } = diagnose('layers=ties~volcanoes');
    expect(view.layers).toEqual(['ties']);
    expect(notices).toEqual([{ key: 'layers', reason: 'unknown-layers', value: 'ties~volcanoes' }]);
  });

  it('uses the first of repeated keys and reports the rest', () => {
    const { view, notices } = diagnose('country=KAZ&country=ISR');
    expect(view.country).toBe('KAZ');
    expect(notices).toEqual([{ key: 'country', reason: 'repeated', value: 'ISR' }]);
  });

  it('never echoes bidi controls, which would reorder the notice around them', () => {
    const controls = [
      '\u202e',
      '\u202d',
      '\u202a',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200f',
    ];
    for (const control of controls) {
      const { notices } = diagnose(`country=${encodeURIComponent(`${control}ZAK`)}`);
      expect(notices).toEqual([{ key: 'country', reason: 'invalid', value: '�ZAK' }]);
    }
  });

  it('ignores huge values without echoing them whole', () => {
    const { notices } = diagnose(`country=${'K'.repeat(5000)}`);
    expect(notices[0]?.reason).toBe('too-long');
    expect(notices[0]?.value.length).toBeLessThanOrEqual(41);
  });

  it('shows a value of up to 40 characters whole, and a longer one cut with an ellipsis', () => {
    const notice = (value: string) => diagnose(`country=${value}`).notices[0]?.value;
    expect(notice('Q'.repeat(40))).toBe('Q'.repeat(40));
    expect(notice('Q'.repeat(41))).toBe(`${'Q'.repeat(40)}…`);
  });

  it('says too long only past the value limit', () => {
    const at = diagnose(`country=${'K'.repeat(MAX_VALUE_LENGTH)}`).notices[0]?.reason;
    const past = diagnose(`country=${'K'.repeat(MAX_VALUE_LENGTH + 1)}`).notices[0]?.reason;
    expect([at, past]).toEqual(['invalid', 'too-long']);
  });

  it('reads layers=none as no layers, without a notice', () => {
    const { view, notices, canonical } = diagnose('layers=none');
    expect(view.layers).toEqual([]);
    expect(notices).toEqual([]);
    expect(canonical).toBe('?layers=none');
  });

  it('lists every ignored repeat in one notice', () => {
    expect(diagnose('country=KAZ&country=ISR&country=UZB').notices).toEqual([
      { key: 'country', reason: 'repeated', value: 'ISR, UZB' },
    ]);
  });

  it('reads a query object as Next passes it, with repeated keys as arrays', () => {
    const { view, notices, canonical } = diagnoseLink(
      { country: ['KAZ', 'ISR'], lang: 'ru', view: undefined, utm: 'x' },
      SCOPE,
    );
    expect(view.country).toBe('KAZ');
    expect(view.lang).toBe('ru');
    expect(notices).toEqual([{ key: 'country', reason: 'repeated', value: 'ISR' }]);
    expect(canonical).toBe('?country=KAZ&lang=ru&utm=x');
  });

  it('accepts a project only when the dataset has it', () => {
    const projectIds = new Set(['upper-kairakty']);
    expect(
      diagnoseLink(new URLSearchParams('project=upper-kairakty'), { projectIds }).view.project,
    ).toBe('upper-kairakty');
    const unknown = diagnoseLink(new URLSearchParams('project=atlantis'), { projectIds });
    expect(unknown.view.project).toBeNull();
    expect(unknown.notices).toEqual([{ key: 'project', reason: 'invalid', value: 'atlantis' }]);
  });

  it('checks a project against the dataset in the parser the client uses too', () => {
    // The client reads the address with viewParams(scope): the same rule as the server, so the
    // first client render of `?project=atlantis` is the overview, as in the server's HTML.
    const parsers = viewParams({ projectIds: new Set(['upper-kairakty']) });
    expect(parsers.project.parse('upper-kairakty')).toBe('upper-kairakty');
    expect(parsers.project.parse('atlantis')).toBeNull();
    expect(parsers.project.parse('Upper-Kairakty')).toBeNull();
  });

  it('rejects a pair of one country with itself, in any case', () => {
    for (const pair of ['KAZ~KAZ', 'kaz~KAZ', 'isr~isr']) {
      const { view, notices, canonical } = diagnose(`country=UZB&pair=${pair}`);
      expect(view.pair).toBeNull();
      // The pair was invalid, so it does not replace the country.
      expect(view.country).toBe('UZB');
      expect(notices).toEqual([{ key: 'pair', reason: 'invalid', value: pair }]);
      expect(canonical).toBe('?country=UZB');
    }
  });

  it('declares push for the keys the contract says add a history entry, replace for the rest', () => {
    const parsers = viewParams(SCOPE);
    const pushes = Object.entries(parsers)
      .filter(([, parser]) => parser.history === 'push')
      .map(([key]) => key);
    expect(pushes).toEqual([
      'country',
      'pair',
      'layers',
      'date',
      'since',
      'compare',
      'worldview',
      'view',
      'lang',
      'project',
      'sort',
      'track',
      'kind',
      'conf',
      'order',
    ]);
    expect(parsers.map.history).toBeUndefined();
    expect(parsers.q.history).toBeUndefined();
    expect(parsers.from.history).toBeUndefined();
    expect(parsers.to.history).toBeUndefined();
  });

  it('keeps keys the app does not know, after its own', () => {
    expect(diagnose('utm_source=news&country=kaz').canonical).toBe('?country=KAZ&utm_source=news');
  });

  it('never throws and always yields a canonical link that parses to the same view', () => {
    const key = fc.constantFrom(
      'country',
      'pair',
      'layers',
      'date',
      'map',
      'view',
      'lang',
      'project',
      'other',
    );
    const query = fc.array(fc.tuple(key, fc.string({ maxLength: 30 })), { maxLength: 8 });
    fc.assert(
      fc.property(query, (entries) => {
        const first = diagnoseLink(new URLSearchParams(entries), SCOPE);
        const second = diagnoseLink(new URLSearchParams(first.canonical), SCOPE);
        expect(second.view).toEqual(first.view);
        expect(second.notices).toEqual([]);
        expect(second.canonical).toBe(first.canonical);
      }),
      { numRuns: propertyRuns(10_000) },
    );
  });

  it('is total on arbitrary unicode query strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        expect(() => diagnoseLink(new URLSearchParams(raw), SCOPE)).not.toThrow();
      }),
      { numRuns: propertyRuns(10_000) },
    );
  });
});

describe('each parser', () => {
  it('round-trips: parse(serialize(x)) equals x', () => {
    const { view } = diagnose(
      'country=KAZ&pair=ISR~KAZ&layers=ties~c5&date=2021-01-06&map=3/40/60&view=table&lang=ru',
    );
    for (const [key, parser] of Object.entries(viewParams(SCOPE))) {
      const value = (view as Record<string, unknown>)[key];
      if (value === null) continue;
      const serialized = parser.serialize(value as never);
      expect(parser.eq(parser.parse(serialized) as never, value as never), key).toBe(true);
    }
  });

  it('canonicalQuery of the default view is empty', () => {
    expect(canonicalQuery(diagnose('').view)).toBe('');
  });
});
