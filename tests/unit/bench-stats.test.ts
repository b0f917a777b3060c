import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, p95, quantile, ratio, summarize } from '@/bench/stats';

describe('median', () => {
  it('is the middle value of an odd count, in any order', () => {
    expect(median([5])).toBe(5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([10, -1, 7, 7, 0])).toBe(7);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([1, 2])).toBe(1.5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('does not overflow between two huge values', () => {
    expect(median([Number.MAX_VALUE, Number.MAX_VALUE])).toBe(Number.MAX_VALUE);
  });

  it('refuses no values and non-finite ones', () => {
    expect(() => median([])).toThrow(RangeError);
    expect(() => median([1, Number.NaN])).toThrow(RangeError);
    expect(() => median([Infinity])).toThrow(RangeError);
  });

  it('lies between the extremes, with as many values at or below as at or above', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1 }),
        (values) => {
          const m = median(values);
          expect(m).toBeGreaterThanOrEqual(Math.min(...values));
          expect(m).toBeLessThanOrEqual(Math.max(...values));
          const below = values.filter((v) => v <= m).length;
          const above = values.filter((v) => v >= m).length;
          expect(below).toBeGreaterThanOrEqual(values.length / 2);
          expect(above).toBeGreaterThanOrEqual(values.length / 2);
        },
      ),
    );
  });
});

describe('quantile (nearest rank)', () => {
  const twenty = Array.from({ length: 20 }, (_, i) => 20 - i); // 20, 19, …, 1

  it('p95 of 20 values is the 19th smallest', () => {
    expect(p95(twenty)).toBe(19);
  });

  it('p95 of fewer than 20 values is the largest', () => {
    expect(p95([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(10);
    expect(p95([42])).toBe(42);
  });

  it('q = 0 is the smallest value and q = 1 the largest', () => {
    expect(quantile(twenty, 0)).toBe(1);
    expect(quantile(twenty, 1)).toBe(20);
  });

  it('q = 0.5 is the lower middle value', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(quantile([1, 2, 3], 0.5)).toBe(2);
  });

  it('refuses q outside [0, 1] and empty input', () => {
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
    expect(() => quantile([1], -0.1)).toThrow(RangeError);
    expect(() => quantile([1], Number.NaN)).toThrow(RangeError);
    expect(() => p95([])).toThrow(RangeError);
  });

  it('is always a measured value, at least a share q of values at or below it, and monotone in q', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 50 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, q1, q2) => {
          const v = quantile(values, q1);
          expect(values).toContain(v);
          expect(values.filter((x) => x <= v).length).toBeGreaterThanOrEqual(q1 * values.length);
          const [lo, hi] = q1 <= q2 ? [q1, q2] : [q2, q1];
          expect(quantile(values, lo)).toBeLessThanOrEqual(quantile(values, hi));
        },
      ),
    );
  });
});

describe('summarize', () => {
  it('gives count, extremes, median, p95 and mean', () => {
    expect(summarize([4, 1, 3, 2])).toEqual({ n: 4, min: 1, p50: 2.5, p95: 4, max: 4, mean: 2.5 });
  });

  it('skips non-finite values and is null when nothing is left', () => {
    expect(summarize([1, Number.NaN, 3])?.n).toBe(2);
    expect(summarize([])).toBeNull();
    expect(summarize([Number.NaN])).toBeNull();
  });
});

describe('ratio', () => {
  it('divides by the baseline', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(0, 5)).toBe(0);
  });

  it('is null when a side is missing or the baseline is not positive', () => {
    expect(ratio(null, 2)).toBeNull();
    expect(ratio(2, undefined)).toBeNull();
    expect(ratio(2, 0)).toBeNull();
    expect(ratio(2, -1)).toBeNull();
    expect(ratio(Number.NaN, 1)).toBeNull();
  });
});
