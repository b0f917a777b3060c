import { describe, expect, it } from 'vitest';
import { broken, errorsOf, type MinimalRaw, tradeFigure } from './minimal-dataset';

/**
 * The cross-file checks of validateDataset, each on the minimal in-memory dataset with exactly one
 * thing broken (mutation testing found each of these checks could be removed unnoticed).
 */

type Raw = MinimalRaw;
type Json = Record<string, unknown>;

const sources = (raw: Raw) => raw['sources.json'] as Json[];
const countries = (raw: Raw) => raw['countries.json'] as Json[];
const meta = (raw: Raw) => raw['meta.json'] as Json;
const minerals = (raw: Raw) => raw['minerals.json'] as { agreements: Json[]; projects: Json[] };
const events = (raw: Raw) => raw['events.json'] as Json[];

/** A second source, cited by the signing so that it is not flagged as uncited. */
function addCitedSource(raw: Raw, fields: Json): void {
  sources(raw).push({ ...sources(raw)[0], id: 's2', ...fields });
  events(raw)[0]!.sources = ['s1', 's2'];
}

const agreement = (fields: Json) => ({
  id: 'deal',
  title: 'Deal',
  parties: ['ARE', 'ISR'],
  date: { value: '2020-09-15', precision: 'day' },
  scope: 'Minerals.',
  sources: ['s1'],
  confidence: 'high',
  eventId: 'declaration-signed',
  ...fields,
});

describe('validateDataset: unique keys', () => {
  it('accepts a second source with its own URL', () => {
    expect(
      errorsOf(broken((r) => addCitedSource(r, { url: 'https://www.state.gov/other' }))),
    ).toEqual([]);
  });

  it('rejects two sources with the same URL', () => {
    const raw = broken((r) => addCitedSource(r, {}));
    expect(errorsOf(raw)).toEqual([
      'sources.json: [1].url: duplicate "https://www.state.gov/page"',
    ]);
  });

  it('rejects two countries with the same numeric code', () => {
    const raw = broken((r) => (countries(r)[1]!.numeric = countries(r)[0]!.numeric));
    expect(errorsOf(raw)).toEqual([
      `countries.json: [1].numeric: duplicate "${String(countries(raw)[0]!.numeric)}"`,
    ]);
  });
});

describe('validateDataset: the dataset countries', () => {
  it('names a dataset country missing from countries.json', () => {
    const raw = broken((r) => {
      r['countries.json'] = countries(r).filter((c) => c.iso3 !== 'KGZ');
    });
    expect(errorsOf(raw)).toEqual(['countries.json: (root): missing country KGZ']);
  });
});

describe('validateDataset: meta.asOf', () => {
  it('must be the latest fact date, not a later one', () => {
    const raw = broken((r) => (meta(r).asOf = '2020-09-16'));
    expect(errorsOf(raw)).toEqual(['meta.json: asOf: must be the latest fact date (2020-09-15)']);
  });

  it('rejects a fact dated after it', () => {
    const raw = broken((r) => (meta(r).asOf = '2020-09-14'));
    expect(errorsOf(raw)).toContain(
      'events.json: [0].date: date 2020-09-15 is after meta.asOf 2020-09-14',
    );
  });
});

describe('validateDataset: meta.publicationYear', () => {
  it('must be the year of the current release', () => {
    const raw = broken((r) => (meta(r).publicationYear = 2019));
    expect(errorsOf(raw)).toEqual([
      'meta.json: publicationYear: must be the year of the current release',
    ]);
  });

  it('is required, as citations need it', () => {
    const raw = broken((r) => delete meta(r).publicationYear);
    expect(errorsOf(raw)).toHaveLength(1);
    expect(errorsOf(raw)[0]).toMatch(/^meta\.json: publicationYear: /);
  });
});

describe('validateDataset: trade figures', () => {
  it('accepts a figure between a dataset country and a registered party', () => {
    const raw = broken((r) => (r['trade.json'] as Json[]).push(tradeFigure({ partner: 'RUS' })));
    expect(errorsOf(raw)).toEqual([]);
  });

  it('rejects a partner that is neither a dataset country nor a registered party', () => {
    const raw = broken((r) => (r['trade.json'] as Json[]).push(tradeFigure({ partner: 'XYZ' })));
    expect(errorsOf(raw)).toEqual(['trade.json: [0].partner: unknown country or party "XYZ"']);
  });

  it('rejects a reporter outside the dataset, even a registered party', () => {
    const raw = broken((r) => (r['trade.json'] as Json[]).push(tradeFigure({ reporter: 'RUS' })));
    expect(errorsOf(raw)).toEqual([
      'trade.json: [0].reporter: unknown country of the dataset "RUS"',
    ]);
  });
});

describe('validateDataset: a minerals agreement tied to an event', () => {
  it('accepts one with the event’s date and end date', () => {
    const raw = broken((r) => minerals(r).agreements.push(agreement({})));
    expect(errorsOf(raw)).toEqual([]);
  });

  it('rejects an unknown event id', () => {
    const raw = broken((r) => minerals(r).agreements.push(agreement({ eventId: 'nothing' })));
    expect(errorsOf(raw)).toEqual([
      'minerals.json: agreements[0].eventId: unknown event id "nothing"',
    ]);
  });

  it('rejects a date that differs from the event’s', () => {
    const raw = broken((r) =>
      minerals(r).agreements.push(agreement({ date: { value: '2020-09', precision: 'month' } })),
    );
    expect(errorsOf(raw)).toEqual([
      'minerals.json: agreements[0].date: must match event "declaration-signed"',
    ]);
  });

  it('rejects an end date the event does not have', () => {
    const raw = broken((r) =>
      minerals(r).agreements.push(
        agreement({ endDate: { value: '2020-09-15', precision: 'day' } }),
      ),
    );
    expect(errorsOf(raw)).toEqual([
      'minerals.json: agreements[0].endDate: must match event "declaration-signed"',
    ]);
  });
});
