import { describe, expect, it } from 'vitest';
import { GET as getMinerals } from '@/app/api/minerals/route';
import type { MineralsAnswer } from '@/lib/api/minerals';
import { loadDataset } from '@/lib/data/load';
import { projectKnownFrom } from '@/lib/data/queries';
import { apiRequest, expectError } from './helpers';

const dataset = loadDataset();

async function minerals(): Promise<MineralsAnswer> {
  const response = await getMinerals(apiRequest('/api/minerals'));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
  return (await response.json()) as MineralsAnswer;
}

describe('GET /api/minerals', () => {
  it('is a GeoJSON FeatureCollection of Points in [lon, lat] order', async () => {
    const answer = await minerals();
    expect(answer.type).toBe('FeatureCollection');
    expect(answer).toMatchObject({
      asOf: dataset.meta.asOf,
      sourcesSearchedUntil: expect.any(Object),
    });
    expect(answer.features.length).toBeGreaterThan(0);
    for (const feature of answer.features) {
      expect(feature.type).toBe('Feature');
      expect(feature.geometry.type).toBe('Point');
      const [lon, lat, ...rest] = feature.geometry.coordinates;
      expect(rest).toEqual([]);
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
      const project = dataset.minerals.projects.find((p) => p.id === feature.properties.id);
      expect([lon, lat]).toEqual([project?.location?.lon, project?.location?.lat]);
    }
  });

  it('carries what a popup needs in each feature', async () => {
    const { features } = await minerals();
    expect(features.find((f) => f.id === 'upper-kairakty')?.properties).toMatchObject({
      name: expect.any(String),
      country: 'KAZ',
      minerals: expect.arrayContaining(['tungsten']),
      stage: 'feasibility',
      stages: [expect.objectContaining({ stage: 'feasibility' })],
      agreementIds: expect.any(Array),
      confidence: expect.any(String),
      sourceUrls: expect.arrayContaining([expect.stringMatching(/^https?:\/\//)]),
      locationConfidence: expect.any(String),
    });
  });

  it('lists projects without coordinates under unlocated, with their note, dropping none', async () => {
    const { features, unlocated } = await minerals();
    const known = dataset.minerals.projects.filter(
      (p) => projectKnownFrom(dataset, p) <= dataset.meta.asOf,
    );
    expect(unlocated.map((p) => p.id).sort()).toEqual(
      known
        .filter((p) => !p.location)
        .map((p) => p.id)
        .sort(),
    );
    expect(unlocated.length).toBeGreaterThan(0);
    for (const project of unlocated) expect(project.locationNote.length).toBeGreaterThan(5);
    expect(features.length + unlocated.length).toBe(known.length);
  });

  it('follows the date: a project appears from its first dated fact, at the stage it had then', async () => {
    const response = await getMinerals(apiRequest('/api/minerals?date=2025-11-05'));
    const before = (await response.json()) as MineralsAnswer;
    expect(before.features.map((f) => f.id)).not.toContain('upper-kairakty');
    const after = await getMinerals(apiRequest('/api/minerals?date=2025-11-06'));
    const { features } = (await after.json()) as MineralsAnswer;
    expect(features.find((f) => f.id === 'upper-kairakty')?.properties.stage).toBe('feasibility');
  });

  it.each([
    ['?format=csv', 'format'],
    ['?date=2020-02-30', 'date'],
    ['?format=json&format=json', 'format'],
  ])('rejects %s with 400', async (query, parameter) => {
    await expectError(await getMinerals(apiRequest(`/api/minerals${query}`)), 400, parameter);
  });
});
