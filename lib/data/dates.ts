import { cached } from '../cached';
import type { DatePrecision } from './enums';

/** A date known to a day, a month or a year: `{ value: '2020-09', precision: 'month' }`. */
export interface PartialDate {
  value: string;
  precision: DatePrecision;
}

/** Display languages supported by `formatPartialDate`. */
export type DisplayLocale = 'en' | 'ru';

const PATTERNS: Record<DatePrecision, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  year: /^(\d{4})$/,
};

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in a month (1–12) of the Gregorian calendar, by arithmetic: dates are checked and moved
 * to their period's end for every event on every render and request, and on the server every
 * `new Date` goes through Next's wrapper of the Date constructor.
 */
function daysInMonth(year: number, month: number): number {
  if (!(month >= 1 && month <= 12)) throw new RangeError(`No month ${month} in a year`);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/** True when `value` is a real calendar date written as its precision requires. */
export function isValidPartialDate(date: PartialDate): boolean {
  const match = PATTERNS[date.precision].exec(date.value);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/** Parses 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' into a partial date; null if invalid. */
export function parsePartialDate(value: string): PartialDate | null {
  const precision = (Object.keys(PATTERNS) as DatePrecision[]).find((p) => PATTERNS[p].test(value));
  if (!precision) return null;
  const date = { value, precision };
  return isValidPartialDate(date) ? date : null;
}

/** True for a valid full day 'YYYY-MM-DD'. Checked for every day placed on the timeline. */
export function isDay(value: string): boolean {
  return isValidPartialDate({ value, precision: 'day' });
}

/** First day of the period a partial date covers. */
export function firstDay(date: PartialDate): string {
  if (date.precision === 'day') return date.value;
  return date.precision === 'month' ? `${date.value}-01` : `${date.value}-01-01`;
}

/**
 * Day from which a partial date counts as having happened: the last day of its period,
 * because a month- or year-precise event cannot be claimed before its period ends.
 */
export function effectiveDay(date: PartialDate): string {
  if (date.precision === 'day') return date.value;
  if (date.precision === 'year') return `${date.value}-12-31`;
  const [year, month] = date.value.split('-').map(Number) as [number, number];
  return `${date.value}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/**
 * Orders two days written 'YYYY-MM-DD' (or '' for "no day", first). Such strings sort by their
 * characters, so this is a plain comparison: `localeCompare` gives the same order through the
 * locale's collation rules, about 10× slower, and timelines, statuses and panels sort events by
 * day on every date change and every page request.
 */
export function compareDays(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };

/** Orders partial dates by effective day, then coarser precision last. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byDay = compareDays(effectiveDay(a), effectiveDay(b));
  if (byDay !== 0) return byDay;
  return PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

const FORMAT_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

/** Formatters by locale and precision, built once: building one costs far more than using it. */
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: DisplayLocale, precision: DatePrecision): Intl.DateTimeFormat {
  return cached(
    FORMATTERS,
    `${locale}:${precision}`,
    () =>
      new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'ru-RU', {
        ...FORMAT_OPTIONS[precision],
        timeZone: 'UTC',
      }),
  );
}

/**
 * How a date is used in its sentence. Russian writes a month on its own in the nominative
 * ("май 1996 г.") but after a preposition such as «с» ("since") in the genitive ("с мая 1996 г.").
 * English writes both the same way.
 */
export type DateForm = 'standalone' | 'genitive';

/**
 * Dates already formatted: a panel formats hundreds per render (every fact and source), mostly
 * the same few hundred days of the dataset, and `Intl` formatting is the costly part.
 */
const FORMATTED = new Map<string, string>();
const MAX_FORMATTED = 10_000;

/**
 * Formats a partial date for display, showing only the precision it has ('November 2025').
 * The genitive month comes from ICU itself: the date is formatted with its day, where CLDR
 * declines the month ("1 мая 1996 г."), and the day is then dropped, so no month name is
 * declined by hand.
 */
export function formatPartialDate(
  date: PartialDate,
  locale: DisplayLocale,
  form: DateForm = 'standalone',
): string {
  const key = `${locale}:${form}:${date.precision}:${date.value}`;
  // A link's day is any valid day, so the texts kept are bounded: past the cap they start over.
  if (FORMATTED.size >= MAX_FORMATTED) FORMATTED.clear();
  return cached(FORMATTED, key, () => formatUncached(date, locale, form));
}

function formatUncached(date: PartialDate, locale: DisplayLocale, form: DateForm): string {
  const governed = form === 'genitive' && date.precision === 'month';
  const format = formatterFor(locale, governed ? 'day' : date.precision);
  const instant = new Date(`${firstDay(date)}T00:00:00Z`);
  if (!governed) return tidySpaces(format.format(instant));
  // Both display locales put the day first ("1 мая 1996 г.", "1 May 1996"): dropping it leaves
  // only the space after it, which trimming removes.
  const parts = format.formatToParts(instant).filter((part) => part.type !== 'day');
  return tidySpaces(
    parts
      .map((part) => part.value)
      .join('')
      .trim(),
  );
}

/**
 * Engines disagree on the spaces ICU puts in a date (Node writes a narrow no-break space before
 * «г.» where Chromium writes a plain one), and server and browser must render the same text: every
 * space becomes a plain one, except before «г.», where a no-break space keeps "1996 г." together.
 */
function tidySpaces(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/ г\.$/, '\u00a0г.');
}
