import type { LineString, MultiLineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { unwrapGeometry, unwrapRing } from '@/lib/geo/antimeridian';

describe('unwrapRing at exactly half a world', () => {
  it('keeps a step of exactly 180° as it is, either way (only a longer jump is a wrap)', () => {
    expect(
      unwrapRing([
        [-90, 0],
        [90, 0],
        [-90, 1],
      ]),
    ).toEqual([
      [-90, 0],
      [90, 0],
      [-90, 1],
    ]);
  });
});

describe('unwrapGeometry on lines', () => {
  const crossing = [
    [179, 0],
    [-179, 0],
  ];
  const unwrapped = [
    [179, 0],
    [181, 0],
  ];

  it('unwraps a line string', () => {
    const line: LineString = { type: 'LineString', coordinates: crossing };
    expect(unwrapGeometry(line).coordinates).toEqual(unwrapped);
  });

  it('unwraps every line of a multi-line string, as borders are', () => {
    const lines: MultiLineString = { type: 'MultiLineString', coordinates: [crossing, crossing] };
    expect(unwrapGeometry(lines).coordinates).toEqual([unwrapped, unwrapped]);
  });

  it('unwraps the rings of a polygon', () => {
    const polygon: Polygon = { type: 'Polygon', coordinates: [[...crossing, [179, 1], [179, 0]]] };
    expect(unwrapGeometry(polygon).coordinates[0]!.slice(0, 2)).toEqual(unwrapped);
  });
});
