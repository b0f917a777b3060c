import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { greatCircleArc } from '@/lib/geo/arcs';

const ASTANA = [71.4704, 51.1605];
const WASHINGTON = [-77.0369, 38.9072];

function maxStep(coordinates: number[][]): number {
  return Math.max(...coordinates.slice(1).map((p, i) => Math.abs(p[0]! - coordinates[i]![0]!)));
}

describe('greatCircleArc', () => {
  it('starts and ends at the two points', () => {
    const arc = greatCircleArc(WASHINGTON, ASTANA, { id: 'USA~KAZ' });
    const coordinates = arc.geometry.coordinates;
    expect(coordinates[0]).toEqual(WASHINGTON);
    expect(coordinates.at(-1)![0]).toBeCloseTo(ASTANA[0]!, 6);
    expect(arc.properties).toEqual({ id: 'USA~KAZ' });
  });

  it('follows the great circle (bends north), not the straight screen line', () => {
    const coordinates = greatCircleArc(WASHINGTON, ASTANA, {}).geometry.coordinates;
    const highest = Math.max(...coordinates.map(([, lat]) => lat!));
    expect(highest).toBeGreaterThan(60);
  });

  it('stays one continuous line across the antimeridian', () => {
    const arc = greatCircleArc([170, 50], [-170, 50], {});
    expect(arc.geometry.type).toBe('LineString');
    expect(maxStep(arc.geometry.coordinates)).toBeLessThan(5);
    expect(arc.geometry.coordinates.at(-1)![0]).toBeCloseTo(190, 6);
  });

  it('has consecutive points close together (no jumps)', () => {
    const coordinates = greatCircleArc(WASHINGTON, ASTANA, {}).geometry.coordinates;
    const steps = coordinates.slice(1).map((p, i) => distance(coordinates[i]!, p));
    expect(Math.max(...steps)).toBeLessThan(300);
  });
});
