/**
 * First-load JavaScript of `/`, read from the build's own output instead of the network: Next's
 * build manifest (`rootMainFiles`, the runtime every page loads) and the route's client reference
 * manifest (`entryJSFiles` and `entryCSSFiles` of the root layout and the page, the chunks the
 * HTML references before hydration), plus the map view's chunk, which that code requests as it
 * starts (scripts/map-view-chunks.ts). Sizes are gzip -9 of the files in the release, so they do not
 * depend on how a server compresses.
 *
 * MapLibre is counted apart, as the budget does: a file is maplibre-gl when it carries the
 * installed version string and MapLibre's licence banner ("MapLibre GL JS"). Its chunk and worker
 * are found in the build's static chunks and media even when they load after hydration (the
 * `-dev` builds MapLibre also publishes are emitted but never loaded, and are skipped).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { mapViewChunks } from '../scripts/map-view-chunks';
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

interface ClientManifest {
  entryJSFiles?: Record<string, string[]>;
  entryCSSFiles?: Record<string, Array<string | { path: string }>>;
}

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function isMaplibre(file: string, version: string): boolean {
  const text = readFileSync(file, 'utf8');
  return text.includes(version) && text.includes('MapLibre GL JS');
}

/** The route's client reference manifest is a script assigning globalThis.__RSC_MANIFEST. */
function clientManifest(nextDir: string, route: string): ClientManifest {
  const file = path.join(nextDir, 'server', 'app', `${route}_client-reference-manifest.js`);
  const context: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, ClientManifest> } = {};
  context.globalThis = context;
  vm.runInNewContext(readFileSync(file, 'utf8'), context);
  const manifest = Object.values(context.__RSC_MANIFEST ?? {})[0];
  if (!manifest?.entryJSFiles) throw new Error(`${file}: no entryJSFiles`);
  return manifest;
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
  const build = JSON.parse(readFileSync(path.join(nextDir, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles: string[];
  };
  const page = clientManifest(nextDir, 'page');
  const entries = Object.entries(page.entryJSFiles ?? {}).filter(([entry]) =>
    /app\/(layout|page)$/.test(entry),
  );
  const manifestJs = [...build.rootMainFiles, ...entries.flatMap(([, files]) => files)].map(
    (file) => file.replace(/^\/?_next\//, ''),
  );
  // The map view's chunk, which the page requests as it starts (scripts/map-view-chunks.ts).
  const js = new Set([...manifestJs, ...mapViewChunks(nextDir, manifestJs)]);
  const css = new Set(
    Object.values(page.entryCSSFiles ?? {})
      .flat()
      .map((f) => (typeof f === 'string' ? f : f.path)),
  );
  const files = [...js].map((file) => {
    const full = path.join(nextDir, file.replace(/^\/?_next\//, ''));
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
      'build-manifest.json rootMainFiles + app/page client reference manifest entryJSFiles + the map view chunk they load at start',
    firstLoad: {
      maplibreFiles: maplibre.length,
      maplibreGzip: sum(maplibre),
      otherFiles: other.length,
      otherGzip: sum(other),
    },
    maplibreTotalGzip: allMaplibre,
    cssFiles: css.size,
    cssGzip: [...css].reduce(
      (t, f) => t + gzipSize(path.join(nextDir, f.replace(/^\/?_next\//, ''))),
      0,
    ),
    files,
  };
}
