import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  effectiveDay,
  isValidPartialDate,
  parsePartialDate,
  type PartialDate,
} from '@/lib/data/dates';

/** The edges of the calendar checks and of date ordering. */

const day = (value: string): PartialDate => ({ value, precision: 'day' });

describe('isValidPartialDate on the edges of months and days', () => {
  it.each([
    ['2020-01-01', true],
    ['2020-01-31', true],
    ['2020-01-00', false],
    ['2020-01-32', false],
    ['2020-04-30', true],
    ['2020-04-31', false],
    ['2020-12-31', true],
    ['2020-00-01', false],
    ['2020-13-01', false],
  ])('%s', (value, valid) => {
    expect(isValidPartialDate(day(value))).toBe(valid);
  });

  it('checks months of month-precise dates, and any year', () => {
    expect(isValidPartialDate({ value: '2020-01', precision: 'month' })).toBe(true);
    expect(isValidPartialDate({ value: '2020-12', precision: 'month' })).toBe(true);
    expect(isValidPartialDate({ value: '2020-00', precision: 'month' })).toBe(false);
    expect(isValidPartialDate({ value: '2020-13', precision: 'month' })).toBe(false);
    expect(isValidPartialDate({ value: '0001', precision: 'year' })).toBe(true);
  });

  it('requires the value to be written as its precision says, with nothing around it', () => {
    expect(isValidPartialDate({ value: '2020-09', precision: 'day' })).toBe(false);
    expect(isValidPartialDate({ value: '2020-09-15', precision: 'month' })).toBe(false);
    for (const value of ['2020-09-15T00:00', 'x2020', '12020', '2020-9', ' 2020']) {
      expect(parsePartialDate(value), value).toBeNull();
    }
  });
});

describe('comparePartialDates', () => {
  it('orders by effective day, whatever the precision', () => {
    const earlier = { value: '2020-11', precision: 'month' } as const;
    expect(comparePartialDates(earlier, day('2020-12-01'))).toBeLessThan(0);
    expect(comparePartialDates(day('2020-12-01'), earlier)).toBeGreaterThan(0);
  });

  it('puts a day before the month and the year that end on it, and ties identical dates', () => {
    const year = { value: '2020', precision: 'year' } as const;
    const month = { value: '2020-12', precision: 'month' } as const;
    expect(effectiveDay(year)).toBe(effectiveDay(month));
    expect(comparePartialDates(day('2020-12-31'), month)).toBeLessThan(0);
    expect(comparePartialDates(month, year)).toBeLessThan(0);
    expect(comparePartialDates(year, day('2020-12-31'))).toBeGreaterThan(0);
    expect(comparePartialDates(month, { ...month })).toBe(0);
  });
});
