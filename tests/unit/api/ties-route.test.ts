import { describe, expect, it } from 'vitest';
import { GET as getTies } from '@/app/api/ties/route';
import type { ApiTie } from '@/lib/api/reshape';
import type { PairDetail } from '@/lib/api/ties';
import { loadDataset } from '@/lib/data/load';
import { DATASET_ISO3, FOCUS_ISO3 } from '@/lib/data/queries';
import { apiRequest, citedIds, expectError, parseCsv } from './helpers';

const dataset = loadDataset();
const { meta } = dataset;

async function ties<T>(query = ''): Promise<{ asOf: string; date: string; data: T }> {
  const response = await getTies(apiRequest(`/api/ties${query}`));
  expect(response.status).toBe(200);
  return (await response.json()) as { asOf: string; date: string; data: T };
}

describe('GET /api/ties', () => {
  it('gives every pair of the eleven once, sorted, on asOf by default', async () => {
    const answer = await ties<ApiTie[]>();
    expect(answer).toMatchObject({ asOf: meta.asOf, date: meta.asOf });
    expect(answer.data).toHaveLength((11 * 10) / 2);
    const keys = answer.data.map((t) => t.pair.join('~'));
    expect(new Set(keys).size).toBe(keys.length);
    for (const { pair, missions } of answer.data) {
      expect(pair[0] < pair[1]).toBe(true);
      expect(pair.every((c) => (DATASET_ISO3 as readonly string[]).includes(c))).toBe(true);
      expect(missions.map((m) => `${m.sender}→${m.host}`)).toEqual([
        `${pair[1]}→${pair[0]}`,
        `${pair[0]}→${pair[1]}`,
      ]);
    }
  });

  it('gives relations, missions and tie level on the date', async () => {
    const find = (list: ApiTie[]) => list.find((t) => t.pair.join('~') === 'BHR~ISR');
    const before = find((await ties<ApiTie[]>('?date=2020-10-17')).data);
    const after = find((await ties<ApiTie[]>('?date=2020-10-18')).data);
    expect(before?.relations.status).not.toBe('established');
    expect(after?.relations).toMatchObject({ status: 'established', since: '2020-10-18' });
    expect(after?.level).toEqual(expect.any(String));
  });

  it('gives null, not a made-up day, when nothing dates a tie', async () => {
    const { data } = await ties<ApiTie[]>();
    const undated = data.filter(
      (t) =>
        t.relations.eventIds.length === 0 &&
        t.relations.statementIds.every(
          (id) => dataset.ties.find((s) => s.id === id)?.date === null,
        ),
    );
    expect(undated.length).toBeGreaterThan(0);
    for (const tie of undated) expect(tie.relations.since, tie.pair.join('~')).toBeNull();
  });

  it('gives a known relations status for every pair of the ten focus countries', async () => {
    const { data } = await ties<ApiTie[]>();
    const focus = data.filter((t) =>
      t.pair.every((c) => (FOCUS_ISO3 as readonly string[]).includes(c)),
    );
    expect(focus).toHaveLength((10 * 9) / 2);
    expect(
      focus.filter((t) => t.relations.status === 'unknown').map((t) => t.pair.join('~')),
    ).toEqual([]);
  });

  it('gives each mission its state and city', async () => {
    const { data } = await ties<ApiTie[]>();
    const missions = data.flatMap((t) => t.missions);
    expect(missions.some((m) => m.state === 'active' && m.city !== null)).toBe(true);
    for (const mission of missions) {
      expect([null, 'active', 'suspended', 'closed']).toContain(mission.state);
    }
  });

  it('gives one pair with its statements, history and sources', async () => {
    const { data } = await ties<PairDetail>('?pair=SDN~isr');
    expect(data.pair).toEqual(['ISR', 'SDN']);
    expect(data.relations.status).toBe('not-established');
    expect(data.level).toBe('none');
    expect(data.statements.map((s) => s.id)).toContain('isr-sdn-relations-not-established');
    expect(data.history.every((e) => e.parties.includes('ISR') && e.parties.includes('SDN'))).toBe(
      true,
    );
    const { sources, ...rest } = data;
    const cited = citedIds(rest);
    expect(cited).toEqual(citedIds([data.statements, data.history]));
    expect(new Set(sources.map((s) => s.id))).toEqual(cited);
    expect(sources).toHaveLength(cited.size);
  });

  it('keeps a pair history to the date', async () => {
    const full = await ties<PairDetail>('?pair=ISR~ARE');
    const early = await ties<PairDetail>('?pair=ISR~ARE&date=2020-08-31');
    expect(early.data.history.length).toBeLessThan(full.data.history.length);
    expect(early.data.history.every((e) => e.day <= '2020-08-31')).toBe(true);
  });

  it('answers CSV with one row per pair', async () => {
    const response = await getTies(apiRequest('/api/ties?format=csv'));
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="ties-${meta.asOf}.csv"`,
    );
    const [header, ...rows] = parseCsv(await response.text());
    const { data } = await ties<ApiTie[]>();
    expect(header).toEqual([
      'a',
      'b',
      'relations',
      'relationsSince',
      'missionOfBInA',
      'missionOfBInASince',
      'missionOfAInB',
      'missionOfAInBSince',
      'tieLevel',
    ]);
    expect(rows).toHaveLength(data.length);
    expect(rows.map((r) => `${r[0]}~${r[1]}`)).toEqual(data.map((t) => t.pair.join('~')));
    expect(rows.map((r) => r[8])).toEqual(data.map((t) => t.level));
  });

  it('answers one CSV row for a pair', async () => {
    const response = await getTies(apiRequest('/api/ties?format=csv&pair=KAZ~ISR'));
    expect(response.headers.get('content-disposition')).toContain('ties-ISR-KAZ-');
    const rows = parseCsv(await response.text());
    expect(rows).toHaveLength(2);
    expect(rows[1]?.slice(0, 3)).toEqual(['ISR', 'KAZ', 'established']);
  });

  it.each([
    ['?pair=ISR~ISR', 'pair'],
    ['?pair=isr~ISR', 'pair'],
    ['?pair=ISR~FRA', 'pair'],
    ['?pair=ISR-KAZ', 'pair'],
    ['?pair=ISR~KAZ~USA', 'pair'],
    ['?pair=', 'pair'],
    ['?pair=ISR~KAZ&pair=ISR~USA', 'pair'],
    ['?date=2020-02-30', 'date'],
    ['?format=geojson', 'format'],
    ['?country=KAZ', 'country'],
  ])('rejects %s with 400', async (query, parameter) => {
    await expectError(await getTies(apiRequest(`/api/ties${query}`)), 400, parameter);
  });
});
