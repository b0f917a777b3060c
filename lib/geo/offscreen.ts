/**
 * Where arcs leave the map: for each arc with one end in view and the other outside it, the
 * outside country and the point where the arc crosses the map's edge, so the map can say where the
 * arc goes (the default view leaves out the United States, where several arcs end).
 */
import type { Position } from 'geojson';

/** One end of an arc: a country and its capital (where arcs start and end). */
export interface ArcEnd {
  iso3: string;
  lon: number;
  lat: number;
}

/** An arc as drawn: its two ends and the line between them, [lon, lat] from one end to the other. */
export interface ArcRoute {
  ends: readonly [ArcEnd, ArcEnd];
  path: readonly Position[];
}

export type Edge = 'left' | 'right' | 'top' | 'bottom';

/** A country that arcs in view lead to, and where on the map's edge they leave it. */
export interface OffscreenTarget {
  iso3: string;
  edge: Edge;
  /** On the edge, inset by the margin, in container pixels. */
  x: number;
  y: number;
}

export interface Viewport {
  width: number;
  height: number;
  /** Two targets for one country closer than this (a corner) become one: the one with more arcs. */
  minSeparation: number;
  /** Kept free at each edge (controls, attribution), in pixels. */
  margin: { top: number; right: number; bottom: number; left: number };
}

type Point = { x: number; y: number };

function inView(p: Point, view: Viewport): boolean {
  return p.x >= 0 && p.y >= 0 && p.x <= view.width && p.y <= view.height;
}

/** The side a point outside the view lies beyond (the one it is furthest past). */
function edgeOf(p: Point, view: Viewport): Edge {
  const past: [Edge, number][] = [
    ['left', -p.x],
    ['right', p.x - view.width],
    ['top', -p.y],
    ['bottom', p.y - view.height],
  ];
  return past.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/** The first point of a path, walked from its end in view, that lies outside the view. */
function projectedExit(
  walk: readonly Position[],
  project: (position: Position) => Point,
  view: Viewport,
): Point {
  for (const position of walk) {
    const point = project(position);
    if (!inView(point, view)) return point;
  }
  // Unreachable: the path's other end is outside the view.
  return project(walk.at(-1)!);
}

/**
 * One target per country and edge: arcs with exactly one end in view, followed from that end to
 * the first point past the edge; the targets sit on the edge (inset by the margin) at the mean of
 * those points. A country's targets closer than `minSeparation` are merged into the busier one.
 */
export function offscreenTargets(
  arcs: readonly ArcRoute[],
  project: (position: Position) => Point,
  view: Viewport,
): OffscreenTarget[] {
  const { width, height, margin } = view;
  const groups = new Map<string, { iso3: string; edge: Edge; xs: number[]; ys: number[] }>();
  for (const { ends, path } of arcs) {
    const first = path[0];
    const last = path.at(-1);
    if (!first || !last) continue;
    // Most arcs have both ends in view or both out: their ends decide, the path is not projected.
    const firstIn = inView(project(first), view);
    if (firstIn === inView(project(last), view)) continue;
    const exit = projectedExit(firstIn ? path : [...path].reverse(), project, view);
    // The outside end is the capital nearest the path's outside end.
    const outside = (firstIn ? path.at(-1) : path[0])!;
    const distance = (end: ArcEnd) => Math.hypot(end.lon - outside[0]!, end.lat - outside[1]!);
    const end = distance(ends[0]) <= distance(ends[1]) ? ends[0] : ends[1];
    const edge = edgeOf(exit, view);
    const key = `${end.iso3}:${edge}`;
    const group = groups.get(key) ?? { iso3: end.iso3, edge, xs: [], ys: [] };
    group.xs.push(exit.x);
    group.ys.push(exit.y);
    groups.set(key, group);
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const targets = [...groups.values()]
    .sort((a, b) => b.xs.length - a.xs.length)
    .map(({ iso3, edge, xs, ys }) => ({
      iso3,
      edge,
      x:
        edge === 'left'
          ? margin.left
          : edge === 'right'
            ? width - margin.right
            : clamp(mean(xs), margin.left, width - margin.right),
      y:
        edge === 'top'
          ? margin.top
          : edge === 'bottom'
            ? height - margin.bottom
            : clamp(mean(ys), margin.top, height - margin.bottom),
    }));
  const kept: OffscreenTarget[] = [];
  for (const target of targets) {
    const near = kept.some(
      (other) =>
        other.iso3 === target.iso3 &&
        Math.hypot(other.x - target.x, other.y - target.y) < view.minSeparation,
    );
    if (!near) kept.push(target);
  }
  return kept;
}
