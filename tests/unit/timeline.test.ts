import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/lib/data/load';
import type { AccordsEvent, Dataset } from '@/lib/data/schema';
import { eventDay, keyEventDates } from '@/lib/data/status';
import { FIRST_DAY, LAST_DAY } from '@/lib/search-params';
import {
  addDays,
  buildContextMarks,
  buildTicks,
  clusterTicks,
  nearestTick,
  dayFromIndex,
  dayIndex,
  nextPlayDay,
  nextTickDay,
  playbackStart,
  positionPercent,
  previousTickDay,
  snapToTick,
  type TimelineTick,
  yearMarks,
} from '@/lib/timeline';

const data = loadDataset();

const event = (id: string, value: string, fields: Partial<AccordsEvent> = {}): AccordsEvent => ({
  id,
  date: { value, precision: 'day' },
  kind: 'announced',
  parties: ['ISR', 'KAZ', 'USA'],
  accords: true,
  title: `Title of ${id}`,
  titleRu: `Заголовок ${id}`,
  summary: id,
  summaryRu: id,
  sources: ['s'],
  confidence: 'high',
  ...fields,
});
const synthetic = (events: AccordsEvent[]): Dataset => ({ ...data, events, ties: [] });
const ticksOn = (...days: string[]): TimelineTick[] =>
  days.map((day) => ({ day, date: { value: day, precision: 'day' }, events: [] }));

describe('buildTicks on synthetic datasets', () => {
  it('groups events by effective day, in day order and file order within a day', () => {
    const set = synthetic([
      event('late', '2021-05-02'),
      event('first', '2021-05-01'),
      event('second', '2021-05-01'),
    ]);
    expect(buildTicks(set, '2021-01-01', '2021-12-31')).toEqual([
      {
        day: '2021-05-01',
        date: { value: '2021-05-01', precision: 'day' },
        events: [
          {
            id: 'first',
            title: 'Title of first',
            titleRu: 'Заголовок first',
            date: { value: '2021-05-01', precision: 'day' },
          },
          {
            id: 'second',
            title: 'Title of second',
            titleRu: 'Заголовок second',
            date: { value: '2021-05-01', precision: 'day' },
          },
        ],
      },
      {
        day: '2021-05-02',
        date: { value: '2021-05-02', precision: 'day' },
        events: [
          {
            id: 'late',
            title: 'Title of late',
            titleRu: 'Заголовок late',
            date: { value: '2021-05-02', precision: 'day' },
          },
        ],
      },
    ]);
  });

  it('leaves out events that are not on the Accords track', () => {
    const set = synthetic([
      event('on-track', '2021-05-01'),
      event('off-track', '2021-05-01', { accords: false }),
      event('off-track-alone', '2021-06-01', { accords: false }),
    ]);
    const ticks = buildTicks(set, '2021-01-01', '2021-12-31');
    expect(ticks.map((tick) => tick.events.map((e) => e.id))).toEqual([['on-track']]);
  });

  it('keeps only days within [min, max], both ends included', () => {
    const set = synthetic([
      event('before', '2021-04-30'),
      event('at-min', '2021-05-01'),
      event('at-max', '2021-05-31'),
      event('after', '2021-06-01'),
    ]);
    expect(buildTicks(set, '2021-05-01', '2021-05-31').map((tick) => tick.day)).toEqual([
      '2021-05-01',
      '2021-05-31',
    ]);
  });

  it('puts month- and year-precise events and spans at their effective day', () => {
    const set = synthetic([
      event('month', '2020-02', { date: { value: '2020-02', precision: 'month' } }),
      event('year', '2021', { date: { value: '2021', precision: 'year' } }),
      event('span', '2021-03-01', { endDate: { value: '2021-03-03', precision: 'day' } }),
    ]);
    const ticks = buildTicks(set, '2020-01-01', '2021-12-31');
    expect(ticks.map((tick) => [tick.day, tick.events[0]?.date.value])).toEqual([
      ['2020-02-29', '2020-02'],
      ['2021-03-03', '2021-03-03'],
      ['2021-12-31', '2021'],
    ]);
  });

  it('labels a tick at its precision: "August 2025", not its last day, unless a dated event shares it', () => {
    const month = { value: '2025-08', precision: 'month' as const };
    const alone = buildTicks(
      synthetic([event('m', '2025-08', { date: month })]),
      FIRST_DAY,
      LAST_DAY,
    );
    expect(alone.map((tick) => tick.date)).toEqual([month]);
    const shared = synthetic([event('m', '2025-08', { date: month }), event('d', '2025-08-31')]);
    expect(buildTicks(shared, FIRST_DAY, LAST_DAY).map((tick) => tick.date)).toEqual([
      { value: '2025-08-31', precision: 'day' },
    ]);
  });

  it('puts context events on their own marks, never on the Accords ticks', () => {
    const set = synthetic([
      event('war', '2023-10-07', { kind: 'war', accords: false }),
      event('signing', '2023-10-07'),
    ]);
    expect(
      buildContextMarks(set, FIRST_DAY, LAST_DAY).map((m) => m.events.map((e) => e.id)),
    ).toEqual([['war']]);
    expect(buildTicks(set, FIRST_DAY, LAST_DAY).map((m) => m.events.map((e) => e.id))).toEqual([
      ['signing'],
    ]);
  });

  it('returns no ticks for a dataset without Accords events in range', () => {
    expect(buildTicks(synthetic([]), FIRST_DAY, LAST_DAY)).toEqual([]);
    expect(buildTicks(synthetic([event('a', '2019-01-01')]), FIRST_DAY, LAST_DAY)).toEqual([]);
  });
});

describe('buildTicks on the real dataset', () => {
  const ticks = buildTicks(data, FIRST_DAY, LAST_DAY);

  it('has one tick per key event date, in order', () => {
    expect(ticks.map((tick) => tick.day)).toEqual(keyEventDates(data));
    expect(ticks[0]?.day).toBe('2020-08-13');
  });

  it('holds every Accords event in range exactly once, and nothing else', () => {
    const ids = ticks.flatMap((tick) => tick.events.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    const accords = data.events
      .filter((e) => e.accords && eventDay(e) >= FIRST_DAY && eventDay(e) <= LAST_DAY)
      .map((e) => e.id);
    expect(new Set(ids)).toEqual(new Set(accords));
  });

  it('groups the three White House signings of 15 Sept 2020 on one tick', () => {
    const tick = ticks.find((t) => t.day === '2020-09-15');
    expect(tick?.events.map((e) => e.id)).toEqual([
      'isr-are-treaty-signed',
      'isr-bhr-declaration-of-peace-signed',
      'abraham-accords-declaration-signed-washington',
    ]);
  });

  it('narrows to a sub-range', () => {
    const days = buildTicks(data, '2020-09-15', '2020-10-15').map((tick) => tick.day);
    expect(days).toEqual(['2020-09-15', '2020-10-12', '2020-10-15']);
  });
});

describe('day arithmetic', () => {
  it('adds days across month ends and leap days', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2020-02-29', 1)).toBe('2020-03-01');
    expect(addDays('2021-02-28', 1)).toBe('2021-03-01');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2020-09-30', 1)).toBe('2020-10-01');
  });

  it('subtracts days and leaves a day unchanged for zero', () => {
    expect(addDays('2021-03-01', -1)).toBe('2021-02-28');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
    expect(addDays('2021-01-01', -366)).toBe('2020-01-01');
    expect(addDays('2020-09-20', 0)).toBe('2020-09-20');
  });

  it('counts days between two days', () => {
    expect(dayIndex('2020-02-01', '2020-03-01')).toBe(29);
    expect(dayIndex('2021-02-01', '2021-03-01')).toBe(28);
    expect(dayIndex('2020-08-01', '2026-02-19')).toBe(2028);
    expect(dayIndex('2020-08-01', '2020-08-01')).toBe(0);
    expect(dayIndex('2020-08-01', '2020-07-31')).toBe(-1);
  });

  it('maps indexes back to days', () => {
    expect(dayFromIndex(FIRST_DAY, 0)).toBe(FIRST_DAY);
    expect(dayFromIndex('2020-08-01', 50)).toBe('2020-09-20');
    expect(dayFromIndex('2020-08-01', 2028)).toBe('2026-02-19');
  });

  it('round-trips every index of the timeline', () => {
    const span = dayIndex(FIRST_DAY, LAST_DAY);
    fc.assert(
      fc.property(fc.integer({ min: -400, max: span + 400 }), (index) => {
        const day = dayFromIndex(FIRST_DAY, index);
        expect(dayIndex(FIRST_DAY, day)).toBe(index);
        expect(addDays(day, 1) > day).toBe(true);
      }),
    );
  });

  it('rejects days that are not YYYY-MM-DD and fractional offsets', () => {
    expect(() => addDays('2021-02-29', 1)).toThrow(RangeError);
    expect(() => dayIndex('2020-08', '2020-09-01')).toThrow(RangeError);
    expect(() => addDays('2020-08-01', 0.5)).toThrow(RangeError);
  });
});

describe('positionPercent', () => {
  it('places the ends at 0 and 100 and days in between proportionally', () => {
    expect(positionPercent('2020-01-01', '2020-01-11', '2020-01-01')).toBe(0);
    expect(positionPercent('2020-01-01', '2020-01-11', '2020-01-11')).toBe(100);
    expect(positionPercent('2020-01-01', '2020-01-11', '2020-01-04')).toBeCloseTo(30);
  });

  it('clamps days outside the range and survives an empty range', () => {
    expect(positionPercent('2020-01-01', '2020-01-11', '2019-12-01')).toBe(0);
    expect(positionPercent('2020-01-01', '2020-01-11', '2020-02-01')).toBe(100);
    expect(positionPercent('2020-01-01', '2020-01-01', '2020-01-01')).toBe(0);
  });
});

describe('yearMarks', () => {
  it('marks 1 January of every year inside the range', () => {
    expect(yearMarks('2020-08-01', '2023-01-01')).toEqual([
      { year: '2021', day: '2021-01-01' },
      { year: '2022', day: '2022-01-01' },
      { year: '2023', day: '2023-01-01' },
    ]);
    expect(yearMarks('2021-01-01', '2021-12-31')).toEqual([]);
  });
});

describe('playback stepping', () => {
  const ticks = ticksOn('2020-08-13', '2020-09-15', '2020-12-22');

  it('finds the next tick strictly after a day, and null at the end', () => {
    expect(nextTickDay(ticks, '2020-08-01')).toBe('2020-08-13');
    expect(nextTickDay(ticks, '2020-08-13')).toBe('2020-09-15');
    expect(nextTickDay(ticks, '2020-10-01')).toBe('2020-12-22');
    expect(nextTickDay(ticks, '2020-12-22')).toBeNull();
    expect(nextTickDay(ticks, '2021-01-01')).toBeNull();
    expect(nextTickDay([], '2020-08-01')).toBeNull();
  });

  it('plays on past the last tick to max, the as-of date, and stops there', () => {
    expect(nextPlayDay(ticks, '2020-09-15', '2021-01-31')).toBe('2020-12-22');
    expect(nextPlayDay(ticks, '2020-12-22', '2021-01-31')).toBe('2021-01-31');
    expect(nextPlayDay(ticks, '2021-01-31', '2021-01-31')).toBeNull();
    // A tick after max is not a stop.
    expect(nextPlayDay(ticks, '2020-09-15', '2020-10-01')).toBe('2020-10-01');
  });

  it('plays the real dataset to its as-of date, not to its last Accords event', () => {
    const real = buildTicks(data, FIRST_DAY, LAST_DAY);
    const last = real.at(-1)!.day;
    expect(last < LAST_DAY).toBe(true);
    expect(nextPlayDay(real, last, LAST_DAY)).toBe(LAST_DAY);
  });

  it('finds the previous tick strictly before a day, and null at the start', () => {
    expect(previousTickDay(ticks, '2021-01-01')).toBe('2020-12-22');
    expect(previousTickDay(ticks, '2020-12-22')).toBe('2020-09-15');
    expect(previousTickDay(ticks, '2020-09-14')).toBe('2020-08-13');
    expect(previousTickDay(ticks, '2020-08-13')).toBeNull();
    expect(previousTickDay(ticks, '2020-08-01')).toBeNull();
    expect(previousTickDay([], '2021-01-01')).toBeNull();
  });

  it('starts playback from the current day while a tick lies ahead', () => {
    expect(playbackStart(ticks, '2020-08-01', '2021-01-31')).toBe('2020-08-01');
    expect(playbackStart(ticks, '2020-09-15', '2021-01-31')).toBe('2020-09-15');
    expect(playbackStart(ticks, '2020-12-21', '2021-01-31')).toBe('2020-12-21');
  });

  it('restarts from the first tick when at or past the last tick, or at max', () => {
    expect(playbackStart(ticks, '2020-12-22', '2021-01-31')).toBe('2020-08-13');
    expect(playbackStart(ticks, '2021-01-31', '2021-01-31')).toBe('2020-08-13');
    expect(playbackStart(ticks, '2020-09-15', '2020-09-15')).toBe('2020-08-13');
    expect(playbackStart([], '2020-08-01', '2021-01-31')).toBeNull();
  });

  it('visits every real tick in order from FIRST_DAY and then ends with null', () => {
    const real = buildTicks(data, FIRST_DAY, LAST_DAY);
    const visited: string[] = [];
    let day: string | null = playbackStart(real, FIRST_DAY, LAST_DAY);
    expect(day).toBe(FIRST_DAY);
    while (day !== null) {
      day = nextTickDay(real, day);
      if (day !== null) visited.push(day);
      expect(visited.length).toBeLessThanOrEqual(real.length);
    }
    expect(visited).toEqual(real.map((tick) => tick.day));
    expect(playbackStart(real, visited.at(-1) ?? '', LAST_DAY)).toBe(real[0]?.day);
  });

  it('walks back from LAST_DAY through every real tick to null', () => {
    const real = buildTicks(data, FIRST_DAY, LAST_DAY);
    const visited: string[] = [];
    for (
      let day = previousTickDay(real, LAST_DAY);
      day !== null;
      day = previousTickDay(real, day)
    ) {
      visited.push(day);
      expect(visited.length).toBeLessThanOrEqual(real.length);
    }
    expect(visited).toEqual(real.map((tick) => tick.day).reverse());
  });
});

describe('clusterTicks', () => {
  const real = buildTicks(data, FIRST_DAY, LAST_DAY);
  const sizes = { minTargetPx: 24, minGapPx: 12, overhangPx: 8 };

  it('gives wide, non-overlapping targets with every mark well inside its own, at phone and desktop widths', () => {
    for (const rowPx of [344, 374, 972]) {
      const clusters = clusterTicks(real, FIRST_DAY, LAST_DAY, rowPx, sizes);
      const px = (percent: number) => (percent / 100) * rowPx;
      expect(clusters.flatMap((c) => c.ticks)).toEqual(real);
      for (const [i, cluster] of clusters.entries()) {
        expect(px(cluster.width)).toBeGreaterThanOrEqual(24 - 1e-9);
        expect(px(cluster.left)).toBeGreaterThanOrEqual(-8 - 1e-9);
        expect(px(cluster.left + cluster.width)).toBeLessThanOrEqual(rowPx + 8 + 1e-9);
        const next = clusters[i + 1];
        if (next) expect(next.left).toBeCloseTo(cluster.left + cluster.width, 9);
        expect(cluster.day).toBe(cluster.ticks.at(-1)?.day);
        for (const tick of cluster.ticks) {
          const x = px(positionPercent(FIRST_DAY, LAST_DAY, tick.day));
          // At least half the minimum gap from an edge shared with a neighbour.
          if (i > 0) expect(x - px(cluster.left)).toBeGreaterThanOrEqual(6 - 1e-9);
          if (next) expect(px(cluster.left + cluster.width) - x).toBeGreaterThanOrEqual(6 - 1e-9);
        }
      }
    }
  });

  it('keeps far-apart ticks apart and merges near ones', () => {
    const ticks = ticksOn('2020-08-01', '2020-08-02', '2023-01-01', '2026-02-19');
    const clusters = clusterTicks(ticks, FIRST_DAY, LAST_DAY, 344, sizes);
    expect(clusters.map((c) => c.ticks.map((t) => t.day))).toEqual([
      ['2020-08-01', '2020-08-02'],
      ['2023-01-01'],
      ['2026-02-19'],
    ]);
    expect(clusters[0]?.day).toBe('2020-08-02');
  });

  it('merges a target squeezed between two neighbours into the nearer one', () => {
    // At 344 px a day is ~0.17 px: ticks at ~0, 32, 46 and 100 px. All gaps are over 12 px, but the
    // second target would be 23 px wide, so it joins the third, across the smaller gap.
    // A fixed axis (not the dataset's, which grows with every release) keeps the pixels exact.
    const [start, end] = ['2020-08-01', '2026-02-19'];
    const day = (n: number) => addDays(start, n);
    const ticks = ticksOn(day(0), day(189), day(271), day(590));
    const clusters = clusterTicks(ticks, start, end, 344, sizes);
    expect(clusters.map((c) => c.ticks.length)).toEqual([1, 2, 1]);
  });

  it('is empty without ticks', () => {
    expect(clusterTicks([], FIRST_DAY, LAST_DAY, 344, sizes)).toEqual([]);
  });
});

describe('snapToTick', () => {
  const ticks = ticksOn('2021-01-10', '2021-01-20');

  it('moves a day within reach onto the nearest tick', () => {
    expect(snapToTick(ticks, '2021-01-13', 5)).toBe('2021-01-10');
    expect(snapToTick(ticks, '2021-01-16', 5)).toBe('2021-01-20');
  });

  it('leaves a day out of reach alone', () => {
    expect(snapToTick(ticks, '2021-01-15', 4)).toBe('2021-01-15');
    expect(snapToTick([], '2021-01-15', 100)).toBe('2021-01-15');
  });
});

describe('nearestTick', () => {
  const ticks = ticksOn('2021-01-01', '2021-03-01', '2021-03-03');
  // A 100-day axis: one day is exactly 1%, so a position halfway between two ticks is a true tie.
  const [start, end] = ['2021-01-01', '2021-04-11'];
  const at = (day: string) => positionPercent(start, end, day);

  it('picks the tick nearest to a position, the earlier one on a tie', () => {
    expect(nearestTick(ticks, start, end, at('2021-01-20'))?.day).toBe('2021-01-01');
    expect(nearestTick(ticks, start, end, at('2021-03-03'))?.day).toBe('2021-03-03');
    expect(nearestTick(ticks, start, end, at('2021-03-02'))?.day).toBe('2021-03-01');
    expect(nearestTick([], start, end, 50)).toBeUndefined();
  });
});
