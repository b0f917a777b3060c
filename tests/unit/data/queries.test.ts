import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/lib/data/load';
import {
  FOCUS_ISO3,
  getCountry,
  isDatasetIso3,
  isFocusIso3,
  mineralsFor,
  sourcesById,
} from '@/lib/data/queries';

const data = loadDataset();

describe('queries', () => {
  it('tells focus countries from Sudan and from unknown codes', () => {
    expect(FOCUS_ISO3).toHaveLength(10);
    expect(isFocusIso3('KAZ')).toBe(true);
    expect(isFocusIso3('SDN')).toBe(false);
    expect(isDatasetIso3('SDN')).toBe(true);
    expect(isDatasetIso3('FRA')).toBe(false);
  });

  it('finds a country by code and returns undefined for others', () => {
    expect(getCountry(data, 'TKM')?.names.native?.text).toBe('Türkmenistan');
    expect(getCountry(data, 'FRA')).toBeUndefined();
  });

  it('resolves source ids in the order given, skipping unknown ones', () => {
    const ids = data.events[0]!.sources;
    const resolved = sourcesById(data, [...ids].reverse().concat('no-such-source'));
    expect(resolved.map((s) => s.id)).toEqual([...ids].reverse());
  });

  it('gathers a country’s mineral profile, agreements and projects', () => {
    const kaz = mineralsFor(data, 'KAZ');
    expect(kaz.profile?.keyMinerals).toContain('uranium');
    expect(kaz.agreements.every((a) => a.parties.includes('KAZ'))).toBe(true);
    expect(kaz.projects.map((p) => p.id)).toEqual(
      expect.arrayContaining(['upper-kairakty', 'northern-katpar']),
    );
    expect(mineralsFor(data, 'ISR')).toEqual({ profile: null, agreements: [], projects: [] });
  });
});
