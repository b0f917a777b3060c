import { readFileSync } from 'node:fs';
import path from 'node:path';

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
export function mapViewChunks(nextDir: string, firstLoad: readonly string[]): string[] {
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
