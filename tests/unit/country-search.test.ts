import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise, searchCountries, searchIndex } from '@/lib/country-search';
import { loadDataset } from '@/lib/data/load';
import { propertyRuns } from './property-runs';

const index = searchIndex(loadDataset());
const first = (query: string) => searchCountries(index, query)[0];

describe('searchCountries', () => {
  it.each([
    ['Kazakhstan', 'KAZ'],
    ['Казахстан', 'KAZ'],
    ['astana', 'KAZ'],
    ['Tashkent', 'UZB'],
    ['Toshkent', 'UZB'],
    ['Ташкент', 'UZB'],
    ['Бишкек', 'KGZ'],
    ['kirghizia', 'KGZ'],
    ['UAE', 'ARE'],
    ['ישראל', 'ISR'],
    ['المغرب', 'MAR'],
    ['rabat', 'MAR'],
    ['usa', 'USA'],
    ['sudan', 'SDN'],
  ])('finds %s as %s', (query, iso3) => {
    expect(first(query)).toBe(iso3);
  });

  it('prefers names that start with the query', () => {
    // "tan" is inside many names; "Tajikistan" starts with "ta" and must come before "Kazakhstan".
    const results = searchCountries(index, 'ta');
    expect(results.indexOf('TJK')).toBeLessThan(results.indexOf('KAZ'));
  });

  it('matches nothing for an empty or junk query', () => {
    expect(searchCountries(index, '   ')).toEqual([]);
    expect(searchCountries(index, 'zzzzqqq')).toEqual([]);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 50 }), (query) => {
        expect(Array.isArray(searchCountries(index, query))).toBe(true);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });
});

describe('normalise', () => {
  it('folds case, diacritics, apostrophes and ё', () => {
    expect(normalise('Oʻzbekiston')).toBe('ozbekiston');
    expect(normalise('Соединённые Штаты')).toBe('соединенные штаты');
  });
});
