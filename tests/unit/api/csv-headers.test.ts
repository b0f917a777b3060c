import { describe, expect, it } from 'vitest';
import { countriesTable } from '@/lib/api/countries';
import { eventsTable } from '@/lib/api/events';

/** The CSV columns are a public interface (README "Data API"): renaming one breaks readers. */
describe('API CSV columns', () => {
  it('of /api/countries', () => {
    expect(countriesTable([]).header).toEqual([
      'iso3',
      'name',
      'nameRu',
      'capital',
      'capitalLat',
      'capitalLon',
      'groups',
      'focus',
      'accordsStatus',
      'accordsSince',
      'accordsEventIds',
    ]);
  });

  it('of /api/events', () => {
    expect(eventsTable([]).header).toEqual([
      'id',
      'day',
      'date',
      'datePrecision',
      'endDate',
      'kind',
      'phase',
      'accords',
      'parties',
      'brokers',
      'host',
      'sender',
      'title',
      'summary',
      'confidence',
      'sourceUrls',
      'sourceKinds',
    ]);
  });
});
