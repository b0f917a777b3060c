import { describe, expect, it } from 'vitest';
import type { AccordsDocument, AccordsEvent, TieStatement, Trade } from '@/lib/data/schema';
import { accordsStatusOn, tieLevel, tieOn } from '@/lib/data/status';
import { tradeBars, tradeFor } from '@/lib/data/trade';
import { embassyPoints } from '@/lib/map-layers';
import { accordsEvent as event, datasetWith } from './minimal-dataset';

const declaration: AccordsDocument = {
  id: 'declaration',
  title: 'Abraham Accords Declaration',
  titleRu: 'Декларация Авраамовых соглашений',
  type: 'declaration',
  accords: true,
  parties: ['ARE', 'ISR', 'KAZ', 'KGZ', 'SDN', 'USA'],
  witnesses: ['USA'],
  sources: ['s1'],
  confidence: 'high',
};
const treaty: AccordsDocument = {
  ...declaration,
  id: 'treaty',
  type: 'treaty',
  parties: ['ARE', 'ISR', 'USA'],
  establishesRelations: true,
};
const documents = [declaration, treaty];

const signed = (id: string, value: string, parties: string[], documentId = 'declaration') =>
  event(id, value, { kind: 'signed', parties: [...parties, 'USA'], brokers: ['USA'], documentId });

const relations = (pair: [string, string], status: 'established' | 'not-established') =>
  ({
    id: `${pair.join('-')}-relations`.toLowerCase(),
    pair,
    topic: 'relations',
    status,
    date: null,
    statement: 'Stated.',
    sources: ['s1'],
    confidence: 'high',
  }) satisfies TieStatement;

const statusOn = (events: AccordsEvent[], iso3: string, day: string, ties: TieStatement[] = []) =>
  accordsStatusOn(datasetWith({ events, documents, ties }), iso3, day);

describe("a document's life and the status it gives", () => {
  const life = [
    signed('treaty-signed', '2020-09-15', ['ARE', 'ISR'], 'treaty'),
    event('treaty-in-force', '2021-01-05', {
      kind: 'in-force',
      parties: ['ARE', 'ISR'],
      documentId: 'treaty',
    }),
  ];

  it('makes both signatories of a treaty with Israel original signatories, and the treaty sets up relations', () => {
    const data = datasetWith({ events: life, documents });
    expect(accordsStatusOn(data, 'ARE', '2020-09-15')).toMatchObject({
      status: 'original-signatory',
      since: '2020-09-15',
    });
    expect(accordsStatusOn(data, 'ARE', '2020-09-14').status).toBe('none');
    expect(tieOn(data, 'ARE', 'ISR', '2020-09-15').relations).toMatchObject({
      status: 'established',
      since: '2020-09-15',
    });
  });

  it('freezes a member whose part in the document is suspended, until it resumes', () => {
    const events = [
      ...life,
      event('treaty-suspended', '2024-01-10', {
        kind: 'suspended',
        parties: ['ARE'],
        documentId: 'treaty',
      }),
      event('treaty-resumed', '2025-03-01', {
        kind: 'resumed',
        parties: ['ARE'],
        documentId: 'treaty',
      }),
    ];
    expect(statusOn(events, 'ARE', '2024-01-09').status).toBe('original-signatory');
    expect(statusOn(events, 'ARE', '2024-01-10')).toMatchObject({
      status: 'frozen',
      since: '2024-01-10',
      eventIds: ['treaty-signed', 'treaty-suspended'],
    });
    expect(statusOn(events, 'ARE', '2025-03-01').status).toBe('original-signatory');
    // Israel's own status does not follow the UAE's suspension.
    expect(statusOn(events, 'ISR', '2024-06-01').status).toBe('original-signatory');
  });

  it('keeps a terminated member frozen', () => {
    const events = [
      ...life,
      event('treaty-ended', '2024-01-10', {
        kind: 'terminated',
        parties: ['ARE'],
        documentId: 'treaty',
      }),
    ];
    expect(statusOn(events, 'ARE', '2026-01-01').status).toBe('frozen');
  });
});

describe('declaration only, with and without relations with Israel', () => {
  const sign = signed('kgz-signs', '2027-03-01', ['KGZ']);

  it('calls a signatory without relations with Israel "declaration only"', () => {
    expect(statusOn([sign], 'KGZ', '2027-03-01')).toMatchObject({
      status: 'declaration-only',
      since: '2027-03-01',
    });
    const denied = [relations(['ISR', 'KGZ'], 'not-established')];
    expect(statusOn([sign], 'KGZ', '2027-03-01', denied).status).toBe('declaration-only');
  });

  it('calls a signatory with relations since 1992 "joined", not declaration only', () => {
    const established = event('isr-kaz-relations', '1992-04-10', {
      kind: 'relations-established',
      parties: ['ISR', 'KAZ'],
      accords: false,
    });
    const kaz = signed('kaz-signs', '2027-03-01', ['KAZ']);
    expect(statusOn([established, kaz], 'KAZ', '2027-03-01')).toMatchObject({
      status: 'joined',
      since: '2027-03-01',
      eventIds: ['kaz-signs', 'isr-kaz-relations'],
    });
    // A relations statement counts as much as a dated event.
    const stated = [relations(['ISR', 'KGZ'], 'established')];
    expect(statusOn([sign], 'KGZ', '2027-03-01', stated).status).toBe('joined');
  });

  it('does not let relations established after the day change the status on that day', () => {
    const later = event('isr-kgz-relations', '2028-01-01', {
      kind: 'relations-established',
      parties: ['ISR', 'KGZ'],
      accords: false,
    });
    expect(statusOn([sign, later], 'KGZ', '2027-06-01').status).toBe('declaration-only');
    expect(statusOn([sign, later], 'KGZ', '2028-01-01').status).toBe('joined');
  });
});

describe('talks reported', () => {
  const talks = event('uzb-talks', '2025-08-01', {
    kind: 'talks-reported',
    parties: ['UZB', 'USA'],
  });

  it('marks a candidate from the report, and an announcement outranks it', () => {
    expect(statusOn([talks], 'UZB', '2025-07-31').status).toBe('none');
    expect(statusOn([talks], 'UZB', '2025-08-01')).toMatchObject({
      status: 'talks-reported',
      since: '2025-08-01',
    });
    const announced = event('uzb-announces', '2025-11-06', {
      kind: 'accession-announced',
      parties: ['UZB', 'USA'],
      brokers: ['USA'],
    });
    expect(statusOn([talks, announced], 'UZB', '2025-11-06').status).toBe('accession-announced');
  });

  it('ignores a report that is not on the Accords track', () => {
    const off = { ...talks, accords: false };
    expect(statusOn([off], 'UZB', '2026-01-01').status).toBe('none');
  });
});

describe('frozen by suspended relations', () => {
  const events = [
    signed('are-signs', '2020-09-15', ['ARE', 'ISR']),
    event('are-isr-relations', '2020-09-15', {
      kind: 'relations-established',
      parties: ['ARE', 'ISR'],
    }),
    event('are-isr-suspended', '2023-11-02', {
      kind: 'relations-suspended',
      parties: ['ARE', 'ISR'],
    }),
    event('are-isr-restored', '2025-01-15', {
      kind: 'relations-restored',
      parties: ['ARE', 'ISR'],
    }),
  ];

  it('freezes a member while its relations with Israel are suspended', () => {
    expect(statusOn(events, 'ARE', '2023-11-01').status).toBe('original-signatory');
    expect(statusOn(events, 'ARE', '2023-11-02')).toMatchObject({
      status: 'frozen',
      eventIds: ['are-signs', 'are-isr-suspended'],
    });
    expect(statusOn(events, 'ARE', '2025-01-15').status).toBe('original-signatory');
    const data = datasetWith({ events, documents });
    expect(tieOn(data, 'ARE', 'ISR', '2024-01-01').relations.status).toBe('suspended');
  });

  it('never changes a status for a context event', () => {
    const war = event('war', '2023-10-07', {
      kind: 'war',
      parties: ['ARE', 'ISR'],
      accords: false,
    });
    expect(statusOn([...events.slice(0, 2), war], 'ARE', '2024-01-01').status).toBe(
      'original-signatory',
    );
  });
});

describe('missions suspended and closed', () => {
  const opened = event('usa-embassy-khartoum', '1956-01-01', {
    kind: 'mission-opened',
    parties: ['SDN', 'USA'],
    accords: false,
    mission: { host: 'SDN', sender: 'USA', level: 'embassy', city: 'Khartoum' },
  });
  const relationsEvent = event('sdn-usa-relations', '1956-01-01', {
    kind: 'relations-established',
    parties: ['SDN', 'USA'],
    accords: false,
  });
  const suspended = event('usa-embassy-khartoum-suspended', '2023-04-22', {
    kind: 'mission-suspended',
    parties: ['SDN', 'USA'],
    accords: false,
    mission: { host: 'SDN', sender: 'USA' },
  });
  const tie = (events: AccordsEvent[], day: string) =>
    tieOn(datasetWith({ events, documents: [] }), 'SDN', 'USA', day);

  it('keeps a suspended mission at its level but no longer counts it as resident', () => {
    const events = [relationsEvent, opened, suspended];
    expect(tie(events, '2023-04-21').embassies.SDN).toMatchObject({
      level: 'embassy',
      state: 'active',
      city: 'Khartoum',
    });
    expect(tieLevel(tie(events, '2023-04-21'))).toBe('resident-one-way');
    expect(tie(events, '2023-04-22').embassies.SDN).toMatchObject({
      level: 'embassy',
      state: 'suspended',
      since: '2023-04-22',
      city: 'Khartoum',
    });
    expect(tieLevel(tie(events, '2023-04-22'))).toBe('relations-only');
    const data = datasetWith({ events, documents: [] });
    const hosts = (day: string) => embassyPoints(data, day).features.map((f) => f.properties.host);
    expect(hosts('2023-04-21')).toEqual(['SDN']);
    expect(hosts('2023-04-22')).toEqual([]);
  });

  it('reopens a suspended mission at the level the reopening states', () => {
    const reopened = event('usa-office-reopened', '2026-01-10', {
      kind: 'mission-reopened',
      parties: ['SDN', 'USA'],
      accords: false,
      mission: { host: 'SDN', sender: 'USA', level: 'liaison-office', city: 'Port Sudan' },
    });
    expect(
      tie([relationsEvent, opened, suspended, reopened], '2026-01-10').embassies.SDN,
    ).toMatchObject({ level: 'liaison-office', state: 'active', city: 'Port Sudan' });
  });

  it('gives a closed mission no level', () => {
    const closed = event('usa-embassy-closed', '2023-05-01', {
      kind: 'mission-closed',
      parties: ['SDN', 'USA'],
      accords: false,
      mission: { host: 'SDN', sender: 'USA' },
    });
    const after = tie([relationsEvent, opened, suspended, closed], '2023-05-01');
    expect(after.embassies.SDN).toMatchObject({
      level: 'none',
      state: 'closed',
      since: '2023-05-01',
    });
    expect(tieLevel(after)).toBe('relations-only');
  });

  it('keeps an embassy when a consulate opens later', () => {
    const consulate = event('usa-consulate', '1990-01-01', {
      kind: 'mission-opened',
      parties: ['SDN', 'USA'],
      accords: false,
      mission: { host: 'SDN', sender: 'USA', level: 'consulate', city: 'Port Sudan' },
    });
    expect(tie([opened, consulate], '1990-01-01').embassies.SDN).toMatchObject({
      level: 'embassy',
      city: 'Khartoum',
      since: '1956-01-01',
    });
  });
});

describe('numeric trade', () => {
  const figure = (id: string, fields: Partial<Trade>): Trade => ({
    id,
    reporter: 'KAZ',
    partner: 'ISR',
    flow: 'turnover',
    amount: { value: 100, currency: 'USD', qualifier: 'about' },
    period: {
      start: { value: '2024', precision: 'year' },
      end: { value: '2024', precision: 'year' },
    },
    date: { value: '2025-02', precision: 'month' },
    sources: ['s1'],
    confidence: 'high',
    ...fields,
  });
  const year = (value: string) => ({
    start: { value, precision: 'year' as const },
    end: { value, precision: 'year' as const },
  });
  const data = {
    ...datasetWith({}),
    trade: [
      figure('y2024', {}),
      figure('y2023', {
        period: year('2023'),
        amount: { value: 400, currency: 'USD', qualifier: 'exact' },
        date: { value: '2024-01-15', precision: 'day' },
      }),
      figure('trend', { amount: null, note: 'Doubled.' }),
      figure('no-period', { period: null, periodNote: 'Annual.' }),
      figure('usa', { partner: 'USA', period: year('2022') }),
      figure('exports', { flow: 'exports', period: year('2022') }),
    ],
  };

  it('lists figures stated by the day for a country or a pair, newest period first', () => {
    expect(tradeFor(data, 'KAZ', '2025-02-28', 'ISR').map((t) => t.id)).toEqual([
      'y2024',
      'trend',
      'y2023',
      'exports',
      'no-period',
    ]);
    // A month-precise statement counts only once its month is over.
    expect(tradeFor(data, 'KAZ', '2025-02-27', 'ISR').map((t) => t.id)).toEqual(['y2023']);
    expect(tradeFor(data, 'ISR', '2025-12-31').map((t) => t.id)).not.toContain('usa');
  });

  it('charts only turnover with an amount and a period, oldest first, scaled to the largest', () => {
    const bars = tradeBars(tradeFor(data, 'KAZ', '2025-12-31', 'ISR'));
    expect(bars.map((b) => [b.trade.id, b.scale])).toEqual([
      ['y2023', 1],
      ['y2024', 0.25],
    ]);
    expect(tradeBars(tradeFor(data, 'KAZ', '2025-12-31', 'ISR'), 'EUR')).toEqual([]);
  });
});
