import { describe, expect, it } from 'vitest';
import { countryAnswer } from '@/lib/api/countries';
import type { Dataset } from '@/lib/data/schema';
import { datasetWith, minimalRaw } from '../data/minimal-dataset';

/** A trade figure with only what the country answer reads. */
function figure(id: string, reporter: string, partner: string, day: string) {
  return {
    id,
    reporter,
    partner,
    flow: 'turnover',
    amount: null,
    period: null,
    date: { value: day, precision: 'day' },
    sources: ['s1'],
    confidence: 'high',
  } as unknown as Dataset['trade'][number];
}

function dataset(): Dataset {
  const data = datasetWith({
    events: minimalRaw()['events.json'] as Dataset['events'],
  });
  data.trade = [
    figure('kaz-isr', 'KAZ', 'ISR', '2020-09-15'),
    figure('isr-kaz', 'ISR', 'KAZ', '2020-09-16'),
    figure('uzb-isr', 'UZB', 'ISR', '2020-09-01'),
  ];
  return data;
}

describe('countryAnswer', () => {
  it('lists the trade figures the country reports or is partner in, known by the date', () => {
    // The answer carries the figures (README "Data API"), though CountryDetail does not name them.
    const tradeOn = (date: string) =>
      (
        countryAnswer(dataset(), 'KAZ', date)!.data as unknown as { trade: { id: string }[] }
      ).trade.map((t) => t.id);
    expect(tradeOn('2020-09-14')).toEqual([]);
    expect(tradeOn('2020-09-15')).toEqual(['kaz-isr']);
    expect(tradeOn('2020-09-16')).toEqual(['kaz-isr', 'isr-kaz']);
  });

  it('includes events on the date itself in the timeline', () => {
    const timeline = (date: string) =>
      countryAnswer(dataset(), 'ARE', date)!.data.timeline.map((e) => e.id);
    expect(timeline('2020-09-14')).toEqual([]);
    expect(timeline('2020-09-15')).toEqual(['declaration-signed']);
  });

  it('is undefined for a country outside the dataset', () => {
    expect(countryAnswer(dataset(), 'FRA', '2020-09-15')).toBeUndefined();
  });
});
