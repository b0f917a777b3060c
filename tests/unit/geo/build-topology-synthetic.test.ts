import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { feature } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildTopology, type WorldTopology } from '@/lib/geo/build-topology';
import type { CountryProperties, LabelProperties } from '@/lib/geo/topology';

/**
 * buildTopology on a small synthetic world built in memory (the Natural Earth build takes seconds
 * and is tested in build-topology.test.ts): Kazakhstan and Russia sharing a border, Bahrain as two
 * islands, Antarctica, and two features without an ISO code. Each test builds afresh, so per-test
 * coverage sees every test that depends on the build.
 */

/** A line from `from` to `to` in `steps` steps, wobbling by uneven amounts so no two points weigh the same. */
function wobblyLine(from: Position, to: Position, steps: number, wobble: number): Position[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    const offset = i === 0 || i === steps ? 0 : wobble * (((i * 7) % 13) / 13);
    return [
      from[0]! + (to[0]! - from[0]!) * t + offset,
      from[1]! + (to[1]! - from[1]!) * t + offset,
    ];
  });
}

const square = (west: number, south: number, size: number): Position[] => [
  [west, south],
  [west, south + size],
  [west + size, south + size],
  [west + size, south],
  [west, south],
];

/** Russia's own outline: ten wobbly points per degree, for the simplification to thin. */
const RUSSIA_OWN = [
  ...wobblyLine([80, 50], [80, 70], 200, 0.05),
  ...wobblyLine([80, 70], [50, 70], 300, 0.05).slice(1),
  ...wobblyLine([50, 70], [50, 50], 200, 0.05).slice(1),
];

function syntheticWorld(): WorldTopology {
  const geometry = (id: string | undefined, name: string | undefined, arcs: number[][]) =>
    ({
      type: 'Polygon',
      arcs,
      ...(id === undefined ? {} : { id }),
      ...(name === undefined ? {} : { properties: { name } }),
    }) as GeometryObject<{ name: string }>;
  return {
    type: 'Topology',
    bbox: [-180, -90, 180, 90],
    arcs: [
      // 0: the Kazakhstan–Russia border, west to east.
      wobblyLine([50, 50], [80, 50], 10, 0.05),
      // 1: the rest of Kazakhstan, east then south then west then back north.
      [
        ...wobblyLine([80, 50], [80, 40], 4, 0.05),
        ...wobblyLine([80, 40], [50, 40], 6, 0.05).slice(1),
        ...wobblyLine([50, 40], [50, 50], 4, 0.05).slice(1),
      ],
      // 2: the rest of Russia.
      RUSSIA_OWN,
      // 3 and 4: Bahrain's large and small islands.
      square(50, 26, 0.5),
      square(51, 26, 0.1),
      // 5: Antarctica.
      square(0, -85, 10),
      // 6 and 7: a territory without a code, and one without even a name.
      square(40, 10, 1),
      square(42, 10, 1),
    ],
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [
          geometry('398', 'Kazakhstan', [[0, 1]]),
          geometry('643', 'Russia', [[2, 0]]),
          {
            type: 'MultiPolygon',
            id: '048',
            properties: { name: 'Bahrain' },
            arcs: [[[3]], [[4]]],
          } as GeometryObject<{ name: string }>,
          geometry('010', 'Antarctica', [[5]]),
          geometry(undefined, 'Somaliland', [[6]]),
          geometry(undefined, undefined, [[7]]),
        ],
      },
    },
  } as unknown as WorldTopology;
}

function build(world = syntheticWorld()) {
  const topology = buildTopology(world);
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    CountryProperties
  >;
  const labels = feature(topology, topology.objects.labels) as FeatureCollection<
    Point,
    LabelProperties
  >;
  const byName = (name: string) => countries.features.find((f) => f.properties.name === name)!;
  return { topology, countries, labels, byName };
}

const pointsOf = (f: Feature<Polygon | MultiPolygon>) =>
  (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2);

describe('buildTopology on a synthetic world', () => {
  it('leaves Antarctica out and keeps every other feature', () => {
    expect(build().countries.features.map((f) => f.properties.name)).toEqual([
      'Kazakhstan',
      'Russia',
      'Bahrain',
      'Somaliland',
      'Unknown',
    ]);
  });

  it('writes alpha-3 codes and Russian names, by code or by Natural Earth’s name', () => {
    expect(build().countries.features.map((f) => f.properties)).toEqual([
      { iso3: 'KAZ', name: 'Kazakhstan', nameRu: 'Казахстан' },
      { iso3: 'RUS', name: 'Russia', nameRu: 'Россия' },
      { iso3: 'BHR', name: 'Bahrain', nameRu: 'Бахрейн' },
      { iso3: null, name: 'Somaliland', nameRu: 'Сомалиленд' },
      { iso3: null, name: 'Unknown', nameRu: null },
    ]);
  });

  it('keeps every point of a dataset country, its border with Russia included', () => {
    const { byName } = build();
    // 11 border points and 14 more on the rest of the outline, the last closing the ring.
    expect(pointsOf(byName('Kazakhstan'))).toHaveLength(11 + 14);
    expect(pointsOf(byName('Bahrain'))).toHaveLength(10);
  });

  it('simplifies a country outside the dataset hard, but not to nothing', () => {
    const own = pointsOf(build().byName('Russia')).length - 11;
    expect(own).toBeGreaterThan(2);
    expect(own).toBeLessThan(RUSSIA_OWN.length / 10);
  });

  it('quantizes to 5e4 steps across the extent', () => {
    const { transform, bbox } = build().topology;
    const [west, south, east, north] = bbox!;
    expect(transform!.scale[0]).toBeCloseTo((east - west) / (5e4 - 1), 10);
    expect(transform!.scale[1]).toBeCloseTo((north - south) / (5e4 - 1), 10);
    expect(transform!.translate).toEqual([west, south]);
  });

  it('labels each dataset country once, inside its largest part, on the grid', () => {
    const { topology, labels, byName } = build();
    expect(labels.features.map((f) => f.properties.iso3)).toEqual(['KAZ', 'BHR']);
    const [kaz, bhr] = labels.features;
    expect(booleanPointInPolygon(kaz!, byName('Kazakhstan'))).toBe(true);
    const largeIsland = byName('Bahrain').geometry.coordinates[0] as Position[][];
    expect(booleanPointInPolygon(bhr!, { type: 'Polygon', coordinates: largeIsland })).toBe(true);
    const stored = topology.objects.labels.geometries.map((g) => (g as Point).coordinates);
    expect(stored.flat().every(Number.isInteger)).toBe(true);
  });

  it('leaves its input unchanged', () => {
    const world = syntheticWorld();
    const before = structuredClone(world);
    buildTopology(world);
    expect(world).toEqual(before);
  });

  it('refuses a dataset country that is not a polygon', () => {
    const world = syntheticWorld();
    world.objects.countries.geometries[0] = {
      type: 'LineString',
      id: '398',
      properties: { name: 'Kazakhstan' },
      arcs: [0],
    };
    expect(() => buildTopology(world)).toThrow('KAZ: expected polygon geometry, got LineString');
  });
});
