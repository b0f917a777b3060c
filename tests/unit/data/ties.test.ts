import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/lib/data/load';
import { tieLevel, tieOn, type Tie } from '@/lib/data/status';
import { datasetWith } from './minimal-dataset';

const data = loadDataset();

describe('tieOn with the real data', () => {
  it('gives Kazakhstan–Israel relations from 10 Apr 1992 and embassies both ways', () => {
    const tie = tieOn(data, 'KAZ', 'ISR', '2026-01-01');
    expect(tie.pair).toEqual(['ISR', 'KAZ']);
    expect(tie.relations).toMatchObject({ status: 'established', since: '1992-04-10' });
    expect(tie.embassies.KAZ).toMatchObject({ level: 'embassy', since: '1992-08' });
    expect(tie.embassies.ISR).toMatchObject({ level: 'embassy', since: '1996-05' });
    expect(tieLevel(tie)).toBe('resident-both');
  });

  it('does not show the Israeli embassy in Kazakhstan before August 1992 is over', () => {
    expect(tieOn(data, 'ISR', 'KAZ', '1992-04-09').relations.status).toBe('unknown');
    expect(tieOn(data, 'ISR', 'KAZ', '1992-08-30').embassies.KAZ?.level).toBe('unknown');
    expect(tieLevel(tieOn(data, 'ISR', 'KAZ', '1992-09-01'))).toBe('resident-one-way');
  });

  it('opens the Israeli embassy in Ashgabat on 20 Apr 2023, with no Turkmen embassy in Israel', () => {
    expect(tieOn(data, 'TKM', 'ISR', '2023-04-19').embassies.TKM?.level).not.toBe('embassy');
    const tie = tieOn(data, 'TKM', 'ISR', '2023-04-21');
    expect(tie.embassies.TKM).toMatchObject({ level: 'embassy', since: '2023-04-20' });
    expect(tie.embassies.ISR?.level).toBe('none');
    expect(tieLevel(tie)).toBe('resident-one-way');
  });

  it('says Sudan–Israel relations are not established after the declaration', () => {
    const tie = tieOn(data, 'SDN', 'ISR', '2021-01-07');
    expect(tie.relations.status).toBe('not-established');
    expect(tieLevel(tie)).toBe('none');
  });

  it('returns unknown for a pair without data', () => {
    const tie = tieOn(datasetWith({}), 'KGZ', 'MAR', '2026-01-01');
    expect(tie.relations).toEqual({ status: 'unknown', eventIds: [], statementIds: [] });
    expect(tie.embassies.KGZ?.level).toBe('unknown');
    expect(tie.embassies.MAR?.level).toBe('unknown');
    expect(tie.history).toEqual([]);
    expect(tieLevel(tie)).toBe('unknown');
  });

  it('notes an envoy recall without closing the mission', () => {
    const tie = tieOn(data, 'BHR', 'ISR', '2024-01-01');
    expect(tie.embassies.ISR?.recallEventIds).toHaveLength(1);
    expect(tie.history.some((e) => e.kind === 'envoy-recalled')).toBe(true);
    expect(tie.embassies.BHR?.level).toBe('embassy');
  });

  it('keeps an embassy when a consulate opens later', () => {
    expect(tieOn(data, 'ARE', 'ISR', '2021-07-01').embassies.ARE?.level).toBe('embassy');
  });

  it('rejects a pair of one country', () => {
    expect(() => tieOn(data, 'ISR', 'ISR', '2021-01-01')).toThrow(RangeError);
  });
});

describe('tieLevel', () => {
  const tie = (relations: Tie['relations']['status'], levels: [string, string]): Tie => ({
    pair: ['AAA', 'BBB'],
    relations: { status: relations, eventIds: [], statementIds: [] },
    embassies: Object.fromEntries(
      (['AAA', 'BBB'] as const).map((host, i) => [
        host,
        {
          level: levels[i] as Tie['embassies'][string]['level'],
          state: 'active' as const,
          eventIds: [],
          statementIds: [],
          recallEventIds: [],
        },
      ]),
    ),
    notes: [],
    history: [],
  });

  it('ranks resident missions, then non-resident ones, then relations', () => {
    expect(tieLevel(tie('established', ['embassy', 'liaison-office']))).toBe('resident-both');
    expect(tieLevel(tie('established', ['consulate', 'none']))).toBe('resident-one-way');
    expect(tieLevel(tie('established', ['non-resident', 'unknown']))).toBe('non-resident');
    expect(tieLevel(tie('established', ['unknown', 'none']))).toBe('relations-only');
    expect(tieLevel(tie('not-established', ['unknown', 'unknown']))).toBe('none');
    expect(tieLevel(tie('unknown', ['unknown', 'unknown']))).toBe('unknown');
  });
});
