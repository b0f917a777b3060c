/**
 * The statistics the bench reports, as pure functions (tested in tests/unit/bench-stats.test.ts).
 */

function checked(values: readonly number[], what: string): number[] {
  if (values.length === 0) throw new RangeError(`${what} of no values`);
  if (values.some((v) => !Number.isFinite(v))) throw new RangeError(`${what}: non-finite value`);
  return [...values].sort((a, b) => a - b);
}

/** The middle value; for an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
  const sorted = checked(values, 'median');
  const mid = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[mid]!;
  const [a, b] = [sorted[mid - 1]!, sorted[mid]!];
  const mean = (a + b) / 2;
  return Number.isFinite(mean) ? mean : a / 2 + b / 2; // a + b can overflow near ±MAX_VALUE
}

/**
 * Nearest-rank quantile: the smallest value with at least `q` of the values at or below it, so it
 * is always one of the measured values (p95 of 20 values is the 19th smallest).
 */
export function quantile(values: readonly number[], q: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile: q must be in [0, 1], got ${q}`);
  const sorted = checked(values, 'quantile');
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1]!;
}

export function p95(values: readonly number[]): number {
  return quantile(values, 0.95);
}

export interface Summary {
  n: number;
  min: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/** Count, extremes, median, p95 and mean; null when there is nothing to summarize. */
export function summarize(values: readonly number[]): Summary | null {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return null;
  return {
    n: finite.length,
    min: Math.min(...finite),
    p50: median(finite),
    p95: p95(finite),
    max: Math.max(...finite),
    mean: finite.reduce((sum, v) => sum + v, 0) / finite.length,
  };
}

/** value / baseline, or null when either is missing or the baseline is not positive. */
export function ratio(
  value: number | null | undefined,
  baseline: number | null | undefined,
): number | null {
  if (value == null || baseline == null) return null;
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline <= 0) return null;
  return value / baseline;
}
