import type { DisplayLocale } from './data/dates';
import { numberFormat } from './i18n/number-format';
import type { Alternative } from './data/schema';

/**
 * Largest spread, in percentage points, between the figures of one share for them to read as a
 * range rather than a disagreement: a world share of 40% in one year and 43% in another, or by
 * another body's count, is the usual spread of such estimates, not a conflict between sources.
 */
export const RANGE_MAX_SPREAD = 5;

/** The percentage a figure starts with: "43% of mined uranium (WNA)" → 43, "~40%" → 40. */
export function leadingPercent(text: string): number | null {
  const match = /^\s*[~≈]?\s*(\d+(?:[.,]\d+)?)\s*%/.exec(text);
  return match ? Number(match[1]!.replace(',', '.')) : null;
}

/**
 * The range a percentage and its alternatives span, when they are close figures of the same
 * thing (every alternative starts with a percentage and all lie within RANGE_MAX_SPREAD points);
 * null when there is nothing to range or they really disagree.
 */
export function percentRange(
  percent: number | undefined,
  alternatives: readonly Alternative[] | undefined,
): { low: number; high: number } | null {
  if (percent === undefined || !alternatives?.length) return null;
  const values = [percent];
  for (const alternative of alternatives) {
    const value = alternative.value === undefined ? null : leadingPercent(alternative.value);
    if (value === null) return null;
    values.push(value);
  }
  const low = Math.min(...values);
  const high = Math.max(...values);
  return high - low <= RANGE_MAX_SPREAD ? { low, high } : null;
}

/** "40% – 43%" (English), "40–43 %" (Russian), as CLDR writes percentage ranges. */
export function formatPercentRange(
  range: { low: number; high: number },
  locale: DisplayLocale,
): string {
  const format = numberFormat(locale === 'en' ? 'en-GB' : 'ru-RU', {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  return format.formatRange(range.low / 100, range.high / 100);
}
