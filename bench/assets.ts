/**
 * Puts the baseline page and what it loads into the served release's public/bench/, so the
 * production server serves it from the app's own origin: MapLibre's ES modules and CSS as published
 * (node_modules/maplibre-gl/dist), topojson-client's UMD build, and bench/baseline.html with the
 * app's first camera, colours and zoom limits filled in.
 */
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MAX_ZOOM, MIN_ZOOM } from '../lib/camera';
import { FIT_PADDING_PX, STORY_BOUNDS } from '../lib/map-config';
import { ROOT } from './config';

/** components/map/map-view.tsx frames its first view with this zoom ceiling (not exported there). */
const FRAME_MAX_ZOOM = 5.5;

/**
 * The light map's water, land and border colours and border width (components/map/map-style.ts).
 * Copied, not imported: colours cost nothing to draw, and the style module changes often.
 */
const LOOK = {
  colors: { water: '#d7e3ec', land: '#efece6', border: '#b9b3a8' },
  borderWidth: 0.6,
};

export interface BaselineConfig {
  bounds: readonly [number, number, number, number];
  padding: number;
  frameMaxZoom: number;
  minZoom: number;
  maxZoom: number;
  colors: { water: string; land: string; border: string };
  borderWidth: number;
}

export function baselineConfig(): BaselineConfig {
  return {
    bounds: STORY_BOUNDS,
    padding: FIT_PADDING_PX,
    frameMaxZoom: FRAME_MAX_ZOOM,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    ...LOOK,
  };
}

/**
 * MapLibre 6 publishes ES modules only: maplibre-gl.mjs, maplibre-gl-worker.mjs and
 * maplibre-gl-shared.mjs (empty in 6.17, copied anyway in case a release fills it), plus the CSS.
 * The -dev builds are skipped.
 */
async function maplibreFiles(): Promise<string[]> {
  const dist = path.join(ROOT, 'node_modules', 'maplibre-gl', 'dist');
  const names = (await readdir(dist)).filter(
    (name) => /^maplibre-gl[a-z-]*\.(mjs|css)$/.test(name) && !name.includes('-dev'),
  );
  for (const required of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) {
    if (!names.includes(required)) {
      throw new Error(`${dist} has no ${required}: the baseline page expects MapLibre 6's layout`);
    }
  }
  return names.map((name) => path.join(dist, name));
}

/**
 * Copies the baseline into `dir` (the served release's public/bench/, so it is served from the
 * app's origin at /bench/baseline.html), with the geometry the app draws (built by
 * scripts/build-geo.ts), which the app itself loads under a content-hashed name.
 */
export async function copyBaselineAssets(dir: string): Promise<string[]> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const sources = [
    ...(await maplibreFiles()),
    path.join(ROOT, 'node_modules', 'topojson-client', 'dist', 'topojson-client.min.js'),
    path.join(ROOT, 'bench', 'baseline.js'),
    path.join(ROOT, 'lib', 'geo', 'countries.topo.json'),
  ];
  for (const source of sources) {
    await copyFile(source, path.join(dir, path.basename(source)));
  }
  const template = await readFile(path.join(ROOT, 'bench', 'baseline.html'), 'utf8');
  if (!template.includes('__BENCH_CONFIG__')) {
    throw new Error('bench/baseline.html lost its __BENCH_CONFIG__ placeholder');
  }
  const html = template.replace('__BENCH_CONFIG__', JSON.stringify(baselineConfig()));
  await writeFile(path.join(dir, 'baseline.html'), html);
  return [...sources.map((s) => path.basename(s)), 'baseline.html'];
}
