import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { DATASET_ISO3, FOCUS_ISO3 } from '@/lib/data/queries';
import { buildTopology } from '@/lib/geo/build-topology';
import { numericToIso3 } from '@/lib/geo/iso';
import {
  type CountriesTopology,
  type CountryProperties,
  type DecodedGeometry,
  decodeGeometry,
} from '@/lib/geo/topology';
import { STORY_BOUNDS } from '@/lib/map-config';

let builtTopology: CountriesTopology | undefined;
let built: DecodedGeometry | undefined;

/**
 * The built topology and its geometry, made by the first test that needs them rather than in a
 * hook, so that a build that throws fails those tests (mutation testing ignores a failing hook's
 * skipped tests).
 */
function topology(): CountriesTopology {
  builtTopology ??= buildTopology();
  return builtTopology;
}

function decoded(): DecodedGeometry {
  built ??= decodeGeometry(topology());
  return built;
}

function countryFeature(iso3: string) {
  const matches = decoded().countries.features.filter((f) => f.properties.iso3 === iso3);
  expect(matches, iso3).toHaveLength(1);
  return matches[0]!;
}

function rings(geometry: { type: string; coordinates: unknown }): Position[][] {
  return geometry.type === 'Polygon'
    ? (geometry.coordinates as Position[][])
    : (geometry.coordinates as Position[][][]).flat();
}

describe('numericToIso3', () => {
  it('maps Natural Earth numeric ids, with or without leading zeros', () => {
    expect(numericToIso3('398')).toBe('KAZ');
    expect(numericToIso3('048')).toBe('BHR');
    expect(numericToIso3(48)).toBe('BHR');
  });

  it('returns null for missing or unknown ids', () => {
    expect(numericToIso3(undefined)).toBeNull();
    expect(numericToIso3('999')).toBeNull();
  });
});

describe('the shipped geometry', () => {
  it('has exactly one feature for each dataset country', () => {
    for (const iso3 of DATASET_ISO3) countryFeature(iso3);
  });

  it('gives every feature with a numeric id an alpha-3 code', () => {
    const properties = (g: { properties?: unknown }) => g.properties as CountryProperties;
    const missing = topology().objects.countries.geometries.filter(
      (g) => g.id !== undefined && properties(g).iso3 === null,
    );
    expect(missing.map((g) => properties(g).name)).toEqual([]);
  });

  it('names every feature in Russian, for hovers and notices outside the dataset', () => {
    const unnamed = decoded().countries.features.filter((f) => !f.properties.nameRu);
    expect(unnamed.map((f) => f.properties.name)).toEqual([]);
    const russia = decoded().countries.features.find((f) => f.properties.iso3 === 'RUS');
    expect(russia?.properties.nameRu).toBe('Россия');
  });

  it('keeps small countries drawable (Bahrain has a real outline)', () => {
    const outline = rings(countryFeature('BHR').geometry)[0]!;
    expect(new Set(outline.map((p) => p.join(','))).size).toBeGreaterThanOrEqual(4);
  });

  it('has no ring that jumps across the antimeridian', () => {
    for (const f of decoded().countries.features) {
      for (const ring of rings(f.geometry)) {
        for (let i = 1; i < ring.length; i++) {
          expect(Math.abs(ring[i]![0]! - ring[i - 1]![0]!), f.properties.name).toBeLessThan(180);
        }
      }
    }
  });

  it('puts one label inside each dataset country', () => {
    expect(
      decoded()
        .labels.features.map((f) => f.properties.iso3)
        .sort(),
    ).toEqual([...DATASET_ISO3].sort());
    for (const label of decoded().labels.features) {
      expect(
        booleanPointInPolygon(label, countryFeature(label.properties.iso3)),
        label.properties.iso3,
      ).toBe(true);
    }
  });

  it('frames every focus country but the US in the first view', () => {
    const [west, south, east, north] = STORY_BOUNDS;
    for (const iso3 of FOCUS_ISO3.filter((code) => code !== 'USA')) {
      const [w, s, e, n] = bbox(countryFeature(iso3));
      expect([w >= west, s >= south, e <= east, n <= north], iso3).toEqual([
        true,
        true,
        true,
        true,
      ]);
    }
  });
});

describe('country frames', () => {
  it('match the shipped geometry (run npm run assets:build after changing it)', async () => {
    const { computeCountryBounds } = await import('@/lib/geo/build-bounds');
    const committed = (await import('@/lib/geo/country-bounds.json')).default;
    expect(committed).toEqual(computeCountryBounds(topology()));
  });

  it('frame the US by its main parts, not the whole globe', async () => {
    const committed = (await import('@/lib/geo/country-bounds.json')).default;
    const [west = -180, , east = 180] = committed.USA;
    expect(east - west).toBeLessThan(120);
  });
});
