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
