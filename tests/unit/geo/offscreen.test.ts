import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type ArcRoute, offscreenTargets } from '@/lib/geo/offscreen';

/** A flat "projection": 10 px per degree, x from longitude 0, y from latitude 50 downwards. */
const project = ([lon = 0, lat = 0]: Position) => ({ x: lon * 10, y: (50 - lat) * 10 });
const view = {
  width: 400,
  height: 300,
  margin: { top: 40, right: 10, bottom: 30, left: 10 },
  minSeparation: 100,
};

const end = (iso3: string, lon: number, lat: number) => ({ iso3, lon, lat });
/** A straight route sampled at 11 points. */
function route(a: ReturnType<typeof end>, b: ReturnType<typeof end>): ArcRoute {
  const path = Array.from({ length: 11 }, (_, i): Position => [
    a.lon + ((b.lon - a.lon) * i) / 10,
    a.lat + ((b.lat - a.lat) * i) / 10,
  ]);
  return { ends: [a, b], path };
}

const inView = end('ISR', 20, 35); // (200, 150)

describe('offscreenTargets', () => {
  it('points at the end outside the view, on the edge the arc crosses', () => {
    const targets = offscreenTargets([route(end('USA', -60, 35), inView)], project, view);
    expect(targets).toEqual([{ iso3: 'USA', edge: 'left', x: 10, y: 150 }]);
  });

  it('names the outside end whichever way the arc is drawn', () => {
    const targets = offscreenTargets([route(inView, end('KAZ', 20, 80))], project, view);
    expect(targets).toEqual([{ iso3: 'KAZ', edge: 'top', x: 200, y: 40 }]);
  });

  it('ignores arcs wholly in view and wholly outside it', () => {
    const arcs = [
      route(inView, end('UZB', 30, 40)),
      route(end('USA', -60, 35), end('MAR', -50, 30)),
    ];
    expect(offscreenTargets(arcs, project, view)).toEqual([]);
  });

  it('projects only the ends of such arcs, and a leaving arc only up to its exit (a date change)', () => {
    const projected: Position[] = [];
    const counting = (position: Position) => {
      projected.push(position);
      return project(position);
    };
    const arcs = [route(inView, end('UZB', 30, 40)), route(end('USA', -60, 35), inView)];
    offscreenTargets(arcs, counting, view);
    // 2 ends of the arc in view; 2 ends of the leaving one, then from ISR back to the edge
    // (x = 0 at lon 0): 20, 12, 4, -4 degrees.
    expect(projected.length).toBe(2 + 2 + 4);
  });

  it('merges arcs to one country leaving by one edge, keeping the point inside the margins', () => {
    const arcs = [
      route(end('A', 5, 48), end('USA', -60, 48)),
      route(end('B', 5, 46), end('USA', -60, 49.9)),
    ];
    const [target, ...rest] = offscreenTargets(arcs, project, view);
    expect(rest).toEqual([]);
    expect(target?.edge).toBe('left');
    expect(target?.y).toBe(40);
  });

  it('keeps one target of a country per corner, the one with more arcs', () => {
    const usa = end('USA', -60, 60);
    const arcs = [
      // Two leave by the top near the left corner, one by the left edge near it.
      route(end('A', 2, 48), end('USA', 2, 70)),
      route(end('B', 3, 48), end('USA', 3, 70)),
      route(end('C', 5, 45), usa),
    ];
    const targets = offscreenTargets(arcs, project, view);
    expect(targets).toHaveLength(1);
    expect(targets[0]?.edge).toBe('top');
  });

  it('puts targets on the right and bottom edges, inset by the margins', () => {
    const targets = offscreenTargets(
      [route(inView, end('CHN', 60, 35)), route(inView, end('SDN', 20, 0))],
      project,
      view,
    );
    expect(targets).toEqual([
      { iso3: 'CHN', edge: 'right', x: 390, y: 150 },
      { iso3: 'SDN', edge: 'bottom', x: 200, y: 270 },
    ]);
  });

  it('keeps a target near a corner inside the margins along its edge', () => {
    const targets = offscreenTargets(
      [route(end('A', 39.5, 45), end('NE', 42, 80)), route(end('B', 2, 22), end('SW', -20, 10))],
      project,
      view,
    );
    expect(targets.map(({ iso3, x, y }) => [iso3, x, y])).toEqual([
      ['NE', 390, 40],
      ['SW', 10, 270],
    ]);
  });

  it('counts an end exactly on the map’s edge as in view', () => {
    const arcs = [
      route(end('A', 0, 35), end('E', 60, 35)),
      route(end('B', 40, 35), end('W', -20, 35)),
      route(end('C', 20, 50), end('S', 20, 0)),
      route(end('D', 20, 20), end('N', 20, 80)),
    ];
    expect(offscreenTargets(arcs, project, view).map((t) => [t.iso3, t.edge])).toEqual([
      ['E', 'right'],
      ['W', 'left'],
      ['S', 'bottom'],
      ['N', 'top'],
    ]);
  });

  it('gives an arc leaving exactly through a corner the first side, left before top', () => {
    const targets = offscreenTargets([route(inView, end('NW', -1, 51))], project, view);
    expect(targets.map((t) => t.edge)).toEqual(['left']);
  });

  it('skips an arc without points', () => {
    const arcs: ArcRoute[] = [{ ends: [inView, end('USA', -60, 35)], path: [] }];
    expect(offscreenTargets(arcs, project, view)).toEqual([]);
  });

  it('finds the same target whichever end a slanting arc is drawn from', () => {
    const usa = end('USA', -60, 45);
    const outward = offscreenTargets([route(inView, usa)], project, view);
    expect(offscreenTargets([route(usa, inView)], project, view)).toEqual(outward);
    expect(outward[0]?.y).toBeGreaterThan(100);
  });

  it('keeps targets of different countries apart, however close', () => {
    const targets = offscreenTargets(
      [route(inView, end('USA', -60, 35)), route(inView, end('MEX', -60, 34.9))],
      project,
      view,
    );
    expect(targets.map((t) => t.iso3).sort()).toEqual(['MEX', 'USA']);
  });

  it('keeps the busier of a country’s targets at a corner whatever the arcs’ order', () => {
    const arcs = [
      route(end('C', 5, 45), end('USA', -60, 60)),
      route(end('A', 2, 48), end('USA', 2, 70)),
      route(end('B', 3, 48), end('USA', 3, 70)),
    ];
    const targets = offscreenTargets(arcs, project, view);
    expect(targets.map((t) => t.edge)).toEqual(['top']);
  });
});
