import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessQuality, qualityIssues } from '@/lib/data/quality';
import { validateDataset } from '@/lib/data/validate';
import { synthesize } from '@/scripts/synthetic-data';

const DATA = path.join(__dirname, '..', '..', 'data');

describe('the synthetic dataset of the bench', () => {
  const original = synthesize(DATA, 1, 1);
  const tripled = synthesize(DATA, 3, 7);

  it('is valid and passes the quality checks, as data:check requires', () => {
    const result = validateDataset(tripled);
    expect(result.ok ? [] : result.errors.slice(0, 5)).toEqual([]);
    if (!result.ok) return;
    expect(qualityIssues(assessQuality(result.data, tripled)).slice(0, 5)).toEqual([]);
  });

  it('holds `factor` times every fact on the same countries', () => {
    const length = (files: typeof original, name: string) => (files[name] as unknown[]).length;
    for (const name of ['events.json', 'ties.json', 'documents.json', 'trade.json']) {
      expect(length(tripled, name)).toBe(3 * length(original, name));
    }
    expect(tripled['countries.json']).toEqual(original['countries.json']);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(JSON.stringify(synthesize(DATA, 3, 7))).toBe(JSON.stringify(tripled));
    expect(JSON.stringify(synthesize(DATA, 3, 8)['trade.json'])).not.toBe(
      JSON.stringify(tripled['trade.json']),
    );
  });
});
