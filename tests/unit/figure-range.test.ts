import { describe, expect, it } from 'vitest';
import type { Alternative } from '@/lib/data/schema';
import { loadDataset } from '@/lib/data/load';
import {
  formatPercentRange,
  leadingPercent,
  percentRange,
  RANGE_MAX_SPREAD,
} from '@/lib/figure-range';

const alt = (value: string): Alternative => ({ value, sources: ['x'], note: 'n' });

describe('leadingPercent', () => {
  it('reads the percentage a figure starts with', () => {
    expect(leadingPercent('43% of mined uranium (WNA)')).toBe(43);
    expect(leadingPercent('~40% of world output')).toBe(40);
    expect(leadingPercent('12,5 % (оценка)')).toBe(12.5);
  });

  it('is null when the figure does not start with one', () => {
    expect(leadingPercent('4th largest producer')).toBeNull();
    expect(leadingPercent('More than 52% of world reserves')).toBeNull();
    expect(leadingPercent('13.1–21.2 tcm (Reuters)')).toBeNull();
  });
});

describe('percentRange: a range is not a disagreement', () => {
  it('turns 41–43% around a main 41% into a range', () => {
    expect(percentRange(41, [alt('43% (WNA)'), alt('42% (Samruk-Kazyna)')])).toEqual({
      low: 41,
      high: 43,
    });
  });

  it(`leaves figures more than ${RANGE_MAX_SPREAD} points apart as a disagreement`, () => {
    expect(percentRange(40, [alt('52% (a minister)')])).toBeNull();
    expect(percentRange(40, [alt(`${40 + RANGE_MAX_SPREAD}%`)])).not.toBeNull();
  });

  it('leaves non-percentage alternatives and figures without a percent as a disagreement', () => {
    expect(percentRange(40, [alt('43%'), alt('about half')])).toBeNull();
    expect(percentRange(undefined, [alt('43%')])).toBeNull();
    expect(percentRange(40, undefined)).toBeNull();
  });

  it('shows Kazakhstan’s uranium share as the range its sources span', () => {
    const kaz = loadDataset().countries.find((c) => c.iso3 === 'KAZ')!;
    const share = kaz.minerals!.worldShares.find(
      (s) => s.mineral === 'uranium' && s.measure === 'production',
    )!;
    expect(percentRange(share.percent, share.alternatives)).toEqual({ low: 40, high: 43 });
  });
});

describe('formatPercentRange', () => {
  it('writes the range as CLDR does in each language', () => {
    expect(formatPercentRange({ low: 41, high: 43 }, 'en')).toMatch(/^41%\s?–\s?43%$/);
    expect(formatPercentRange({ low: 41, high: 43 }, 'ru')).toMatch(/^41\s?–\s?43\s%$/);
  });
});
