/**
 * JavaScript size budget of the dashboard's first load, read from the build's own manifests
 * (no server, no browser; scripts/first-load.ts): the chunks every page loads, those of the root
 * layout, of `app/page` and of the root error page, and the map view's, which
 * components/map/lazy-map-view.tsx requests as soon as the page's code runs; each compressed with
 * gzip -9. MapLibre GL itself is counted apart (a target of its own): it is its own module file
 * (lib/maplibre-module.ts), not a chunk. tests/e2e/first-load.spec.ts checks this list against
 * the scripts the browser requests before the page is interactive.
 *
 * Usage: npm run build && npm run size   (part of `npm test`); `npm run size:sources` says which
 * packages and files the bytes come from.
 *
 * Exits 1 when the total beyond MapLibre exceeds BUDGET_KB, so a change that adds weight fails
 * CI. The budget ratchets down towards the issue's target (TARGET_KB): lower it whenever a change
 * saves bytes; the target is printed beside it, met or missed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtNextDir, firstLoadFiles } from './first-load';

/**
 * Fails above this (KB of 1,024 bytes): 180.4 KB once the root error page's own chunk
 * (app/global-error.tsx, 1.1 KB), which the browser loads with every page, is counted as well;
 * it was left out of all the figures below. 179.2 KB with fewer, larger chunks (next.config.js,
 * `turbopackChunking`: 11 files → 5, −3.5 KB); 182.7 KB once MapLibre's worker downloads the map's
 * geometry as GeoJSON (lib/geo/build-map-geometry.ts): no TopoJSON decoder nor turf's bbox-clip
 * on the page (−2.8 KB); 185.5 KB measured with the fonts' and the geometry's
 * content-hashed addresses (lib/fonts.ts, lib/map-config.ts: longer strings, +0.2 KB); 185.3 KB
 * with the atlas's own error page in place of Next's built-in one (app/global-error.tsx,
 * −0.2 KB in the shared chunks); 185.5 KB with the page's
 * load-failure boundary and the retries of its resources (+0.5 KB), the map's and the search's
 * own load failures (+0.2 KB), the message taking focus (+0.1 KB) and the shared translator
 * (+0.2 KB); 183.6 KB once the map drove MapLibre through its own wrapper instead of react-map-gl
 * (−3.7 KB); 187.1 KB before, with ties, minerals and embassies drawn through feature states;
 * 189.0 KB two rounds earlier. The limit leaves ~0.6 KB for the next change; lower it whenever a
 * change saves bytes.
 */
const BUDGET_KB = 181;
/**
 * Issue 12's target: the framework floor (~137 KB in the issue; 133.6 KB measured by
 * `npm run size:sources`: react-dom, Next's router and runtime, React's RSC client, the bundler's
 * runtime) plus ~28 KB of the app.
 */
const TARGET_KB = 165;
/** Text only MapLibre GL's own bundle contains (its banner and global name). */
const MAPLIBRE = /MapLibre GL JS|maplibregl/;

function main(): number {
  const dir = builtNextDir();
  let total = 0;
  let maplibre = 0;
  const rows: string[] = [];
  for (const file of firstLoadFiles(dir).js) {
    const text = readFileSync(path.join(dir, file));
    const gzip = gzipSync(text, { level: 9 }).length;
    const isMapLibre = MAPLIBRE.test(text.toString('utf8'));
    if (isMapLibre) maplibre += gzip;
    else total += gzip;
    rows.push(
      `  ${file.padEnd(44)} ${(gzip / 1024).toFixed(1).padStart(6)} KB${isMapLibre ? ' (maplibre-gl)' : ''}`,
    );
  }
  const kb = total / 1024;
  console.log(`First-load JS of / (gzip -9), from ${dir}:\n${rows.join('\n')}`);
  console.log(
    `beyond maplibre-gl: ${kb.toFixed(1)} KB; budget ${BUDGET_KB} KB ${kb <= BUDGET_KB ? 'met' : 'EXCEEDED'};` +
      ` target ${TARGET_KB} KB ${kb <= TARGET_KB ? 'met' : `missed by ${(kb - TARGET_KB).toFixed(1)} KB`}` +
      (maplibre ? `; maplibre-gl in the first load: ${(maplibre / 1024).toFixed(1)} KB` : ''),
  );
  return kb <= BUDGET_KB ? 0 : 1;
}

try {
  process.exit(main());
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
