import path from 'node:path';
import isoCountries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { firstDay } from '@/lib/data/dates';
import { collectFactDates, collectFacts } from '@/lib/data/facts';
import { loadDataset } from '@/lib/data/load';
import { DATASET_ISO3 } from '@/lib/data/queries';
import { formatIssue, validateDataset, type RawDataFiles } from '@/lib/data/validate';
import { readRawFiles, ROOT } from './helpers';

const DATA_DIR = path.join(ROOT, 'data');

function errorsOf(raw: RawDataFiles): string[] {
  const result = validateDataset(raw);
  return result.ok ? [] : result.errors.map(formatIssue);
}

describe('the dataset in data/', () => {
  const data = loadDataset();

  it('passes the schemas and the cross-file checks', () => {
    expect(errorsOf(readRawFiles(DATA_DIR))).toEqual([]);
  });

  it('contains every dataset country once, with its ISO 3166 numeric code', () => {
    expect(data.countries.map((c) => c.iso3).sort()).toEqual([...DATASET_ISO3].sort());
    for (const country of data.countries) {
      expect(country.numeric, country.iso3).toBe(isoCountries.alpha3ToNumeric(country.iso3));
    }
  });

  it('cites for every fact at least one registered source', () => {
    const byId = new Map(data.sources.map((s) => [s.id, s]));
    const facts = collectFacts(data);
    expect(facts.length).toBeGreaterThan(100);
    for (const fact of facts) {
      expect(fact.sources.length, fact.path.join('.')).toBeGreaterThan(0);
      for (const id of fact.sources) expect(byId.get(id), id).toBeDefined();
    }
  });

  it('dates no fact after meta.asOf, and asOf is the latest fact date', () => {
    const starts = collectFactDates(data).map((ref) => firstDay(ref.date));
    expect(starts.filter((day) => day > data.meta.asOf)).toEqual([]);
    expect(starts.sort().at(-1)).toBe(data.meta.asOf);
  });
});

describe('validateDataset', () => {
  const pristine = readRawFiles(DATA_DIR);
  type Container = Record<string | number, unknown>;
  /** A copy of the real files with the value at `path` replaced (or deleted when undefined). */
  const withChange = (path: (string | number)[], value: unknown): RawDataFiles => {
    const raw = structuredClone(pristine);
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Container)[key], raw);
    const key = path.at(-1)!;
    if (value === undefined) delete (parent as Container)[key];
    else (parent as Container)[key] = value;
    return raw;
  };

  it('names the file and field of an unknown country', () => {
    const raw = withChange(['events.json', 0, 'parties', 0], 'XYZ');
    expect(errorsOf(raw)).toContain('events.json: [0].parties[0]: unknown country or party "XYZ"');
  });

  it('rejects a fact dated after meta.asOf', () => {
    const raw = withChange(['ties.json', 0, 'date'], { value: '2099-01', precision: 'month' });
    expect(errorsOf(raw)).toContainEqual(
      expect.stringMatching(/^ties\.json: \[0\]\.date: date 2099-01 is after meta\.asOf/),
    );
  });

  it('rejects a fact without sources', () => {
    const raw = withChange(['minerals.json', 'projects', 0, 'figures', 0, 'sources'], []);
    expect(errorsOf(raw)).toContain(
      'minerals.json: projects[0].figures[0].sources: a fact needs at least one source',
    );
  });

  it('rejects an agreement pointing at a missing event', () => {
    const raw = withChange(['minerals.json', 'agreements', 0, 'eventId'], 'no-such-event');
    expect(errorsOf(raw)).toContain(
      'minerals.json: agreements[0].eventId: unknown event id "no-such-event"',
    );
  });

  it('reports a missing file at its root', () => {
    const raw = withChange(['ties.json'], undefined);
    expect(errorsOf(raw)).toContainEqual(expect.stringMatching(/^ties\.json: \(root\): /));
  });
});
