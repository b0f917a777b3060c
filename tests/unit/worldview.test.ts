import { booleanPointInPolygon } from '@turf/turf';
import type { Position } from 'geojson';
import { mesh } from 'topojson-client';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '@/lib/data/load';
import { buildTopology } from '@/lib/geo/build-topology';
import { type CountriesTopology, type DecodedGeometry, decodeGeometry } from '@/lib/geo/topology';
import {
  BOUNDARY_LATITUDE,
  withWesternSaharaApart,
  withWesternSaharaInMorocco,
  worldviewGeometry,
} from '@/lib/geo/worldview';
import { recognitionEvent, westernSaharaInMorocco, WORLDVIEWS } from '@/lib/worldview';

const data = loadDataset();
/**
 * A point of the Western Sahara feature (Natural Earth draws part of the territory, the coast
 * round Laayoune, inside Morocco: its de facto line) and one of Morocco proper.
 */
const SAHARA = [-13, 24];
const MARRAKESH = [-8.0, 31.63];
/** Laayoune and a point of the coast further south: Natural Earth draws both inside Morocco. */
const LAAYOUNE = [-13.2, 27.15];
const COAST = [-16, 22];
/** Tan-Tan, in Morocco just north of the boundary parallel. */
const TAN_TAN = [-11.1, 28.44];

describe('westernSaharaInMorocco', () => {
  it('never merges in the UN view, always in the Moroccan one', () => {
    for (const day of ['2020-08-01', '2021-01-01', '2026-01-01']) {
      expect(westernSaharaInMorocco(data, 'un', day)).toBe(false);
      expect(westernSaharaInMorocco(data, 'morocco', day)).toBe(true);
    }
  });

  it.each([
    ['us', '2020-12-09', false],
    ['us', '2020-12-10', true],
    ['us', '2021-01-01', true],
    ['israel', '2021-01-01', false],
    ['israel', '2023-07-16', false],
    ['israel', '2023-07-17', true],
  ] as const)('%s on %s: %s', (worldview, day, merged) => {
    expect(westernSaharaInMorocco(data, worldview, day)).toBe(merged);
  });

  it('dates each recognition by a sourced dataset event', () => {
    expect(recognitionEvent(data, 'us')?.date.value).toBe('2020-12-10');
    expect(recognitionEvent(data, 'israel')?.date.value).toBe('2023-07-17');
    for (const worldview of ['us', 'israel'] as const) {
      expect(recognitionEvent(data, worldview)?.sources.length).toBeGreaterThan(0);
    }
    expect(recognitionEvent(data, 'un')).toBeNull();
    expect(recognitionEvent(data, 'morocco')).toBeNull();
  });

  it('draws the UN view when the dataset lacks the recognition event', () => {
    const without = {
      ...data,
      events: data.events.filter((e) => e.id !== 'mar-isr-normalization-announced'),
    };
    expect(westernSaharaInMorocco(without, 'us', '2026-01-01')).toBe(false);
  });

  it('knows four views', () => {
    expect(WORLDVIEWS).toEqual(['un', 'us', 'israel', 'morocco']);
  });
});

describe('withWesternSaharaInMorocco', () => {
  let topology: CountriesTopology;
  let decoded: DecodedGeometry;
  let merged: DecodedGeometry;
  beforeAll(() => {
    topology = buildTopology();
    decoded = decodeGeometry(topology);
    merged = withWesternSaharaInMorocco(topology, decoded);
  });
  const byIso3 = (geometry: DecodedGeometry, iso3: string) =>
    geometry.countries.features.filter((f) => f.properties.iso3 === iso3);

  it('leaves the shipped geometry with two features', () => {
    expect(byIso3(decoded, 'ESH')).toHaveLength(1);
    const morocco = byIso3(decoded, 'MAR')[0]!;
    expect(booleanPointInPolygon(SAHARA, morocco)).toBe(false);
    expect(booleanPointInPolygon(MARRAKESH, morocco)).toBe(true);
  });

  it('draws one Morocco that takes in Western Sahara, keeping its id', () => {
    expect(byIso3(merged, 'ESH')).toHaveLength(0);
    const morocco = byIso3(merged, 'MAR');
    expect(morocco).toHaveLength(1);
    expect(morocco[0]!.id).toBe(byIso3(decoded, 'MAR')[0]!.id);
    expect(booleanPointInPolygon(SAHARA, morocco[0]!)).toBe(true);
    expect(booleanPointInPolygon(MARRAKESH, morocco[0]!)).toBe(true);
    expect(merged.countries.features).toHaveLength(decoded.countries.features.length - 1);
  });

  it('drops the border between them and keeps the others', () => {
    const iso3 = (g: { properties?: unknown }) => (g.properties as { iso3: string | null }).iso3;
    const between = mesh(
      topology,
      topology.objects.countries,
      (a, b) => [iso3(a), iso3(b)].sort().join() === 'ESH,MAR',
    );
    // The line's inner points (its ends are shared with Mauritania's and Algeria's borders).
    const inner = between.coordinates.flatMap((line) => line.slice(1, -1)).map(String);
    expect(inner.length).toBeGreaterThan(10);
    const points = (g: DecodedGeometry) =>
      new Set(g.borders.geometry.coordinates.flat().map((p: Position) => String(p)));
    const before = points(decoded);
    const after = points(merged);
    expect(inner.every((p) => before.has(p))).toBe(true);
    expect(inner.filter((p) => after.has(p))).toEqual([]);
    expect(after.size).toBeGreaterThan(before.size - inner.length - 10);
  });

  it('returns the geometry unchanged without both features', () => {
    const noSahara = {
      ...topology,
      objects: {
        ...topology.objects,
        countries: {
          ...topology.objects.countries,
          geometries: topology.objects.countries.geometries.filter(
            (g) => (g.properties as { iso3?: string } | undefined)?.iso3 !== 'ESH',
          ),
        },
      },
    };
    expect(withWesternSaharaInMorocco(noSahara, decoded)).toBe(decoded);
  });
});

describe('withWesternSaharaApart', () => {
  let topology: CountriesTopology;
  let decoded: DecodedGeometry;
  let apart: DecodedGeometry;
  beforeAll(() => {
    topology = buildTopology();
    decoded = decodeGeometry(topology);
    apart = withWesternSaharaApart(topology, decoded);
  });
  const one = (geometry: DecodedGeometry, iso3: string) => {
    const found = geometry.countries.features.filter((f) => f.properties.iso3 === iso3);
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  it('moves the de facto coast south of 27°40′ N from Morocco to Western Sahara', () => {
    for (const place of [LAAYOUNE, COAST]) {
      expect(booleanPointInPolygon(place, one(decoded, 'MAR'))).toBe(true);
      expect(booleanPointInPolygon(place, one(apart, 'MAR'))).toBe(false);
      expect(booleanPointInPolygon(place, one(apart, 'ESH'))).toBe(true);
    }
    for (const place of [MARRAKESH, TAN_TAN]) {
      expect(booleanPointInPolygon(place, one(apart, 'MAR'))).toBe(true);
      expect(booleanPointInPolygon(place, one(apart, 'ESH'))).toBe(false);
    }
    expect(booleanPointInPolygon(SAHARA, one(apart, 'ESH'))).toBe(true);
  });

  it('draws the territory as one outline, without the de facto line inside it', () => {
    const territory = one(apart, 'ESH').geometry;
    const polygons = territory.type === 'Polygon' ? [territory.coordinates] : territory.coordinates;
    const large = polygons.filter((rings) => rings[0]!.length > 20);
    expect(large).toHaveLength(1);
  });

  it('keeps both features and their ids', () => {
    for (const iso3 of ['MAR', 'ESH']) expect(one(apart, iso3).id).toBe(one(decoded, iso3).id);
    expect(apart.countries.features).toHaveLength(decoded.countries.features.length);
  });

  it('draws the border along the parallel, from the coast to the Algerian corner', () => {
    const along = apart.borders.geometry.coordinates.filter((line) =>
      line.every(([, lat]) => lat === BOUNDARY_LATITUDE),
    );
    expect(along).toHaveLength(1);
    const [west, east] = along[0]!.map(([lon]) => lon!);
    // Natural Earth's coast at 27°40′ N lies near 13.2° W; the corner with Algeria at 8.67° W.
    expect(west).toBeGreaterThan(-13.6);
    expect(west).toBeLessThan(-12.8);
    expect(east).toBeGreaterThan(-9);
    expect(east).toBeLessThan(-8.4);
  });

  it('is what worldviewGeometry draws apart, and merged otherwise', () => {
    expect(
      booleanPointInPolygon(LAAYOUNE, one(worldviewGeometry(topology, decoded, false), 'ESH')),
    ).toBe(true);
    const merged = worldviewGeometry(topology, decoded, true);
    expect(merged.countries.features.some((f) => f.properties.iso3 === 'ESH')).toBe(false);
    expect(booleanPointInPolygon(LAAYOUNE, one(merged, 'MAR'))).toBe(true);
  });
});
