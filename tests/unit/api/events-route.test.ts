import { describe, expect, it } from 'vitest';
import { GET as getEvents } from '@/app/api/events/route';
import type { ListedEvent } from '@/lib/api/events';
import { loadDataset } from '@/lib/data/load';
import { apiRequest, expectError, parseCsv } from './helpers';

const dataset = loadDataset();

async function events(query = ''): Promise<Record<string, unknown> & { data: ListedEvent[] }> {
  const response = await getEvents(apiRequest(`/api/events${query}`));
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown> & { data: ListedEvent[] };
}

describe('GET /api/events', () => {
  it('lists every event in day order with its phase and source URLs', async () => {
    const answer = await events();
    expect(answer).toMatchObject({
      asOf: dataset.meta.asOf,
      sourcesSearchedUntil: dataset.meta.sourcesSearchedUntil,
      from: null,
      to: null,
      country: null,
      accords: null,
    });
    expect(answer.data).toHaveLength(dataset.events.length);
    const days = answer.data.map((e) => e.day);
    expect(days).toEqual([...days].sort());
    const phaseOf = (kind: string) => answer.data.find((e) => e.kind === kind)?.phase;
    expect(phaseOf('signed')).toBe('implemented');
    expect(phaseOf('statement')).toBe('announced');
    for (const event of answer.data) {
      expect(['announced', 'implemented']).toContain(event.phase);
      expect(event.sourceUrls).toHaveLength(event.sources.length);
    }
  });

  it('cites each source with its kind and publication date', async () => {
    const { data } = await events();
    const byUrl = new Map(dataset.sources.map((source) => [source.url, source]));
    for (const event of data) {
      expect(event.citations.map((c) => c.url)).toEqual(event.sourceUrls);
      for (const citation of event.citations) {
        const source = byUrl.get(citation.url)!;
        expect(citation).toEqual({
          url: source.url,
          kind: source.kind,
          publisher: source.publisher,
          published: source.published?.value ?? null,
        });
      }
    }
    expect(data.some((e) => e.citations.some((c) => c.published !== null))).toBe(true);
  });

  it('filters by from and to on the day an event counts from, inclusive', async () => {
    const { data, from, to } = await events('?from=2020-09-15&to=2020-12-31');
    expect({ from, to }).toEqual({ from: '2020-09-15', to: '2020-12-31' });
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((e) => e.day >= '2020-09-15' && e.day <= '2020-12-31')).toBe(true);
    expect(data.map((e) => e.day)).toContain('2020-09-15');
    const all = await events();
    const inside = all.data.filter((e) => e.day >= '2020-09-15' && e.day <= '2020-12-31');
    expect(data.map((e) => e.id)).toEqual(inside.map((e) => e.id));
  });

  it('filters by country (any case) and by the Accords track', async () => {
    const { data, country } = await events('?country=kaz&accords=true');
    expect(country).toBe('KAZ');
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((e) => e.parties.includes('KAZ') && e.accords)).toBe(true);
    const off = await events('?country=KAZ&accords=false');
    expect(off.data.length).toBeGreaterThan(0);
    expect(off.data.every((e) => !e.accords)).toBe(true);
    const any = await events('?country=KAZ');
    expect(any.data).toHaveLength(data.length + off.data.length);
  });

  it('answers CSV with the same rows as the JSON', async () => {
    const query = '?country=ISR&to=2021-12-31';
    const response = await getEvents(apiRequest(`/api/events${query}&format=csv`));
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="events-/);
    const [header, ...rows] = parseCsv(await response.text());
    const { data } = await events(query);
    expect(header?.slice(0, 3)).toEqual(['id', 'day', 'date']);
    expect(rows).toHaveLength(data.length);
    const column = (name: string) => rows.map((row) => row[header?.indexOf(name) ?? -1]);
    expect(column('id')).toEqual(data.map((e) => e.id));
    expect(column('summary')).toEqual(data.map((e) => e.summary));
    expect(column('sourceUrls')).toEqual(data.map((e) => e.sourceUrls.join(' ')));
  });

  it.each([
    ['?from=2021-02-29', 'from'],
    ['?to=yesterday', 'to'],
    ['?from=2021-01-02&to=2021-01-01', 'from'],
    ['?country=FRA', 'country'],
    ['?country=', 'country'],
    ['?accords=yes', 'accords'],
    ['?format=tsv', 'format'],
    ['?date=2021-01-01', 'date'],
    ['?accords=true&accords=false', 'accords'],
    [`?country=${'K'.repeat(65)}`, 'country'],
  ])('rejects %s with 400', async (query, parameter) => {
    await expectError(await getEvents(apiRequest(`/api/events${query}`)), 400, parameter);
  });
});
