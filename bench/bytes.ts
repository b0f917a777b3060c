/**
 * First-load JavaScript and CSS of `/`, read from the build's own output instead of the network
 * (scripts/first-load.ts: Next's manifests and the map view's chunk, which the page requests as it
 * starts). Sizes are gzip -9 of the files in the release, so they do not depend on how a server
 * compresses.
 *
 * MapLibre is counted apart, as the budget does: a file is maplibre-gl when it carries the
 * installed version string and MapLibre's licence banner ("MapLibre GL JS"). Its chunk and worker
 * are found in the build's static chunks and media even when they load after hydration (the
 * `-dev` builds MapLibre also publishes are emitted but never loaded, and are skipped).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstLoadFiles } from '../scripts/first-load';
import { ROOT } from './config';

export interface BytesResult {
  source: string;
  firstLoad: {
    maplibreFiles: number;
    maplibreGzip: number;
    otherFiles: number;
    otherGzip: number;
  };
  /** Every maplibre-gl file in the build (first load or not), gzip bytes. */
  maplibreTotalGzip: number;
  cssFiles: number;
  cssGzip: number;
  files: Array<{ file: string; gzipBytes: number; maplibre: boolean }>;
}

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function isMaplibre(file: string, version: string): boolean {
  const text = readFileSync(file, 'utf8');
  return text.includes(version) && text.includes('MapLibre GL JS');
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** `release`: a folder holding a built `.next` (dist/current). */
export function measureBytes(release: string): BytesResult {
  const nextDir = path.join(release, '.next');
  const version = (
    JSON.parse(readFileSync(path.join(ROOT, 'node_modules/maplibre-gl/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const { js, css } = firstLoadFiles(nextDir);
  const files = js.map((file) => {
    const full = path.join(nextDir, file);
    return { file, gzipBytes: gzipSize(full), maplibre: isMaplibre(full, version) };
  });
  const sum = (list: typeof files) => list.reduce((total, f) => total + f.gzipBytes, 0);
  const maplibre = files.filter((f) => f.maplibre);
  const other = files.filter((f) => !f.maplibre);
  const allMaplibre = walk(path.join(nextDir, 'static'))
    .filter((f) => /\.m?js$/.test(f) && !/-dev\./.test(f) && isMaplibre(f, version))
    .reduce((total, f) => total + gzipSize(f), 0);
  return {
    source:
      "build-manifest.json rootMainFiles + the page's client reference manifest entryJSFiles (root layout, app/page, root error page) + the map view chunk they load at start",
    firstLoad: {
      maplibreFiles: maplibre.length,
      maplibreGzip: sum(maplibre),
      otherFiles: other.length,
      otherGzip: sum(other),
    },
    maplibreTotalGzip: allMaplibre,
    cssFiles: css.length,
    cssGzip: css.reduce((total, file) => total + gzipSize(path.join(nextDir, file)), 0),
    files,
  };
}
