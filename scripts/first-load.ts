/**
 * The first-load JavaScript and CSS of `/`, read from a build's own manifests (no server, no
 * browser), for `npm run size`, `npm run size:sources` and the bench (bench/bytes.ts): Next's
 * build manifest (`rootMainFiles`, the runtime every page loads), the entry chunks of the root
 * layout, of `app/page` and of the root error page in the page's client reference manifest (what
 * the HTML references before hydration), and the map view's chunks, which the page's code
 * requests as it starts.
 * Paths are relative to the build's `.next` (`static/chunks/…`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

/** The `.next` of the release being served (dist/current), or of a bare `next build`. */
export function builtNextDir(): string {
  for (const candidate of [path.join('dist', 'current', '.next'), '.next']) {
    if (existsSync(path.join(candidate, 'build-manifest.json'))) return candidate;
  }
  throw new Error('no build found (dist/current/.next or .next): run `npm run build` first');
}

/** Text only the map view's chunk contains (a test id of components/map/map-view.tsx). */
const MAP_VIEW = 'map:fit-all';
/** Text only the compare view's chunk contains: its import loads the map view's chunk too. */
const COMPARE_VIEW = 'compare:view';
/** The chunks one dynamic import loads together, as a built chunk lists them. */
const CHUNK_LIST = /\[((?:"static\/chunks\/[^"]+\.js",?)+)\]/g;

/**
 * The map view's lazily imported chunks (components/map/lazy-map-view.tsx), which the page
 * requests as soon as its code runs, beside MapLibre: part of the first load although no manifest
 * lists them. Of the dynamic imports in the first-load code, those that load the chunk holding the
 * map view, with every chunk they load beside it, except the compare view's import (loaded only
 * with `compare=`). `nextDir` is a build's `.next`; chunk paths are relative to it (`static/chunks/…`).
 */
function mapViewChunks(nextDir: string, firstLoad: readonly string[]): string[] {
  const read = (file: string) => readFileSync(path.join(nextDir, file), 'utf8');
  const imports = firstLoad.flatMap((file) =>
    [...read(file).matchAll(CHUNK_LIST)].map((list) =>
      [...list[1]!.matchAll(/"([^"]+)"/g)]
        .map((chunk) => chunk[1]!)
        .filter((chunk) => !firstLoad.includes(chunk)),
    ),
  );
  const holds = (chunks: string[], text: string) => chunks.some((c) => read(c).includes(text));
  const found = new Set(
    imports.filter((chunks) => holds(chunks, MAP_VIEW) && !holds(chunks, COMPARE_VIEW)).flat(),
  );
  if (found.size === 0) throw new Error(`no chunk holds the map view (${MAP_VIEW})`);
  return [...found];
}

interface ClientManifest {
  entryJSFiles?: Record<string, string[]>;
  entryCSSFiles?: Record<string, Array<string | { path: string }>>;
}

/** The page's client reference manifest: a script assigning globalThis.__RSC_MANIFEST. */
function pageManifest(nextDir: string): ClientManifest {
  const file = path.join(nextDir, 'server', 'app', 'page_client-reference-manifest.js');
  const context: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, ClientManifest> } = {};
  context.globalThis = context;
  vm.runInNewContext(readFileSync(file, 'utf8'), context);
  const manifest = context.__RSC_MANIFEST?.['/page'];
  if (!manifest?.entryJSFiles) throw new Error(`${file}: no entryJSFiles for /page`);
  return manifest;
}

const relative = (file: string) => file.replace(/^\/?_next\//, '');

/** The first-load files of `/` in the build whose `.next` is `nextDir`. */
export function firstLoadFiles(nextDir: string): { js: string[]; css: string[] } {
  const build = JSON.parse(readFileSync(path.join(nextDir, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles: string[];
  };
  const page = pageManifest(nextDir);
  // Every entry of the page: the root layout, the page, and the root error page
  // (app/global-error.tsx), which the browser loads with the others although it shows only after
  // a crash.
  const manifestJs = [
    ...new Set(
      [...build.rootMainFiles, ...Object.values(page.entryJSFiles ?? {}).flat()]
        .map(relative)
        .filter((file) => file.endsWith('.js')),
    ),
  ];
  const css = Object.values(page.entryCSSFiles ?? {})
    .flat()
    .map((file) => relative(typeof file === 'string' ? file : file.path));
  return { js: [...manifestJs, ...mapViewChunks(nextDir, manifestJs)], css: [...new Set(css)] };
}
