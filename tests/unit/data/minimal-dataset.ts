import isoCountries from 'i18n-iso-countries';
import { DATASET_ISO3 } from '@/lib/data/enums';
import type { AccordsEvent, Dataset } from '@/lib/data/schema';
import { formatIssue, type RawDataFiles, validateDataset } from '@/lib/data/validate';

const day = (value: string) => ({ value, precision: 'day' as const });

/**
 * A tiny valid dataset built in memory: the eleven countries with placeholder facts, one primary
 * source, one document (the Declaration signed on 2020-09-15) and its signing. Tests change a
 * copy of it to make exactly one thing wrong, or add events to derive from.
 */
export function minimalRaw(): Required<RawDataFiles> {
  return {
    'meta.json': {
      title: 'Test dataset',
      version: '2.0.0',
      publicationYear: 2020,
      asOf: '2020-09-15',
      sourcesSearchedUntil: { value: '2020-09', precision: 'month' },
      sourcesSearchedNote: 'Test.',
      note: 'Test.',
      openQuestions: [],
      releases: [
        { version: '1.0.0', date: '2020-01-01', summary: 'First.', summaryRu: 'Первый.' },
        { version: '2.0.0', date: '2020-09-15', summary: 'Second.', summaryRu: 'Второй.' },
      ],
    },
    'sources.json': [
      {
        id: 's1',
        url: 'https://www.state.gov/page',
        kind: 'primary',
        publisher: 'US Department of State',
        published: day('2020-09-15'),
        lang: 'en',
      },
    ],
    'countries.json': DATASET_ISO3.map((iso3) => ({
      iso3,
      numeric: isoCountries.alpha3ToNumeric(iso3),
      names: { en: iso3, ru: iso3 },
      capital: {
        name: { en: 'Capital', ru: 'Столица' },
        lat: 0,
        lon: 0,
        sources: ['s1'],
        confidence: 'high',
      },
      groups: [],
      population: { value: null, note: 'Not known.' },
      minerals: null,
    })),
    'events.json': [
      {
        id: 'declaration-signed',
        date: day('2020-09-15'),
        kind: 'signed',
        parties: ['ARE', 'ISR', 'USA'],
        brokers: ['USA'],
        accords: true,
        title: 'Declaration signed',
        titleRu: 'Декларация подписана',
        summary: 'Signed.',
        summaryRu: 'Подписана.',
        documentId: 'declaration',
        sources: ['s1'],
        confidence: 'high',
      },
    ],
    'ties.json': [],
    'minerals.json': { agreements: [], projects: [] },
    'parties.json': [{ code: 'RUS', names: { en: 'Russia', ru: 'Россия' } }],
    'documents.json': [
      {
        id: 'declaration',
        title: 'Declaration',
        titleRu: 'Декларация',
        type: 'declaration',
        accords: true,
        parties: ['ARE', 'ISR', 'SDN', 'USA'],
        witnesses: ['USA'],
        sources: ['s1'],
        confidence: 'high',
      },
    ],
    'trade.json': [],
  };
}

/** A dataset for derivation tests: the minimal one with these events, documents and statements. */
export function datasetWith(
  parts: Partial<Pick<Dataset, 'events' | 'documents' | 'ties'>>,
): Dataset {
  const raw = minimalRaw();
  return {
    meta: raw['meta.json'] as Dataset['meta'],
    sources: raw['sources.json'] as Dataset['sources'],
    countries: raw['countries.json'] as Dataset['countries'],
    events: parts.events ?? [],
    ties: parts.ties ?? [],
    minerals: { agreements: [], projects: [] },
    parties: raw['parties.json'] as Dataset['parties'],
    documents: parts.documents ?? (raw['documents.json'] as Dataset['documents']),
    trade: [],
  };
}

export type MinimalRaw = ReturnType<typeof minimalRaw>;

/** The minimal dataset after `change`, which edits it in place to break exactly one thing. */
export function broken(change: (raw: MinimalRaw) => void): MinimalRaw {
  const raw = minimalRaw();
  change(raw);
  return raw;
}

/** Every validation error of a dataset's files, formatted as `npm run data:check` prints them. */
export function errorsOf(raw: RawDataFiles): string[] {
  const result = validateDataset(raw);
  return result.ok ? [] : result.errors.map(formatIssue);
}

/** A day-precise event on the Accords track with placeholder text; `fields` says what it is. */
export function accordsEvent(
  id: string,
  value: string,
  fields: Partial<AccordsEvent> & Pick<AccordsEvent, 'kind' | 'parties'>,
): AccordsEvent {
  return {
    id,
    date: { value, precision: 'day' },
    accords: true,
    title: id,
    titleRu: id,
    summary: id,
    summaryRu: id,
    sources: ['s1'],
    confidence: 'high',
    ...fields,
  };
}

/** A raw trade record between Kazakhstan and Israel, valid as it is; `fields` override its values. */
export function tradeFigure(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'trade',
    reporter: 'KAZ',
    partner: 'ISR',
    flow: 'turnover',
    amount: null,
    note: 'A trend only.',
    period: null,
    periodNote: 'Not stated.',
    date: { value: '2020-09', precision: 'month' },
    sources: ['s1'],
    confidence: 'high',
    ...fields,
  };
}
