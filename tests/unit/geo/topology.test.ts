import { describe, expect, it } from 'vitest';
import { greatCircleArc } from '@/lib/geo/arcs';
import { computeCountryBounds } from '@/lib/geo/build-bounds';
import { countryFeatureId, UNCODED_FIRST_ID } from '@/lib/geo/feature-id';
import { numericToIso3, russianName } from '@/lib/geo/iso';
import { type CountriesTopology, decodeGeometry, groupOutline } from '@/lib/geo/topology';

/**
 * A tiny topology in plain coordinates: two neighbours (KAZ and UZB) sharing one edge, an island
 * (KGZ), a feature without a code and one without properties.
 */
function tinyTopology(): CountriesTopology {
  const country = (iso3: string | null, id?: string) => ({
    ...(id === undefined ? {} : { id }),
    properties: { iso3, name: iso3 ?? 'No code', nameRu: null },
  });
  return {
    type: 'Topology',
    arcs: [
      // 0: the border KAZ and UZB share.
      [
        [1, 0],
        [1, 1],
      ],
      // 1: the rest of KAZ, 2: the rest of UZB.
      [
        [1, 1],
        [0, 1],
        [0, 0],
        [1, 0],
      ],
      [
        [1, 0],
        [2, 0],
        [2, 1],
        [1, 1],
      ],
      // 3, 4, 5: islands.
      [
        [5, 0],
        [6, 0],
        [6, 1],
        [5, 1],
        [5, 0],
      ],
      [
        [10, 0],
        [11, 0],
        [11, 1],
        [10, 1],
        [10, 0],
      ],
      [
        [20, 0],
        [21, 0],
        [21, 1],
        [20, 1],
        [20, 0],
      ],
    ],
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, 1]], ...country('KAZ', '398') },
          { type: 'Polygon', arcs: [[2, -1]], ...country('UZB', '860') },
          { type: 'Polygon', arcs: [[3]], ...country('KGZ', '417') },
          { type: 'Polygon', arcs: [[4]], ...country(null) },
          { type: 'Polygon', arcs: [[5]] } as never,
        ],
      },
      labels: {
        type: 'GeometryCollection',
        geometries: [{ type: 'Point', coordinates: [0.5, 0.5], properties: { iso3: 'KAZ' } }],
      },
    },
  };
}

/** [west, south, east, north] of every position in a geometry's coordinates. */
function extent(coordinates: unknown): number[] {
  const points = (coordinates as number[][][][]).flat(2);
  const lons = points.map(([lon]) => lon!);
  const lats = points.map(([, lat]) => lat!);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

describe('decodeGeometry', () => {
  // Decoded in each test, not once for the file: mutation testing only counts what tests run.
  const decoded = () => decodeGeometry(tinyTopology());

  it('gives every country an id for feature state: its code’s, or one of its own without a code', () => {
    expect(decoded().countries.type).toBe('FeatureCollection');
    expect(decoded().countries.features.map((f) => f.id)).toEqual([
      countryFeatureId('KAZ'),
      countryFeatureId('UZB'),
      countryFeatureId('KGZ'),
      UNCODED_FIRST_ID,
      UNCODED_FIRST_ID + 1,
    ]);
  });

  it('draws land borders between two countries only, not coastlines', () => {
    expect(decoded().borders.type).toBe('Feature');
    expect(decoded().borders.geometry).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [1, 0],
          [1, 1],
        ],
      ],
    });
  });

  it('keeps the label points', () => {
    expect(decoded().labels.features.map((f) => f.properties.iso3)).toEqual(['KAZ']);
  });
});

describe('groupOutline', () => {
  it('dissolves the shared border of the group’s members and leaves out everyone else', () => {
    const outline = groupOutline(tinyTopology(), ['KAZ', 'UZB']);
    expect(outline.type).toBe('Feature');
    expect(outline.geometry.type).toBe('MultiPolygon');
    expect(outline.geometry.coordinates).toHaveLength(1);
    expect(extent(outline.geometry.coordinates)).toEqual([0, 0, 2, 1]);
  });

  it('takes islands of the group as parts of their own', () => {
    const outline = groupOutline(tinyTopology(), ['KAZ', 'KGZ']);
    expect(outline.geometry.coordinates).toHaveLength(2);
    expect(extent(outline.geometry.coordinates)).toEqual([0, 0, 6, 1]);
  });
});

describe('computeCountryBounds', () => {
  it('names a dataset country the geometry lacks', () => {
    expect(() => computeCountryBounds(tinyTopology())).toThrow(/^No geometry for [A-Z]{3}$/);
  });
});

describe('ISO codes and Russian names', () => {
  it('reads Natural Earth’s numeric ids, and nothing from a feature without one', () => {
    expect(numericToIso3('398')).toBe('KAZ');
    expect(numericToIso3(undefined)).toBeNull();
    expect(numericToIso3('999')).toBeNull();
  });

  it('gives short Russian names by code, by Natural Earth’s name when it has no code, or none', () => {
    expect(russianName('RUS', 'Russia')).toBe('Россия');
    expect(russianName('KAZ', 'Kazakhstan')).toBe('Казахстан');
    expect(russianName(null, 'Kosovo')).toBe('Косово');
    expect(russianName('XKX', 'Kosovo')).toBe('Косово');
    expect(russianName(null, 'Atlantis')).toBeNull();
  });
});

describe('greatCircleArc', () => {
  it('is one feature of 64 points, enough to look smooth at every zoom', () => {
    const arc = greatCircleArc([0, 0], [40, 40], { pair: 'A~B' });
    expect(arc.type).toBe('Feature');
    expect(arc.properties).toEqual({ pair: 'A~B' });
    expect(arc.geometry.coordinates).toHaveLength(64);
  });
});
