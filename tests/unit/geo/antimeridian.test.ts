import { describe, expect, it } from 'vitest';
import { unwrapGeometry, unwrapRing } from '@/lib/geo/antimeridian';

describe('unwrapRing', () => {
  it('keeps a ring that crosses the antimeridian continuous', () => {
    const ring = [
      [179, 65],
      [-179, 65],
      [-179, 66],
      [179, 66],
      [179, 65],
    ];
    expect(unwrapRing(ring).map(([lon]) => lon)).toEqual([179, 181, 181, 179, 179]);
  });

  it('leaves a ring that does not cross untouched', () => {
    const ring = [
      [50, 25],
      [51, 25],
      [51, 26],
      [50, 25],
    ];
    expect(unwrapRing(ring)).toEqual(ring);
  });

  it('unwraps westward crossings too', () => {
    expect(
      unwrapRing([
        [-179, 0],
        [179, 0],
        [-179, 1],
      ]).map(([lon]) => lon),
    ).toEqual([-179, -181, -179]);
  });
});

describe('unwrapGeometry', () => {
  it('unwraps every ring of a multipolygon', () => {
    const geometry = unwrapGeometry({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [170, 60],
            [-170, 60],
            [-170, 61],
            [170, 60],
          ],
        ],
      ],
    });
    expect(geometry.coordinates[0]?.[0]?.map(([lon]) => lon)).toEqual([170, 190, 190, 170]);
  });

  it('passes points through', () => {
    const point = { type: 'Point' as const, coordinates: [10, 20] };
    expect(unwrapGeometry(point)).toBe(point);
  });
});
