/**
 * "Same map": each view's own map drawn by bare MapLibre, no React, Next.js or app code. The
 * baseline draws one fill and the borders; a view draws its status colours, hatching, labels, tie
 * arcs and mineral points too, and MapLibre's own cost of drawing those (shader programs compiled
 * and linked in software WebGL, symbol layout, more buckets) is in the view's time whatever the
 * app's code does. Timed beside the view, this page splits the view's distance from the baseline
 * into the map's content (same map − baseline) and the app's code (view − same map).
 *
 * The map is captured from the running app: the view is loaded once, and when its map first goes
 * idle the harness hook (`__atlasOnMap`, components/map/map-view.tsx) hands over the MapLibre map,
 * whose style (sources with their data inline, or the address of their file, which the bare map's
 * worker downloads as the app's does; layers; fonts), images, feature states and camera are
 * written to `same-map-<view id>.json` beside the baseline. The baseline's script draws it when the
 * page is opened as `baseline.html?map=<view id>`.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { launchBrowser, newContext, waitForFirstIdle } from './browser';
import { BASELINE, type View } from './config';

/** What the baseline script needs to draw a captured map (read by bench/baseline.js). */
interface CapturedMap {
  style: unknown;
  images: Record<
    string,
    { width: number; height: number; data: number[]; pixelRatio: number; sdf: boolean }
  >;
  /** Per source: [feature id, state] for every feature with a state. */
  states: Record<string, Array<[string | number, Record<string, unknown>]>>;
  /** The view's camera: a selection frames its own countries, not the first view's. */
  camera: { center: [number, number]; zoom: number };
}

export function sameMapLabel(view: View): string {
  return `same map: ${view.path}`;
}

export function sameMapPath(view: View): string {
  return `${BASELINE.path}?map=${encodeURIComponent(view.id)}`;
}

function sameMapFile(view: View): string {
  return `same-map-${view.id}.json`;
}

/** Runs in the page: the map's style, images and feature states, as JSON-safe values. */
function captureInPage(): CapturedMap {
  const map = (window as unknown as { __benchMap: MapLibreMap }).__benchMap;
  const style = map.getStyle();
  const images: CapturedMap['images'] = {};
  for (const id of map.listImages()) {
    const image = map.getImage(id);
    if (!image) continue;
    const { width, height, data } = image.data;
    images[id] = {
      width,
      height,
      data: Array.from(data),
      pixelRatio: image.pixelRatio,
      sdf: image.sdf,
    };
  }
  const states: CapturedMap['states'] = {};
  for (const [source, spec] of Object.entries(style.sources)) {
    const data = 'data' in spec ? spec.data : undefined;
    // A source loaded from a file (the countries) has no features in the style: its ids are
    // read from the tiles drawn, which hold every feature the view shows.
    const features =
      data && typeof data === 'object' && 'features' in data
        ? data.features
        : typeof data === 'string'
          ? map.querySourceFeatures(source)
          : [];
    const list: CapturedMap['states'][string] = [];
    for (const id of new Set(features.map((feature) => feature.id))) {
      if (id === undefined) continue;
      const state = map.getFeatureState({ source, id });
      if (Object.keys(state).length > 0) list.push([id, state]);
    }
    if (list.length > 0) states[source] = list;
  }
  const { lng, lat } = map.getCenter();
  return { style, images, states, camera: { center: [lng, lat], zoom: map.getZoom() } };
}

/**
 * Loads each view from `origin` and writes its captured map into `dir` (the served release's
 * public/bench/). Throws when a view's map cannot be captured: the report would otherwise compare
 * a view with a map that is not its own.
 */
export async function captureSameMaps(
  origin: string,
  views: readonly View[],
  dir: string,
): Promise<void> {
  const browser = await launchBrowser();
  try {
    for (const view of views) {
      const context = await newContext(browser);
      try {
        await context.addInitScript('window.__atlasOnMap = (map) => { window.__benchMap = map; };');
        const page = await context.newPage();
        await page.goto(origin + view.path);
        await waitForFirstIdle(page);
        const captured = await page.evaluate(captureInPage);
        await writeFile(path.join(dir, sameMapFile(view)), JSON.stringify(captured));
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
}
