import type { MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countryBounds, unionBounds } from '@/lib/geo/country-bounds';
import { labelPoint } from '@/lib/geo/label-point';

/** A closed square ring with its south-west corner at (lon, lat). */
const square = (lon: number, lat: number, size: number): Position[][] => [
  [
    [lon, lat],
    [lon + size, lat],
    [lon + size, lat + size],
    [lon, lat + size],
    [lon, lat],
  ],
];

/** A small island west of a large mainland (the small part first, as files may list it). */
const islandAndMainland: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [square(0, 0, 1), square(10, 0, 8)],
};

describe('labelPoint', () => {
  it('anchors the label on the largest part, whatever the order of the parts', () => {
    const [lon, lat] = labelPoint(islandAndMainland);
    expect(lon).toBeCloseTo(14, 1);
    expect(lat).toBeCloseTo(4, 1);
    const reversed: MultiPolygon = {
      ...islandAndMainland,
      coordinates: [...islandAndMainland.coordinates].reverse(),
    };
    expect(labelPoint(reversed)[0]).toBeCloseTo(14, 1);
  });

  it('labels the first of two equally large parts', () => {
    // Mirror images across a meridian, so their geodesic areas are exactly equal.
    const twins: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [square(10, 0, 4), square(-14, 0, 4)],
    };
    expect(labelPoint(twins)[0]).toBeCloseTo(12, 1);
  });

  it('labels a single polygon at its centre', () => {
    const [lon, lat] = labelPoint({ type: 'Polygon', coordinates: square(10, 0, 8) });
    expect(lon).toBeCloseTo(14, 1);
    expect(lat).toBeCloseTo(4, 1);
  });
});

describe('countryBounds', () => {
  it('frames the main parts and leaves out parts under 1% of the largest', () => {
    expect(countryBounds(islandAndMainland)).toEqual([0, 0, 18, 8]);
    const speck: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [square(10, 0, 8), square(-30, -30, 0.5)],
    };
    expect(countryBounds(speck)).toEqual([10, 0, 18, 8]);
  });
});

describe('unionBounds', () => {
  it('takes the westmost, southmost, eastmost and northmost edges', () => {
    expect(
      unionBounds([
        [0, 0, 10, 10],
        [5, -5, 20, 5],
        [-3, 2, 4, 12],
      ]),
    ).toEqual([-3, -5, 20, 12]);
  });
});
