import { describe, expect, it } from 'vitest';
import { mineralsAnswer } from '@/lib/api/minerals';
import { mineralSymbol, mineralsGeoJson } from '@/lib/data/minerals-geojson';
import type { Dataset, Project } from '@/lib/data/schema';
import { visibleLayersGeoJson } from '@/lib/export/geojson';
import { mineralPoints } from '@/lib/map-layers';
import { datasetWith } from './minimal-dataset';
import { shareTranslator } from '@/lib/i18n/translator';

const day = (value: string) => ({ value, precision: 'day' as const });

/** A located tungsten project, explored from 2021-03-01 and in feasibility from 2025-11-06. */
function project(fields: Partial<Project> = {}): Project {
  return {
    id: 'p1',
    name: 'Project One',
    country: 'KAZ',
    minerals: ['tungsten', 'gold'],
    location: { lat: 48.123456789, lon: 70.987654321, sources: ['s2'], confidence: 'medium' },
    stages: [
      { stage: 'exploration', date: day('2021-03-01'), sources: ['s1'], confidence: 'high' },
      { stage: 'feasibility', date: day('2025-11-06'), sources: ['s1'], confidence: 'high' },
    ],
    agreementIds: [],
    figures: [],
    sources: ['s1'],
    confidence: 'high',
    ...fields,
  };
}

/** The minimal dataset with these projects and a second source for the locations. */
function withProjects(...projects: Project[]): Dataset {
  const data = datasetWith({});
  data.sources = [
    ...data.sources,
    {
      id: 's2',
      url: 'https://www.gov.kz/location',
      kind: 'primary',
      publisher: 'Government of Kazakhstan',
      published: day('2021-01-01'),
      lang: 'en',
    },
  ];
  data.minerals = { agreements: [], projects };
  return data;
}

const unlocatedProject = project({
  id: 'p2',
  name: 'Project Two',
  minerals: ['rare earths (Nd, Ce)'],
  location: null,
  locationNote: 'Only the district is published.',
  stages: [],
  stageNote: 'No stage is dated.',
  sources: ['s2'],
});

describe('mineralsGeoJson: the one builder behind the map, the export and the API', () => {
  it('places located projects as [lon, lat] points and lists the rest with their note', () => {
    const collection = mineralsGeoJson(
      withProjects(project({ place: 'Karaganda Region' }), unlocatedProject),
      '2025-12-01',
    );
    const { features, unlocated } = collection;
    expect(collection.type).toBe('FeatureCollection');
    expect(features).toHaveLength(1);
    expect(features[0]).toMatchObject({
      type: 'Feature',
      id: 'p1',
      geometry: { type: 'Point', coordinates: [70.987654321, 48.123456789] },
      properties: {
        place: 'Karaganda Region',
        symbol: 'W',
        sourceIds: ['s1'],
        locationSourceIds: ['s2'],
        locationConfidence: 'medium',
        locationNote: null,
      },
    });
    expect(unlocated).toEqual([
      expect.objectContaining({
        id: 'p2',
        place: null,
        symbol: 'REE',
        stage: null,
        stageNote: 'No stage is dated.',
        locationNote: 'Only the district is published.',
      }),
    ]);
  });

  it('gives the stage and the stage history as they were on the day', () => {
    const data = withProjects(project());
    const before = mineralsGeoJson(data, '2025-11-05').features[0]!.properties;
    expect(before.stage).toBe('exploration');
    expect(before.stages.map((s) => s.stage)).toEqual(['exploration']);
    const on = mineralsGeoJson(data, '2025-11-06').features[0]!.properties;
    expect(on.stage).toBe('feasibility');
    expect(on.stages.map((s) => s.stage)).toEqual(['exploration', 'feasibility']);
  });

  it('leaves out a project before its first dated fact', () => {
    const data = withProjects(project());
    expect(mineralsGeoJson(data, '2021-02-28').features).toEqual([]);
    expect(mineralsGeoJson(data, '2021-03-01').features).toHaveLength(1);
  });

  it('prefers the location’s own note, then the project’s', () => {
    const located = (fields: Partial<Project>) =>
      mineralsGeoJson(withProjects(project(fields)), '2025-12-01').features[0]!.properties;
    const location = project().location!;
    expect(
      located({ location: { ...location, note: 'Mine gate.' }, locationNote: 'District.' })
        .locationNote,
    ).toBe('Mine gate.');
    expect(located({ locationNote: 'District.' }).locationNote).toBe('District.');
  });

  it('says no coordinates were found when an unvalidated project has no note', () => {
    const { unlocated } = mineralsGeoJson(
      withProjects({ ...unlocatedProject, locationNote: undefined }),
      '2025-12-01',
    );
    expect(unlocated[0]?.locationNote).toBe('No coordinates were found.');
  });

  it('writes chemical symbols, word symbols and the first two letters of unknown minerals', () => {
    expect(mineralSymbol('Tungsten (WO3)')).toBe('W');
    expect(mineralSymbol('natural gas')).toBe('Gas');
    expect(mineralSymbol('lithium')).toBe('li');
  });

  it('feeds the map, the export and the API the same projects at the same points', () => {
    const data = withProjects(project(), unlocatedProject, project({ id: 'p3', name: 'Three' }));
    const date = '2025-12-01';
    const map = mineralPoints(data, date, (symbol) => `<${symbol}>`).features;
    const exported = visibleLayersGeoJson(
      data,
      { layers: ['minerals'], date, country: null, pair: null, lang: 'en' },
      { url: 'https://example.org/', t: shareTranslator('en') },
    ).features;
    const api = mineralsAnswer(data, date);

    expect(map.map((f) => f.properties)).toEqual([
      { id: 'p1', name: 'Project One', symbol: 'W', stage: 'feasibility' },
      { id: 'p3', name: 'Three', symbol: 'W', stage: 'feasibility' },
    ]);
    expect(exported.map((f) => f.id)).toEqual(['minerals:p1', 'minerals:p3']);
    expect(exported[0]).toMatchObject({
      // The export rounds to 5 decimals (about 1 m); the map and the API keep the dataset's.
      geometry: { type: 'Point', coordinates: [70.98765, 48.12346] },
      properties: {
        layer: 'minerals',
        symbol: 'W',
        sources: ['https://www.state.gov/page'],
        locationSources: ['https://www.gov.kz/location'],
      },
    });
    expect(api.features.map((f) => [f.id, f.geometry.coordinates])).toEqual(
      map.map((f) => [f.properties.id, f.geometry.coordinates]),
    );
    expect(api.features[0]?.properties).toMatchObject({
      sourceUrls: ['https://www.state.gov/page'],
      locationSourceUrls: ['https://www.gov.kz/location'],
      citations: [expect.objectContaining({ url: 'https://www.state.gov/page' })],
    });
    // The API's shape is public: no map symbol, no source ids.
    expect(api.features[0]?.properties).not.toHaveProperty('symbol');
    expect(api.features[0]?.properties).not.toHaveProperty('sourceIds');
    expect(api.unlocated.map((p) => p.id)).toEqual(['p2']);
    expect(api.unlocated[0]).not.toHaveProperty('symbol');
  });

  it('lets the map write word symbols in the UI language, and keeps chemical ones', () => {
    const data = withProjects(project(), { ...unlocatedProject, location: project().location });
    const symbols = mineralPoints(data, '2025-12-01', (symbol) => `ru:${symbol}`).features.map(
      (f) => f.properties.symbol,
    );
    expect(symbols).toEqual(['W', 'ru:REE']);
  });
});
