import { isParserBijective } from 'nuqs/testing';
import { describe, expect, it } from 'vitest';
import { CONFIDENCE, CONTEXT_KINDS } from '@/lib/data/enums';
import { loadDataset } from '@/lib/data/load';
import { eventDay } from '@/lib/data/status';
import { diagnoseLink } from '@/lib/link-diagnosis';
import { linkScope, parseAsOrder, parseAsRangeDay, parseAsTrack } from '@/lib/search-params';
import { DEFAULT_ORDER, EVENT_COLUMNS, parseOrder } from '@/lib/events-keys';
import {
  EVENTS_CSV_HEADER,
  eventRows,
  eventsCsv,
  eventsDownload,
  eventsFileName,
  eventsJson,
  type EventsQuery,
  filterEventRows,
  nextOrder,
  shownEventRows,
  sortEventRows,
  yearCounts,
  yearRange,
  yearSpan,
} from '@/lib/events-table';
import { parseCsv } from './api/helpers';

const data = loadDataset();
const rows = eventRows(data);
const NO_FILTER: EventsQuery = {
  country: null,
  pair: null,
  track: null,
  kind: null,
  conf: null,
  from: null,
  to: null,
  order: null,
};
const ids = (list: readonly { id: string }[]) => list.map((row) => row.id);

describe('event rows', () => {
  it('has one row per event of the dataset, document steps and context events included, by day', () => {
    expect(rows).toHaveLength(data.events.length);
    expect(new Set(ids(rows))).toEqual(new Set(data.events.map((e) => e.id)));
    const days = rows.map((row) => row.day);
    expect(days).toEqual([...days].sort());
    expect(rows.some((row) => data.events.find((e) => e.id === row.id)?.documentId)).toBe(true);
  });

  it('puts context kinds on the context track, Accords events on the Accords track', () => {
    for (const row of rows) {
      const event = data.events.find((e) => e.id === row.id)!;
      if ((CONTEXT_KINDS as readonly string[]).includes(event.kind)) {
        expect(row.track, row.id).toBe('context');
      } else if (event.accords) expect(row.track, row.id).toBe('accords');
      else expect(['ties', 'minerals'], row.id).toContain(row.track);
    }
    // A minerals agreement's dated event is on the minerals track even when its kind is a meeting.
    const linked = data.minerals.agreements.flatMap((a) => a.eventId ?? []);
    for (const id of linked) {
      const row = rows.find((r) => r.id === id)!;
      if (row.track !== 'context' && row.track !== 'accords')
        expect(row.track, id).toBe('minerals');
    }
    expect(new Set(rows.map((row) => row.track))).toEqual(
      new Set(['accords', 'ties', 'minerals', 'context']),
    );
  });
});

describe('filters', () => {
  it('keeps, for each filter, exactly the rows that match it', () => {
    const kaz = filterEventRows(rows, { ...NO_FILTER, country: 'KAZ' });
    expect(kaz.length).toBeGreaterThan(0);
    expect(ids(kaz)).toEqual(ids(rows.filter((row) => row.parties.includes('KAZ'))));

    const pair = filterEventRows(rows, { ...NO_FILTER, pair: ['ISR', 'KAZ'] });
    expect(pair.length).toBeGreaterThan(0);
    expect(pair.every((row) => row.parties.includes('ISR') && row.parties.includes('KAZ'))).toBe(
      true,
    );
    expect(pair.length).toBeLessThan(kaz.length);

    for (const conf of CONFIDENCE) {
      const kept = filterEventRows(rows, { ...NO_FILTER, conf });
      expect(kept.every((row) => row.confidence === conf)).toBe(true);
      expect(kept.length).toBe(rows.filter((row) => row.confidence === conf).length);
    }
    const signed = filterEventRows(rows, { ...NO_FILTER, kind: 'signed' });
    expect(signed.length).toBe(data.events.filter((e) => e.kind === 'signed').length);
    const context = filterEventRows(rows, { ...NO_FILTER, track: 'context' });
    expect(context.length).toBe(
      data.events.filter((e) => (CONTEXT_KINDS as readonly string[]).includes(e.kind)).length,
    );
  });

  it('keeps the days in the range, both ends included, and reads a reversed range as a range', () => {
    const range = { ...NO_FILTER, from: '2020-08-13', to: '2020-12-31' };
    const kept = filterEventRows(rows, range);
    expect(kept.map((row) => row.day)).toEqual(
      rows.map((row) => row.day).filter((day) => day >= '2020-08-13' && day <= '2020-12-31'),
    );
    expect(kept[0]!.day).toBe('2020-08-13');
    expect(ids(filterEventRows(rows, { ...range, from: range.to, to: range.from }))).toEqual(
      ids(kept),
    );
    expect(filterEventRows(rows, range, { skipRange: true })).toHaveLength(rows.length);
  });

  it('combines filters with AND', () => {
    const query = { ...NO_FILTER, country: 'KAZ', track: 'accords' as const, from: '2025-01-01' };
    const kept = filterEventRows(rows, query);
    expect(kept.length).toBeGreaterThan(0);
    expect(
      kept.every(
        (r) => r.parties.includes('KAZ') && r.track === 'accords' && r.day >= '2025-01-01',
      ),
    ).toBe(true);
  });
});

describe('sorting', () => {
  it('defaults to date, oldest first, and reverses it stably', () => {
    expect(ids(sortEventRows(rows, null))).toEqual(ids(rows));
    const newest = sortEventRows(rows, { column: 'date', direction: 'desc' });
    expect(newest.map((r) => r.day)).toEqual(
      rows
        .map((r) => r.day)
        .reverse()
        .sort()
        .reverse(),
    );
    // Same-day rows keep their file order in both directions (a stable sort).
    const sameDay = rows.filter((r) => r.day === '2020-09-15').map((r) => r.id);
    expect(newest.filter((r) => r.day === '2020-09-15').map((r) => r.id)).toEqual(sameDay);
  });

  it('orders every column in both directions', () => {
    for (const column of EVENT_COLUMNS) {
      const up = sortEventRows(rows, { column, direction: 'asc' }, 'en');
      const down = sortEventRows(rows, { column, direction: 'desc' }, 'en');
      expect(up).toHaveLength(rows.length);
      expect(new Set(ids(down))).toEqual(new Set(ids(up)));
    }
    const titles = sortEventRows(rows, { column: 'title', direction: 'asc' }, 'ru').map(
      (r) => r.titleRu,
    );
    expect(titles).toEqual([...titles].sort(new Intl.Collator('ru').compare));
    const conf = sortEventRows(rows, { column: 'confidence', direction: 'asc' });
    expect(conf[0]!.confidence).toBe('high');
    expect(conf.at(-1)!.confidence).toBe('low');
    const kinds = sortEventRows(rows, { column: 'kind', direction: 'asc' }, 'en', {
      war: 'AAA first',
    });
    expect(kinds[0]!.kind).toBe('war');
  });

  it('cycles a header through ascending, descending, then back to the default', () => {
    expect(nextOrder(null, 'title')).toEqual({ column: 'title', direction: 'asc' });
    expect(nextOrder({ column: 'title', direction: 'asc' }, 'title')).toEqual({
      column: 'title',
      direction: 'desc',
    });
    expect(nextOrder({ column: 'title', direction: 'desc' }, 'title')).toEqual(DEFAULT_ORDER);
    expect(nextOrder(null, 'date')).toEqual({ column: 'date', direction: 'desc' });
    expect(nextOrder({ column: 'date', direction: 'desc' }, 'date')).toEqual(DEFAULT_ORDER);
  });
});

describe('counts by year', () => {
  it('counts every row once, on an unbroken run of years', () => {
    const [first, last] = yearSpan(rows, data.meta.asOf);
    const counts = yearCounts(rows, first, last);
    expect(counts.map((c) => c.year)).toEqual(
      Array.from({ length: last - first + 1 }, (_, i) => first + i),
    );
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(rows.length);
    expect(counts.find((c) => c.year === 2025)!.count).toBe(
      data.events.filter((e) => eventDay(e).startsWith('2025')).length,
    );
    expect(counts.find((c) => c.year === 2000)!.count).toBe(0);
  });

  it('turns a brush over years into whole-year days, either way round', () => {
    expect(yearRange(2021, 2020)).toEqual({ from: '2020-01-01', to: '2021-12-31' });
    const { from, to } = yearRange(2025, 2025);
    const kept = filterEventRows(rows, { ...NO_FILTER, from, to });
    expect(kept.length).toBe(yearCounts(rows, 2025, 2025)[0]!.count);
  });
});

describe('URL values', () => {
  it('reads the filter keys in any case and ignores bad values with a notice', () => {
    const scope = linkScope(data);
    const { view, notices, canonical } = diagnoseLink(
      new URLSearchParams(
        'view=EVENTS&track=Minerals&kind=volcano&conf=HIGH&from=2021-02-29&to=2025-12-31&order=-Bogus',
      ),
      scope,
    );
    expect(view.view).toBe('events');
    expect(view.track).toBe('minerals');
    expect(view.conf).toBe('high');
    expect(view.kind).toBeNull();
    expect(view.from).toBeNull();
    expect(view.to).toBe('2025-12-31');
    expect(view.order).toEqual(DEFAULT_ORDER);
    expect(notices.map((n) => `${n.key}:${n.reason}`)).toEqual([
      'kind:invalid',
      'from:invalid',
      'order:invalid',
    ]);
    expect(canonical).toBe('?view=events&track=minerals&conf=high&to=2025-12-31');
  });

  it('writes the default order nowhere and the others after q, in key order', () => {
    const scope = linkScope(data);
    const { canonical } = diagnoseLink(
      new URLSearchParams('order=-date&from=2020-01-01&q=x&view=matrix&order=date'),
      scope,
    );
    expect(canonical).toBe('?view=matrix&q=x&from=2020-01-01&order=-date');
    expect(diagnoseLink(new URLSearchParams('order=date'), scope).canonical).toBe('');
  });

  it('round-trips every order and range value', () => {
    for (const column of EVENT_COLUMNS) {
      for (const value of [column, `-${column}`]) {
        expect(isParserBijective(parseAsOrder, value, parseOrder(value)!)).toBe(true);
      }
    }
    expect(isParserBijective(parseAsRangeDay, '2020-08-13', '2020-08-13')).toBe(true);
    expect(isParserBijective(parseAsTrack, 'context', 'context')).toBe(true);
  });
});

describe('downloads', () => {
  const query: EventsQuery = {
    ...NO_FILTER,
    country: 'KAZ',
    track: 'accords',
    order: { column: 'date', direction: 'desc' },
  };
  const shown = shownEventRows(rows, query, 'en');

  it('writes exactly the rows shown, in their order, with the dataset version', () => {
    const [header, ...records] = parseCsv(eventsCsv(data, shown, 'en'));
    expect(header).toEqual([...EVENTS_CSV_HEADER]);
    expect(records.map((r) => r[0])).toEqual(ids(shown));
    expect(records.every((r) => r.at(-1) === data.meta.version)).toBe(true);
    const ru = parseCsv(eventsCsv(data, shown, 'ru'));
    expect(ru[1]![EVENTS_CSV_HEADER.indexOf('title')]).toBe(shown[0]!.titleRu);
  });

  it('writes the same rows as JSON with the dataset, filters and order', () => {
    const json = JSON.parse(eventsJson(data, shown, query, 'en'));
    expect(json.dataset.version).toBe(data.meta.version);
    expect(json.filters).toEqual({ country: 'KAZ', track: 'accords' });
    expect(json.order).toBe('-date');
    expect(json.events.map((e: { id: string }) => e.id)).toEqual(ids(shown));
    expect(json.events[0].sources.length).toBeGreaterThan(0);
  });

  it('names the file by dataset version and subject, and starts the CSV with a BOM', async () => {
    expect(eventsFileName('2.0.0', { country: null, pair: null }, 'csv')).toBe(
      'accords-atlas-events-v2.0.0.csv',
    );
    expect(eventsFileName('2.0.0', { country: null, pair: ['ISR', 'KAZ'] }, 'json')).toBe(
      'accords-atlas-events-v2.0.0-isr-kaz.json',
    );
    const csv = eventsDownload(data, shown, query, 'en', 'csv');
    expect(csv.fileName).toBe(`accords-atlas-events-v${data.meta.version}-kaz.csv`);
    const bytes = new Uint8Array(await csv.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const json = eventsDownload(data, shown, query, 'en', 'json');
    expect(json.blob.type).toBe('application/json');
  });
});
