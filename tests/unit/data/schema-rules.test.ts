import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  AgreementSchema,
  AlternativeSchema,
  CountrySchema,
  DocumentSchema,
  EventSchema,
  MetaSchema,
  ProjectSchema,
  ResourceSchema,
  TieStatementSchema,
  TradeSchema,
} from '@/lib/data/schema';
import { minimalRaw } from './minimal-dataset';

/**
 * The record-level rules of the schemas beyond field types, each on one valid record built in
 * memory and one copy that breaks exactly that rule (or sits on its edge). A rule is pinned by
 * the place and message it reports, so a rule that checks the wrong field or never fires fails.
 */

type Json = Record<string, unknown>;

const day = (value: string) => ({ value, precision: 'day' });

/** Each issue as `path: message`; empty for a valid record. */
function issuesOf(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const event = (fields: Json = {}): Json => ({
  id: 'e',
  date: day('2020-09-15'),
  kind: 'statement',
  parties: ['ISR', 'KAZ'],
  accords: false,
  title: 'T',
  titleRu: 'Т',
  summary: 'S',
  summaryRu: 'С',
  sources: ['s1'],
  confidence: 'high',
  ...fields,
});

const missionEvent = (mission: Json, kind = 'mission-opened') =>
  event({ kind, mission: { host: 'ISR', sender: 'KAZ', level: 'embassy', ...mission } });

const visit = (contact: Json) =>
  event({ kind: 'visit', contact: { from: 'KAZ', to: ['ISR'], level: 'minister', ...contact } });

const ratified = (fields: Json = {}) =>
  event({ kind: 'ratified', documentId: 'd', by: { party: 'ISR', body: 'Knesset' }, ...fields });

describe('EventSchema rules', () => {
  const cases: [string, Json, string[]][] = [
    ['a plain statement', event(), []],
    ['repeated parties', event({ parties: ['ISR', 'ISR'] }), ['parties: parties must be unique']],
    [
      'a broker outside the parties',
      event({ brokers: ['USA'] }),
      ['brokers.0: broker USA must also be a party'],
    ],
    [
      'a signatory outside the parties',
      event({ signatories: [{ name: 'N', iso3: 'USA' }] }),
      ['signatories.0.iso3: must be a party'],
    ],
    ['a mission opening', missionEvent({}), []],
    [
      'a mission event without its mission',
      event({ kind: 'mission-closed' }),
      ['mission: required for mission-closed'],
    ],
    [
      'a mission host outside the parties',
      missionEvent({ host: 'USA' }),
      ['mission.host: must be one of the parties'],
    ],
    [
      'a mission sender outside the parties',
      missionEvent({ sender: 'USA' }),
      ['mission.sender: must be one of the parties'],
    ],
    [
      'a mission of a country in itself',
      missionEvent({ sender: 'ISR' }),
      ['mission.sender: must differ from host'],
    ],
    [
      'an opening without the level it sets',
      missionEvent({ level: undefined }),
      ['mission.level: required for mission-opened'],
    ],
    ['a closing, which sets no level', missionEvent({ level: undefined }, 'mission-closed'), []],
    [
      'a mission on an event of another kind',
      event({ mission: { host: 'ISR', sender: 'KAZ' } }),
      [
        'mission: only for mission-opened, mission-upgraded, mission-suspended, mission-reopened, mission-closed, ambassador-appointed, ambassador-accredited, envoy-recalled',
      ],
    ],
    [
      'a document named by an event that is no step of it',
      event({ documentId: 'd' }),
      [
        'documentId: required exactly for signed, approved, ratified, in-force, suspended, resumed, terminated',
      ],
    ],
    ['a ratification by one of the parties', ratified(), []],
    ['a ratification saying by whom', ratified({ by: undefined }), ['by: required for ratified']],
    [
      'a ratification by a stranger',
      ratified({ by: { party: 'USA', body: 'Senate' } }),
      ['by.party: must be one of the parties'],
    ],
    [
      'who acted, on a step taken by no single state',
      event({ by: { party: 'ISR', body: 'Knesset' } }),
      ['by: only for approved, ratified'],
    ],
    ['a visit', visit({}), []],
    ['a visit without its contact', event({ kind: 'call' }), ['contact: required for call']],
    [
      'a visitor outside the parties',
      visit({ from: 'USA' }),
      ['contact.from: must be one of the parties'],
    ],
    [
      'a visit to oneself',
      visit({ to: ['KAZ'] }),
      ['contact.to.0: must be another of the parties'],
    ],
    [
      'a visit to a stranger',
      visit({ to: ['ISR', 'USA'] }),
      ['contact.to.1: must be another of the parties'],
    ],
    [
      'a contact on an event of another kind',
      event({ contact: { from: 'KAZ', to: ['ISR'], level: 'minister' } }),
      ['contact: only for visit, call'],
    ],
    [
      'a context event on the Accords track',
      event({ kind: 'war', accords: true }),
      ['accords: context events are never on the Accords track'],
    ],
    ['a context event off the track', event({ kind: 'war' }), []],
    ['an end date the day after', event({ endDate: day('2020-09-16') }), []],
    [
      'an end date on the date itself',
      event({ endDate: day('2020-09-15') }),
      ['endDate: must be after date'],
    ],
    [
      // A month ends after the 15th, but the event's date is the whole month's last day.
      'an end date inside a month-precise date',
      event({ date: { value: '2020-09', precision: 'month' }, endDate: day('2020-09-20') }),
      ['endDate: must be after date'],
    ],
  ];
  it.each(cases)('%s', (_, value, expected) => {
    expect(issuesOf(EventSchema, value)).toEqual(expected);
  });
});

describe('DocumentSchema rules', () => {
  const document = (fields: Json = {}) => ({
    ...(minimalRaw()['documents.json'] as Json[])[0],
    ...fields,
  });
  it.each([
    ['the Declaration', document(), []],
    [
      'repeated parties',
      document({ parties: ['ARE', 'ARE', 'USA'] }),
      ['parties: parties must be unique'],
    ],
    ['a document without witnesses', document({ witnesses: undefined }), []],
    [
      'a witness that is no party',
      document({ witnesses: ['USA', 'KAZ'] }),
      ['witnesses.1: must also be a party'],
    ],
  ] as [string, Json, string[]][])('%s', (_, value, expected) => {
    expect(issuesOf(DocumentSchema, value)).toEqual(expected);
  });
});

describe('TieStatementSchema rules', () => {
  const statement = (fields: Json = {}): Json => ({
    id: 't',
    pair: ['ISR', 'KAZ'],
    date: null,
    statement: 'S.',
    sources: ['s1'],
    confidence: 'high',
    topic: 'mission',
    host: 'ISR',
    sender: 'KAZ',
    level: 'embassy',
    ...fields,
  });
  it.each([
    ['a mission statement', statement(), []],
    [
      'an unsorted pair',
      statement({ pair: ['KAZ', 'ISR'] }),
      ['pair: must be two different codes, sorted'],
    ],
    [
      'a pair of one country',
      statement({ pair: ['KAZ', 'KAZ'], host: 'KAZ' }),
      ['pair: must be two different codes, sorted', 'host: host and sender must be the pair'],
    ],
    [
      'a host outside the pair',
      statement({ host: 'USA' }),
      ['host: host and sender must be the pair'],
    ],
    [
      'a sender outside the pair',
      statement({ sender: 'USA' }),
      ['host: host and sender must be the pair'],
    ],
    [
      'a mission of a country in itself',
      statement({ sender: 'ISR' }),
      ['host: host and sender must be the pair'],
    ],
  ] as [string, Json, string[]][])('%s', (_, value, expected) => {
    expect(issuesOf(TieStatementSchema, value)).toEqual(expected);
  });
});

describe('TradeSchema rules', () => {
  const trade = (fields: Json = {}): Json => ({
    id: 't',
    reporter: 'KAZ',
    partner: 'ISR',
    flow: 'turnover',
    amount: { value: 1, currency: 'USD', qualifier: 'exact' },
    period: { start: day('2024-01-01'), end: day('2024-01-01') },
    date: day('2025-01-01'),
    sources: ['s1'],
    confidence: 'high',
    ...fields,
  });
  it.each([
    ['a figure over one day', trade(), []],
    [
      'a figure of a country with itself',
      trade({ partner: 'KAZ' }),
      ['partner: must differ from reporter'],
    ],
    [
      'a trend without a note',
      trade({ amount: null }),
      ['note: a figure without an amount needs a note'],
    ],
    ['a trend with a note', trade({ amount: null, note: 'Up.' }), []],
    [
      'a figure without a period or a note on it',
      trade({ period: null }),
      ['periodNote: a figure without a period needs a periodNote'],
    ],
    [
      'a period ending before it starts',
      trade({ period: { start: day('2024-01-02'), end: day('2024-01-01') } }),
      ['period.end: start must not be after end'],
    ],
  ] as [string, Json, string[]][])('%s', (_, value, expected) => {
    expect(issuesOf(TradeSchema, value)).toEqual(expected);
  });
});

describe('ProjectSchema and ResourceSchema rules', () => {
  const stage = (stageName: string, value: string) => ({
    stage: stageName,
    date: day(value),
    sources: ['s1'],
    confidence: 'high',
  });
  const project = (fields: Json = {}): Json => ({
    id: 'p',
    name: 'P',
    country: 'KAZ',
    minerals: ['tungsten'],
    location: { lat: 1, lon: 2, sources: ['s1'], confidence: 'high' },
    stages: [stage('exploration', '2021-01-01'), stage('feasibility', '2021-01-01')],
    agreementIds: [],
    figures: [],
    sources: ['s1'],
    confidence: 'high',
    ...fields,
  });
  it.each([
    ['a located project with two stages on one day', project(), []],
    [
      'no location and no note on it',
      project({ location: null }),
      ['locationNote: a project without a location needs a locationNote'],
    ],
    ['no location, explained', project({ location: null, locationNote: 'N.' }), []],
    [
      'no stage and no note on it',
      project({ stages: [] }),
      ['stageNote: a project without a dated stage needs a stageNote'],
    ],
    ['no stage, explained', project({ stages: [], stageNote: 'N.' }), []],
    [
      'stages out of date order',
      project({ stages: [stage('feasibility', '2021-01-02'), stage('exploration', '2021-01-01')] }),
      ['stages.1.date: stages must be in date order'],
    ],
  ] as [string, Json, string[]][])('%s', (_, value, expected) => {
    expect(issuesOf(ProjectSchema, value)).toEqual(expected);
  });

  const resource = (fields: Json = {}): Json => ({
    mineral: 'tungsten',
    amount: 10,
    qualifier: 'about',
    unit: 't-metal',
    class: 'jorc',
    sources: ['s1'],
    confidence: 'high',
    ...fields,
  });
  it.each([
    ['a single amount', resource(), []],
    ['a range', resource({ amountMax: 11 }), []],
    [
      'a range of one value',
      resource({ amountMax: 10 }),
      ['amountMax: amountMax must exceed amount'],
    ],
  ] as [string, Json, string[]][])('resource: %s', (_, value, expected) => {
    expect(issuesOf(ResourceSchema, value)).toEqual(expected);
  });
});

describe('CountrySchema rules', () => {
  const country = (fields: Json = {}): Json => ({
    ...(minimalRaw()['countries.json'] as Json[])[0],
    ...fields,
  });
  const native = (lang: string, dir: string) => ({
    en: 'Israel',
    ru: 'Израиль',
    native: { text: 'ישראל', lang, dir },
  });
  it.each([
    ['Hebrew written right to left', country({ names: native('he', 'rtl') }), []],
    ['Arabic with a region, right to left', country({ names: native('ar-AE', 'rtl') }), []],
    [
      'Hebrew written left to right',
      country({ names: native('he', 'ltr') }),
      ['names.native.dir: dir must be rtl for Hebrew and Arabic and ltr otherwise'],
    ],
    [
      'Kazakh written right to left',
      country({ names: native('kk', 'rtl') }),
      ['names.native.dir: dir must be rtl for Hebrew and Arabic and ltr otherwise'],
    ],
    ['repeated groups', country({ groups: ['c5', 'c5'] }), ['groups: groups must be unique']],
  ] as [string, Json, string[]][])('%s', (_, value, expected) => {
    expect(issuesOf(CountrySchema, value)).toEqual(expected);
  });
});

describe('CountrySchema: a known population', () => {
  const population = (min: number, max: number) => ({
    ...(minimalRaw()['countries.json'] as Json[])[0],
    population: {
      value: { text: 'about 20 million', min, max },
      date: day('2020-01-01'),
      sources: ['s1'],
      confidence: 'high',
    },
  });
  it.each([
    ['an exact figure', population(5, 5), []],
    ['a range', population(5, 6), []],
    ['a range upside down', population(6, 5), ['population.value.max: min must not exceed max']],
  ] as [string, Json, string[]][])('%s', (_, value, expected) => {
    expect(issuesOf(CountrySchema, value)).toEqual(expected);
  });
});

describe('AlternativeSchema and AgreementSchema rules', () => {
  const alternative = (fields: Json) => ({ sources: ['s1'], note: 'Another page.', ...fields });
  it.each([
    ['another value', alternative({ value: '5' }), []],
    ['another date', alternative({ date: day('2020-01-01') }), []],
    ['neither', alternative({}), [': an alternative needs a value or a date']],
  ] as [string, Json, string[]][])('alternative: %s', (_, value, expected) => {
    expect(issuesOf(AlternativeSchema, value)).toEqual(expected);
  });

  const agreement = (fields: Json) => ({
    id: 'a',
    title: 'A',
    parties: ['KAZ'],
    scope: 'S.',
    sources: ['s1'],
    confidence: 'high',
    ...fields,
  });
  it.each([
    ['a dated agreement', agreement({ date: day('2020-01-01') }), []],
    ['an undated one, explained', agreement({ date: null, dateNote: 'Undated.' }), []],
    [
      'an undated one, unexplained',
      agreement({ date: null }),
      ['dateNote: an agreement without a date needs a dateNote'],
    ],
  ] as [string, Json, string[]][])('agreement: %s', (_, value, expected) => {
    expect(issuesOf(AgreementSchema, value)).toEqual(expected);
  });
});

describe('MetaSchema: the releases', () => {
  const meta = minimalRaw()['meta.json'] as Json & { releases: Json[] };
  const release = (version: string, date: string) => ({
    version,
    date,
    summary: 'S.',
    summaryRu: 'С.',
  });
  // Three releases, so that the last one is not also the second.
  const releases = [
    release('1.0.0', '2019-01-01'),
    release('1.1.0', '2019-06-01'),
    release('2.0.0', '2020-09-15'),
  ];
  it.each([
    ['the current version released last, this year', { ...meta, releases }, []],
    [
      'the current version not released last',
      { ...meta, version: '1.1.0' },
      ['releases: the last release must be the current version'],
    ],
    [
      'a publication year other than the last release’s',
      { ...meta, releases: releases.slice(0, 2).concat(release('2.0.0', '2019-12-01')) },
      ['publicationYear: must be the year of the current release'],
    ],
  ] as [string, Json, string[]][])('%s', (_, value, expected) => {
    expect(issuesOf(MetaSchema, value)).toEqual(expected);
  });
});
