/**
 * Pure logic behind the as-of-date timeline (components/timeline/timeline.tsx): tick marks for the
 * Accords events, marks for the context track, day arithmetic on 'YYYY-MM-DD' strings and
 * playback stepping.
 */
import { isDay, type PartialDate } from './data/dates';
import { CONTEXT_KINDS, type EventKind } from './data/enums';
import type { AccordsEvent, Dataset } from './data/schema';
import { eventDay, sortEvents } from './data/status';

const CONTEXT: ReadonlySet<EventKind> = new Set(CONTEXT_KINDS);

const MS_PER_DAY = 86_400_000;

/** One Accords event shown on a tick. */
export interface TimelineTickEvent {
  id: string;
  title: string;
  titleRu: string;
  /** The date the tick's day comes from (`endDate ?? date`), kept for its precision. */
  date: PartialDate;
}

/** A tick mark: the Accords events that take effect on one day. */
export interface TimelineTick {
  /** Effective day, 'YYYY-MM-DD' (the last day of a month- or year-precise date). */
  day: string;
  /**
   * The date the tick is labelled with, at its precision: "August 2025" when all its events are
   * known only to that month, the day itself otherwise.
   */
  date: PartialDate;
  /** In file order. */
  events: TimelineTickEvent[];
}

function tickEvent(event: AccordsEvent): TimelineTickEvent {
  const { id, title, titleRu } = event;
  return { id, title, titleRu, date: event.endDate ?? event.date };
}

/** The tick's label date: the events' shared date when they all have it, else the day. */
function tickDate(day: string, events: readonly TimelineTickEvent[]): PartialDate {
  const [first] = events;
  const shared =
    first &&
    events.every(
      (e) => e.date.value === first.date.value && e.date.precision === first.date.precision,
    );
  return shared ? first.date : { value: day, precision: 'day' };
}

/** Events grouped by effective day, within [min, max], sorted by day. */
function groupByDay(events: readonly AccordsEvent[], min: string, max: string): TimelineTick[] {
  const ticks: TimelineTick[] = [];
  for (const event of sortEvents(events)) {
    const day = eventDay(event);
    if (day < min || day > max) continue;
    const entry = tickEvent(event);
    const last = ticks.at(-1);
    if (last?.day === day) last.events.push(entry);
    else ticks.push({ day, date: entry.date, events: [entry] });
  }
  return ticks.map((tick) => ({ ...tick, date: tickDate(tick.day, tick.events) }));
}

/** Accords-track events grouped by effective day, within [min, max], sorted by day. */
export function buildTicks(data: Dataset, min: string, max: string): TimelineTick[] {
  return groupByDay(
    data.events.filter((e) => e.accords),
    min,
    max,
  );
}

/** Context events (wars, strikes, ceasefires, recognitions) for their own track, grouped by day. */
export function buildContextMarks(data: Dataset, min: string, max: string): TimelineTick[] {
  return groupByDay(
    data.events.filter((e) => CONTEXT.has(e.kind)),
    min,
    max,
  );
}

function toUtcMs(day: string): number {
  if (!isDay(day)) throw new RangeError(`Expected a YYYY-MM-DD day, got "${day}"`);
  return Date.parse(`${day}T00:00:00Z`);
}

/** `day` moved by `n` whole days (negative goes back), in UTC. */
export function addDays(day: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Expected a whole number of days, got ${n}`);
  return new Date(toUtcMs(day) + n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Days from `min` to `day` (negative when `day` is earlier). */
export function dayIndex(min: string, day: string): number {
  return Math.round((toUtcMs(day) - toUtcMs(min)) / MS_PER_DAY);
}

/** The day `index` days after `min`; the inverse of `dayIndex`. */
export function dayFromIndex(min: string, index: number): string {
  return addDays(min, index);
}

/** Where `day` sits between `min` (0) and `max` (100), clamped to that range. */
export function positionPercent(min: string, max: string, day: string): number {
  const span = dayIndex(min, max);
  if (span <= 0) return 0;
  return Math.min(100, Math.max(0, (dayIndex(min, day) / span) * 100));
}

/** The first tick day strictly after `day`, or null when there is none. */
export function nextTickDay(ticks: readonly TimelineTick[], day: string): string | null {
  return ticks.find((tick) => tick.day > day)?.day ?? null;
}

/** The last tick day strictly before `day`, or null when there is none. */
export function previousTickDay(ticks: readonly TimelineTick[], day: string): string | null {
  return ticks.findLast((tick) => tick.day < day)?.day ?? null;
}

/**
 * The step Play takes after `day`: the next tick up to `max`, then `max` itself (the as-of date,
 * where the record ends, often weeks after the last Accords event); null once at `max`.
 */
export function nextPlayDay(
  ticks: readonly TimelineTick[],
  day: string,
  max: string,
): string | null {
  const next = nextTickDay(ticks, day);
  if (next !== null && next <= max) return next;
  return day < max ? max : null;
}

/** 1 January of each year after `min` up to `max`: where the axis writes its year labels. */
export function yearMarks(min: string, max: string): { year: string; day: string }[] {
  const marks: { year: string; day: string }[] = [];
  for (let year = Number(min.slice(0, 4)) + 1; `${year}-01-01` <= max; year++) {
    marks.push({ year: String(year), day: `${year}-01-01` });
  }
  return marks;
}

/**
 * The day playback starts from: `day` itself while a tick lies ahead (the first step then goes to
 * that tick), or the first tick when `day` is at or past the last tick or at `max`, so that Play at
 * the end replays from the start. Null when there are no ticks.
 */
export function playbackStart(
  ticks: readonly TimelineTick[],
  day: string,
  max: string,
): string | null {
  const first = ticks[0];
  if (!first) return null;
  return day >= max || nextTickDay(ticks, day) === null ? first.day : day;
}

/** Ticks that share one tap target: events too close together on the row to tap apart. */
export interface TickCluster {
  /** The day a tap selects: the cluster's last tick, so all its events are in effect. */
  day: string;
  ticks: TimelineTick[];
  /** The tap target's left edge and width, in per cent of the row (may reach past its ends). */
  left: number;
  width: number;
}

export interface TickTargetSizes {
  /** Narrowest tap target (WCAG 2.2 target size: 24 CSS px). */
  minTargetPx: number;
  /** Ticks closer than this share a target, so every mark is at least half of it from an edge. */
  minGapPx: number;
  /** How far a target may reach past each end of the row (the row's inset from its container). */
  overhangPx: number;
}

/**
 * Groups ticks into tap targets for a row `rowPx` wide: ticks closer than `minGapPx` share one;
 * targets meet halfway between their outermost ticks, and any narrower than `minTargetPx` joins
 * the neighbour it is closest to. So targets never overlap, are never narrower than the minimum,
 * and a tap on a mark never lands on a neighbour's target.
 */
export function clusterTicks(
  ticks: readonly TimelineTick[],
  min: string,
  max: string,
  rowPx: number,
  sizes: TickTargetSizes,
): TickCluster[] {
  const { minTargetPx, minGapPx, overhangPx } = sizes;
  // Each tick's position, worked out once: the merging below asks for them again on every pass.
  const positions = new Map(
    ticks.map((tick) => [tick, (positionPercent(min, max, tick.day) / 100) * rowPx]),
  );
  const x = (tick: TimelineTick) => positions.get(tick)!;
  const groups: TimelineTick[][] = [];
  for (const tick of ticks) {
    const last = groups.at(-1);
    if (last && x(tick) - x(last.at(-1)!) < minGapPx) last.push(tick);
    else groups.push([tick]);
  }
  const low = -overhangPx;
  const high = rowPx + overhangPx;
  const first = (group: TimelineTick[]) => x(group[0]!);
  const lastOf = (group: TimelineTick[]) => x(group.at(-1)!);
  const edges = (i: number): [number, number] => [
    i === 0
      ? Math.max(low, first(groups[0]!) - minTargetPx / 2)
      : (lastOf(groups[i - 1]!) + first(groups[i]!)) / 2,
    i === groups.length - 1
      ? Math.min(high, lastOf(groups[i]!) + minTargetPx / 2)
      : (lastOf(groups[i]!) + first(groups[i + 1]!)) / 2,
  ];
  // Merge the narrowest too-narrow target into the neighbour across the smaller gap, until none is.
  for (;;) {
    let narrowest = -1;
    let narrowestWidth = minTargetPx;
    for (let i = 0; i < groups.length; i++) {
      const [left, right] = edges(i);
      if (right - left < narrowestWidth && groups.length > 1) {
        narrowest = i;
        narrowestWidth = right - left;
      }
    }
    if (narrowest < 0) break;
    const gapBefore =
      narrowest > 0 ? first(groups[narrowest]!) - lastOf(groups[narrowest - 1]!) : Infinity;
    const gapAfter =
      narrowest < groups.length - 1
        ? first(groups[narrowest + 1]!) - lastOf(groups[narrowest]!)
        : Infinity;
    const into = gapBefore <= gapAfter ? narrowest - 1 : narrowest + 1;
    const [a, b] = into < narrowest ? [into, narrowest] : [narrowest, into];
    groups.splice(a, 2, [...groups[a]!, ...groups[b]!]);
  }
  return groups.map((group, i) => {
    const [left, right] = edges(i);
    return {
      day: group.at(-1)!.day,
      ticks: group,
      left: (left / rowPx) * 100,
      width: ((right - left) / rowPx) * 100,
    };
  });
}

/** The tick day nearest to `day` when it lies within `maxDays` of it, else `day`: a drag's detent. */
export function snapToTick(ticks: readonly TimelineTick[], day: string, maxDays: number): string {
  let best = day;
  let bestDistance = Infinity;
  for (const tick of ticks) {
    const distance = Math.abs(dayIndex(day, tick.day));
    if (distance <= maxDays && distance < bestDistance) {
      best = tick.day;
      bestDistance = distance;
    }
  }
  return best;
}

/** The tick of `ticks` nearest to `percent` of the way from `min` to `max` (the first on a tie). */
export function nearestTick(
  ticks: readonly TimelineTick[],
  min: string,
  max: string,
  percent: number,
): TimelineTick | undefined {
  let best: TimelineTick | undefined;
  let bestDistance = Infinity;
  for (const tick of ticks) {
    const distance = Math.abs(positionPercent(min, max, tick.day) - percent);
    if (distance < bestDistance) {
      best = tick;
      bestDistance = distance;
    }
  }
  return best;
}
