import { describe, expect, it } from 'vitest';
import {
  agreementOn,
  countryName,
  knownFrom,
  mineralsFor,
  projectKnownFrom,
  projectStageOn,
} from '@/lib/data/queries';
import type { Agreement, Dataset, Project, Source } from '@/lib/data/schema';
import { datasetWith } from './minimal-dataset';

/**
 * When a fact is first shown, on the minimal in-memory dataset (asOf 2020-09-15) with three more
 * sources: one published in March 2020, one on 1 June 2020 and one undated.
 */

const day = (value: string) => ({ value, precision: 'day' as const });
const month = (value: string) => ({ value, precision: 'month' as const });

function dataset(): Dataset {
  const data = datasetWith({});
  const source = (id: string, published: Source['published']): Source => ({
    ...data.sources[0]!,
    id,
    url: `https://www.state.gov/${id}`,
    published,
  });
  data.sources = [
    ...data.sources,
    source('march', month('2020-03')),
    source('june', day('2020-06-01')),
    source('undated', null),
  ];
  return data;
}

const agreement = (fields: Partial<Agreement> = {}): Agreement => ({
  id: 'deal',
  title: 'Deal',
  parties: ['KAZ', 'USA'],
  date: day('2020-05-10'),
  scope: 'Minerals.',
  sources: ['june'],
  confidence: 'high',
  ...fields,
});

const project = (fields: Partial<Project> = {}): Project => ({
  id: 'mine',
  name: 'Mine',
  country: 'KAZ',
  minerals: ['tungsten'],
  location: null,
  locationNote: 'Not published.',
  stages: [],
  stageNote: 'Not dated.',
  agreementIds: [],
  figures: [],
  sources: ['june'],
  confidence: 'high',
  ...fields,
});

const stage = (name: 'exploration' | 'feasibility', date: Project['stages'][number]['date']) => ({
  stage: name,
  date,
  sources: ['s1'],
  confidence: 'high' as const,
});

describe('knownFrom', () => {
  const data = dataset();

  it('takes the earliest date, once its period is over', () => {
    expect(knownFrom(data, [day('2020-05-02'), month('2020-04')], ['june'])).toBe('2020-04-30');
  });

  it('takes the earliest dated source for an undated fact, once its period is over', () => {
    expect(knownFrom(data, [], ['undated', 'june', 'march'])).toBe('2020-03-31');
  });

  it('falls back to the as-of day when no source is dated', () => {
    expect(knownFrom(data, [], ['undated', 'unknown-id'])).toBe('2020-09-15');
  });
});

describe('agreementOn', () => {
  const data = dataset();

  it('counts an agreement from its date, or from its end date when it has one', () => {
    expect(agreementOn(data, agreement(), '2020-05-09')).toBe(false);
    expect(agreementOn(data, agreement(), '2020-05-10')).toBe(true);
    const spanning = agreement({ endDate: day('2020-05-20') });
    expect(agreementOn(data, spanning, '2020-05-19')).toBe(false);
    expect(agreementOn(data, spanning, '2020-05-20')).toBe(true);
  });

  it('counts an undated agreement from its sources', () => {
    const undated = agreement({ date: null, dateNote: 'Undated.' });
    expect(agreementOn(data, undated, '2020-05-31')).toBe(false);
    expect(agreementOn(data, undated, '2020-06-01')).toBe(true);
  });
});

describe('projectKnownFrom', () => {
  it('uses the project’s sources when it has no dated fact of its own', () => {
    expect(projectKnownFrom(dataset(), project())).toBe('2020-06-01');
  });

  it('takes the earliest of its stages, resources, figures and agreements', () => {
    const data = dataset();
    data.minerals.agreements = [agreement({ id: 'early', endDate: day('2020-02-03') })];
    const dated = project({
      stages: [stage('exploration', day('2020-03-05'))],
      resources: [
        {
          mineral: 'tungsten',
          amount: 1,
          qualifier: 'about',
          unit: 't-metal',
          class: 'jorc',
          date: day('2020-03-04'),
          sources: ['s1'],
          confidence: 'high',
        },
      ],
      figures: [
        {
          label: 'Cost',
          value: '$1',
          date: day('2020-03-03'),
          sources: ['s1'],
          confidence: 'high',
        },
      ],
    });
    expect(projectKnownFrom(data, dated)).toBe('2020-03-03');
    expect(projectKnownFrom(data, { ...dated, figures: [] })).toBe('2020-03-04');
    expect(projectKnownFrom(data, { ...dated, figures: [], resources: [] })).toBe('2020-03-05');
    // An agreement of the project counts from its end date.
    expect(projectKnownFrom(data, { ...dated, agreementIds: ['early'] })).toBe('2020-02-03');
    // Another project's agreement does not count.
    expect(projectKnownFrom(data, { ...dated, agreementIds: ['other'] })).toBe('2020-03-03');
  });

  it('lets an agreement alone date a project', () => {
    const data = dataset();
    data.minerals.agreements = [agreement()];
    expect(projectKnownFrom(data, project({ agreementIds: ['deal'] }))).toBe('2020-05-10');
  });
});

describe('projectStageOn', () => {
  const staged = project({
    stages: [stage('exploration', month('2020-03')), stage('feasibility', day('2020-05-01'))],
  });

  it('gives the latest stage whose date has passed, or null before the first', () => {
    expect(projectStageOn(staged, '2020-03-30')).toBeNull();
    expect(projectStageOn(staged, '2020-03-31')?.stage).toBe('exploration');
    expect(projectStageOn(staged, '2020-04-30')?.stage).toBe('exploration');
    expect(projectStageOn(staged, '2020-05-01')?.stage).toBe('feasibility');
  });
});

describe('mineralsFor on a day', () => {
  it('keeps only the agreements and projects known by the day', () => {
    const data = dataset();
    data.minerals.agreements = [agreement(), agreement({ id: 'later', date: day('2020-07-01') })];
    data.minerals.projects = [project(), project({ id: 'uzb', country: 'UZB' })];
    const ids = (day?: string) => {
      const found = mineralsFor(data, 'KAZ', day);
      return [found.agreements.map((a) => a.id), found.projects.map((p) => p.id)];
    };
    expect(ids('2020-05-31')).toEqual([['deal'], []]);
    expect(ids('2020-06-01')).toEqual([['deal'], ['mine']]);
    expect(ids()).toEqual([['deal', 'later'], ['mine']]);
    // A code outside the dataset has no profile, agreements or projects.
    expect(mineralsFor(data, 'XYZ', '2020-06-01')).toEqual({
      profile: null,
      agreements: [],
      projects: [],
    });
  });
});

describe('countryName', () => {
  const data = dataset();
  data.countries[0]!.names = { en: 'Kazakhstan', ru: 'Казахстан' };

  it('names a dataset country, a registered party, or gives the code itself', () => {
    expect(data.countries[0]!.iso3).toBe('KAZ');
    expect(countryName(data, 'KAZ', 'ru')).toBe('Казахстан');
    expect(countryName(data, 'RUS', 'en')).toBe('Russia');
    expect(countryName(data, 'RUS', 'ru')).toBe('Россия');
    expect(countryName(data, 'XYZ', 'en')).toBe('XYZ');
  });
});
