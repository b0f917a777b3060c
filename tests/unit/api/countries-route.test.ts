import { describe, expect, it } from 'vitest';
import { GET as getCountry } from '@/app/api/countries/[iso3]/route';
import { GET as getCountries } from '@/app/api/countries/route';
import type { CountryDetail, CountrySummary } from '@/lib/api/countries';
import { loadDataset } from '@/lib/data/load';
import { DATASET_ISO3 } from '@/lib/data/queries';
import { apiRequest, citedIds, expectError, iso3Context, parseCsv } from './helpers';

const { meta } = loadDataset();

interface Envelope<T> {
  asOf: string;
  sourcesSearchedUntil: { value: string; precision: string };
  date: string;
  data: T;
}

async function countries(query = ''): Promise<Envelope<CountrySummary[]>> {
  const response = await getCountries(apiRequest(`/api/countries${query}`));
  expect(response.status).toBe(200);
  return (await response.json()) as Envelope<CountrySummary[]>;
}

async function country(iso3: string, query = ''): Promise<Envelope<CountryDetail>> {
  const response = await getCountry(
    apiRequest(`/api/countries/${iso3}${query}`),
    iso3Context(iso3),
  );
  expect(response.status).toBe(200);
  return (await response.json()) as Envelope<CountryDetail>;
}

describe('GET /api/countries', () => {
  it('lists the eleven dataset countries in display order, on asOf by default', async () => {
    const answer = await countries();
    expect(Object.keys(answer)).toEqual(['asOf', 'sourcesSearchedUntil', 'date', 'data']);
    expect(answer).toMatchObject({
      asOf: meta.asOf,
      sourcesSearchedUntil: meta.sourcesSearchedUntil,
      date: meta.asOf,
    });
    expect(answer.data.map((c) => c.iso3)).toEqual([...DATASET_ISO3]);
    expect(answer.data.find((c) => c.iso3 === 'SDN')).toMatchObject({
      focus: false,
      accords: { status: 'declaration-only' },
    });
  });

  it('gives names, capital and groups', async () => {
    const { data } = await countries();
    expect(data.find((c) => c.iso3 === 'MAR')).toMatchObject({
      names: { en: 'Morocco' },
      capital: { name: { en: 'Rabat' }, lat: expect.any(Number), lon: expect.any(Number) },
      groups: ['accords'],
      focus: true,
    });
  });

  it('gives the status on the date asked', async () => {
    const statusOf = async (date: string, iso3: string) =>
      (await countries(`?date=${date}`)).data.find((c) => c.iso3 === iso3)?.accords.status;
    expect(await statusOf('2020-12-01', 'MAR')).toBe('none');
    expect(await statusOf('2020-12-23', 'MAR')).toBe('original-signatory');
    expect(await statusOf('2025-11-07', 'KAZ')).toBe('accession-announced');
  });

  it('answers CSV with the same rows as the JSON', async () => {
    const response = await getCountries(apiRequest('/api/countries?format=csv&date=2020-12-23'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="countries-2020-12-23.csv"',
    );
    const [header, ...rows] = parseCsv(await response.text());
    expect(header?.slice(0, 3)).toEqual(['iso3', 'name', 'nameRu']);
    const { data } = await countries('?date=2020-12-23');
    expect(rows).toHaveLength(data.length);
    const column = (name: string) => rows.map((row) => row[header?.indexOf(name) ?? -1]);
    expect(column('iso3')).toEqual(data.map((c) => c.iso3));
    expect(column('accordsStatus')).toEqual(data.map((c) => c.accords.status));
    expect(column('capitalLon').map(Number)).toEqual(data.map((c) => c.capital.lon));
  });

  it.each([
    ['?date=2026-13-01', 400, 'date'],
    ['?date=20201201', 400, 'date'],
    [`?date=2099-01-01`, 400, 'date'],
    ['?format=xml', 400, 'format'],
    ['?country=KAZ', 400, 'country'],
    ['?date=2020-12-01&date=2020-12-02', 400, 'date'],
    [`?date=${'9'.repeat(65)}`, 400, 'date'],
    [`?format=json&x=${'y'.repeat(1100)}`, 414, null],
  ])('rejects %s with %i', async (query, status, parameter) => {
    await expectError(await getCountries(apiRequest(`/api/countries${query}`)), status, parameter);
  });

  it('says how far the dataset goes when the date is after asOf', async () => {
    const response = await getCountries(apiRequest('/api/countries?date=2099-01-01'));
    expect(await expectError(response, 400, 'date')).toContain(`only goes to ${meta.asOf}`);
  });
});

describe('GET /api/countries/{iso3}', () => {
  it('takes the code in any case and answers with the country on the date', async () => {
    const answer = await country('mar', '?date=2020-12-23');
    expect(answer.date).toBe('2020-12-23');
    expect(answer.data).toMatchObject({
      iso3: 'MAR',
      names: { en: 'Morocco' },
      accords: { status: 'original-signatory', since: '2020-12-22' },
    });
    expect(answer.data).not.toHaveProperty('minerals.keyMinerals');
  });

  it.each([
    ['MAR', '2020-12-01', 'none'],
    ['MAR', '2020-12-23', 'original-signatory'],
    ['KAZ', '2025-11-07', 'accession-announced'],
    ['KAZ', '2025-11-05', 'talks-reported'],
    ['KAZ', '2025-07-31', 'none'],
  ])('%s on %s is %s', async (iso3, date, status) => {
    expect((await country(iso3, `?date=${date}`)).data.accords.status).toBe(status);
  });

  it('lists its timeline up to the date, in order, each event with its phase', async () => {
    const { data } = await country('KAZ', '?date=2025-11-07');
    const days = data.timeline.map((e) => e.day);
    expect(days).toEqual([...days].sort());
    expect(days.every((day) => day <= '2025-11-07')).toBe(true);
    expect(data.timeline.every((e) => e.parties.includes('KAZ'))).toBe(true);
    expect(data.timeline.find((e) => e.id === 'kaz-accession-announced')).toMatchObject({
      phase: 'announced',
    });
    const later = await country('KAZ');
    expect(later.data.timeline.length).toBeGreaterThan(data.timeline.length);
  });

  it('gives its tie with each of the ten other countries', async () => {
    const { data } = await country('ISR');
    expect(data.ties.map((t) => t.with)).toEqual(DATASET_ISO3.filter((c) => c !== 'ISR'));
    const sudan = data.ties.find((t) => t.with === 'SDN');
    expect(sudan).toMatchObject({ pair: ['ISR', 'SDN'], relations: { status: 'not-established' } });
    expect(sudan?.statements.map((s) => s.id)).toContain('isr-sdn-relations-not-established');
    for (const tie of data.ties) {
      expect(tie.pair).toContain('ISR');
      expect(tie.missions.map((m) => [m.host, m.sender])).toEqual([
        tie.pair,
        [...tie.pair].reverse(),
      ]);
    }
  });

  it('resolves every tie event in its timeline and every tie statement in its statements', async () => {
    const { data } = await country('ARE', '?date=2021-06-01');
    const eventIds = new Set(data.timeline.map((e) => e.id));
    for (const tie of data.ties) {
      const statementIds = new Set(tie.statements.map((s) => s.id));
      const missions = tie.missions.flatMap((m) => [...m.eventIds, ...m.recallEventIds]);
      for (const id of [...tie.relations.eventIds, ...missions]) expect(eventIds).toContain(id);
      for (const id of [
        ...tie.relations.statementIds,
        ...tie.missions.flatMap((m) => m.statementIds),
      ])
        expect(statementIds).toContain(id);
    }
  });

  it('gives its minerals: profile, agreements and projects', async () => {
    const { data } = await country('KAZ');
    expect(data.minerals.profile?.keyMinerals).toContain('uranium');
    expect(data.minerals.agreements.length).toBeGreaterThan(0);
    expect(data.minerals.agreements.every((a) => a.parties.includes('KAZ'))).toBe(true);
    expect(data.minerals.projects.map((p) => p.id)).toContain('upper-kairakty');
  });

  it('resolves every source it cites, once, with url, publisher and published', async () => {
    const { data } = await country('KAZ');
    const { sources, ...rest } = data;
    const cited = citedIds(rest);
    expect(cited.size).toBeGreaterThan(10);
    expect(new Set(sources.map((s) => s.id))).toEqual(cited);
    expect(sources).toHaveLength(cited.size);
    for (const source of sources) {
      expect(source).toMatchObject({
        url: expect.stringMatching(/^https?:\/\//),
        publisher: expect.any(String),
      });
      expect(source).toHaveProperty('published');
    }
  });

  it.each(['FRA', 'xx', 'KAZA', '%00', 'k'.repeat(200)])(
    'answers 404 JSON for %j',
    async (iso3) => {
      const response = await getCountry(apiRequest(`/api/countries/${iso3}`), iso3Context(iso3));
      const message = await expectError(response, 404, null);
      expect(message).toContain('KAZ, KGZ');
      expect(message.length).toBeLessThan(200);
    },
  );

  it.each([
    ['?date=2020-02-30', 'date'],
    ['?format=csv', 'format'],
    ['?pair=ISR~KAZ', 'pair'],
    ['?date=2020-01-01&date=2020-01-01', 'date'],
  ])('rejects %s with 400', async (query, parameter) => {
    const response = await getCountry(apiRequest(`/api/countries/KAZ${query}`), iso3Context('KAZ'));
    await expectError(response, 400, parameter);
  });
});
