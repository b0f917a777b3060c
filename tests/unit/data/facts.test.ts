import { describe, expect, it } from 'vitest';
import { formatDataPath, summarizeDataset } from '@/lib/data/facts';
import type { Dataset } from '@/lib/data/schema';
import { datasetWith } from './minimal-dataset';

/** The counts `npm run data:check` prints, on the minimal in-memory dataset and a variant of it. */

describe('summarizeDataset', () => {
  it('counts the minimal dataset: eleven capitals, one signing and one document, all high', () => {
    expect(summarizeDataset(datasetWith({ events: [] }))).toEqual({
      countries: 11,
      events: 0,
      sources: 1,
      httpOnlySources: 0,
      tieStatements: 0,
      agreements: 0,
      projects: 0,
      factsByConfidence: { high: 12, medium: 0, low: 0 },
      singleSourceFacts: 12,
    });
  });

  it('counts records per file, facts per grade, http-only sources and facts on one source', () => {
    const data: Dataset = datasetWith({
      ties: [
        {
          id: 'note',
          pair: ['ISR', 'KAZ'],
          topic: 'note',
          date: null,
          statement: 'A note.',
          // One page cited twice is still one source.
          sources: ['s1', 's1'],
          confidence: 'low',
          // An alternative without a grade of its own is not a fact to count.
          alternatives: [{ value: 'Another note.', sources: ['s1'], note: 'Another page.' }],
        },
      ],
    });
    data.sources = [
      ...data.sources,
      { ...data.sources[0]!, id: 's2', url: 'http://www.state.gov/old' },
      { ...data.sources[0]!, id: 's3', url: 'https://http.example.org/' },
    ];
    data.minerals.agreements = [
      {
        id: 'deal',
        title: 'Deal',
        parties: ['KAZ', 'USA'],
        date: null,
        dateNote: 'Undated.',
        scope: 'Minerals.',
        sources: ['s1', 's2'],
        confidence: 'medium',
      },
    ];
    expect(summarizeDataset(data)).toEqual({
      countries: 11,
      events: 0,
      sources: 3,
      httpOnlySources: 1,
      tieStatements: 1,
      agreements: 1,
      projects: 0,
      factsByConfidence: { high: 12, medium: 1, low: 1 },
      singleSourceFacts: 13,
    });
  });
});

describe('formatDataPath', () => {
  it('writes keys with dots and indexes in brackets, and the root as (root)', () => {
    expect(formatDataPath([12, 'sources', 0])).toBe('[12].sources[0]');
    expect(formatDataPath(['agreements', 3, 'date'])).toBe('agreements[3].date');
    expect(formatDataPath([])).toBe('(root)');
  });
});
