import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildMapGeometry,
  COORDINATE_DECIMALS,
  geometryJson,
  type MapGeometry,
} from '@/lib/geo/build-map-geometry';
import { buildTopology } from '@/lib/geo/build-topology';
import { countryFeatureId, UNCODED_FIRST_ID } from '@/lib/geo/feature-id';
import type { CountriesTopology } from '@/lib/geo/topology';

const C5 = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];

let topology: CountriesTopology;
let geometry: MapGeometry;
beforeAll(() => {
  topology = buildTopology();
  geometry = buildMapGeometry(topology, C5);
});

const byCode = (features: MapGeometry['apart']['countries']['features'], iso3: string) =>
  features.filter((f) => f.properties.iso3 === iso3);

describe('countryFeatureId', () => {
  it('reads the code as a base-36 number: one id per code, below the uncoded ids', () => {
    expect(countryFeatureId('KAZ')).toBe(26_315);
    const ids = ['AAA', 'KAZ', 'KGZ', 'ZZZ'].map(countryFeatureId);
    expect(new Set(ids).size).toBe(4);
    expect(Math.max(...ids)).toBe(UNCODED_FIRST_ID - 1);
  });

  it('refuses what is not an ISO3 code', () => {
    for (const bad of ['kaz', 'KA', 'KAZA', '-99', '']) {
      expect(() => countryFeatureId(bad), bad).toThrow(/Not an ISO3 code/);
    }
  });
});

describe('buildMapGeometry', () => {
  it('gives each country its code’s id, shared by all its parts, and uncoded ones their own', () => {
    const { features } = geometry.apart.countries;
    for (const f of features) {
      if (f.properties.iso3) expect(f.id).toBe(countryFeatureId(f.properties.iso3));
    }
    expect(byCode(features, 'AUS').map((f) => f.id)).toEqual([
      countryFeatureId('AUS'),
      countryFeatureId('AUS'),
    ]);
    const uncoded = features.filter((f) => !f.properties.iso3).map((f) => f.id as number);
    expect(uncoded.length).toBeGreaterThan(0);
    expect(new Set(uncoded).size).toBe(uncoded.length);
    expect(Math.min(...uncoded)).toBe(UNCODED_FIRST_ID);
  });

  it('differs between worldviews only in Morocco and Western Sahara', () => {
    const others = (view: MapGeometry['apart']) =>
      view.countries.features.filter((f) => !['MAR', 'ESH'].includes(f.properties.iso3 ?? ''));
    expect(others(geometry.merged)).toEqual(others(geometry.apart));
    expect(byCode(geometry.apart.countries.features, 'ESH')).toHaveLength(1);
    expect(byCode(geometry.merged.countries.features, 'ESH')).toHaveLength(0);
    const [merged] = byCode(geometry.merged.countries.features, 'MAR');
    expect(merged?.id).toBe(countryFeatureId('MAR'));
    // Merged, Morocco takes in the territory (a point of its interior); apart, it does not.
    const sahara = [-13, 24];
    expect(booleanPointInPolygon(sahara, merged as Feature<Polygon | MultiPolygon>)).toBe(true);
    const [north] = byCode(geometry.apart.countries.features, 'MAR');
    expect(booleanPointInPolygon(sahara, north as Feature<Polygon | MultiPolygon>)).toBe(false);
    expect(geometry.merged.borders).not.toEqual(geometry.apart.borders);
  });

  it('outlines the C5 as one shape and puts its label at the first member’s label point', () => {
    const [outline, label] = geometry.c5.features;
    expect(outline?.geometry.type).toBe('MultiPolygon');
    const kazakhLabel = geometry.labels.features.find((f) => f.properties.iso3 === 'KAZ');
    expect(label?.geometry).toEqual(kazakhLabel?.geometry);
    // Tashkent (Uzbekistan) and Bishkek (Kyrgyzstan) are inside; Tehran is not.
    const shape = outline as Feature<MultiPolygon>;
    expect(booleanPointInPolygon([69.24, 41.3], shape)).toBe(true);
    expect(booleanPointInPolygon([74.6, 42.87], shape)).toBe(true);
    expect(booleanPointInPolygon([51.39, 35.69], shape)).toBe(false);
  });

  it('says so when the C5 has no member with a label point', () => {
    expect(() => buildMapGeometry(topology, [])).toThrow(/first member \(none\)/);
    expect(() => buildMapGeometry(topology, ['FRA'])).toThrow(/first member \(FRA\)/);
  });
});

describe('geometryJson', () => {
  it(`rounds coordinates to ${COORDINATE_DECIMALS} decimals and leaves ids and codes as they are`, () => {
    const feature = {
      type: 'Feature',
      id: 26_315,
      properties: { iso3: 'KAZ' },
      geometry: { type: 'Point', coordinates: [71.416_749, 43.238_4] },
    };
    expect(JSON.parse(geometryJson(feature))).toEqual({
      ...feature,
      geometry: { type: 'Point', coordinates: [71.417, 43.238] },
    });
  });

  it('keeps the label points the page imports as the build writes them (npm run assets:build)', async () => {
    const committed = (await import('@/lib/geo/label-points.json')).default;
    expect(committed).toEqual(JSON.parse(geometryJson(geometry.labels)));
  });
});
