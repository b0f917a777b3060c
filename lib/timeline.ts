/**
 * Pure logic behind the as-of-date timeline (components/timeline/timeline.tsx): tick marks for the
 * Accords events, day arithmetic on 'YYYY-MM-DD' strings and playback stepping.
 */
import { isDay, type PartialDate } from './data/dates';
import type { Dataset } from './data/schema';
import { eventDay, sortEvents } from './data/status';

const MS_PER_DAY = 86_400_000;

/** One Accords event shown on a tick. */
export interface TimelineTickEvent {
  id: string;
  title: string;
  /** The date the tick's day comes from (`endDate ?? date`), kept for its precision. */
  date: PartialDate;
}

/** A tick mark: the Accords events that take effect on one day. */
export interface TimelineTick {
  /** Effective day, 'YYYY-MM-DD' (the last day of a month- or year-precise date). */
  day: string;
  /** In file order. */
  events: TimelineTickEvent[];
}

/** Accords-track events grouped by effective day, within [min, max], sorted by day. */
export function buildTicks(data: Dataset, min: string, max: string): TimelineTick[] {
  const ticks: TimelineTick[] = [];
  for (const event of sortEvents(data.events.filter((e) => e.accords))) {
    const day = eventDay(event);
    if (day < min || day > max) continue;
    const entry = { id: event.id, title: event.title, date: event.endDate ?? event.date };
    const last = ticks.at(-1);
    if (last?.day === day) last.events.push(entry);
    else ticks.push({ day, events: [entry] });
  }
  return ticks;
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

/** Ticks that share one tap target: the events within one slot of the tick row. */
export interface TickCluster {
  /** The day a tap selects: the cluster's last tick, so all its events are in effect. */
  day: string;
  ticks: TimelineTick[];
  /** The slot's left edge and width, in per cent of the row. */
  left: number;
  width: number;
}

/**
 * Groups ticks into equal slots at least `minSlotPx` wide across a row `rowPx` wide, one tap target
 * per slot that holds ticks. Targets never overlap and are never narrower than `minSlotPx` (WCAG
 * 2.2 target size), so a neighbour 0.5 px away cannot take the tap: it shares the target instead.
 */
export function clusterTicks(
  ticks: readonly TimelineTick[],
  min: string,
  max: string,
  rowPx: number,
  minSlotPx: number,
): TickCluster[] {
  const slots = Math.max(1, Math.floor(rowPx / minSlotPx));
  const width = 100 / slots;
  const clusters: TickCluster[] = [];
  let slotOfLast = -1;
  for (const tick of ticks) {
    const slot = Math.min(slots - 1, Math.floor(positionPercent(min, max, tick.day) / width));
    const last = clusters.at(-1);
    if (last && slot === slotOfLast) {
      last.ticks.push(tick);
      last.day = tick.day;
    } else {
      clusters.push({ day: tick.day, ticks: [tick], left: slot * width, width });
      slotOfLast = slot;
    }
  }
  return clusters;
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
