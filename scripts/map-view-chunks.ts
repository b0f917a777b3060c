import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Text only the map view's chunk contains (a test id of components/map/map-view.tsx). */
const MAP_VIEW = 'map:fit-all';

/**
 * The map view's lazily imported chunk(s) (components/map/lazy-map-view.tsx), which the page
 * requests as soon as its code runs, beside MapLibre: part of the first load although no manifest
 * lists them. Of the chunks the first-load code can load (named in its loaders), those holding the
 * map view. `nextDir` is a build's `.next`; chunk paths are relative to it (`static/chunks/…`).
 */
export function mapViewChunks(nextDir: string, firstLoad: readonly string[]): string[] {
  const read = (file: string) => readFileSync(path.join(nextDir, file), 'utf8');
  const loadable = new Set(
    firstLoad.flatMap((file) =>
      [...read(file).matchAll(/"(static\/chunks\/[^"]+\.js)"/g)].map((match) => match[1]!),
    ),
  );
  const found = [...loadable].filter(
    (file) => !firstLoad.includes(file) && read(file).includes(MAP_VIEW),
  );
  if (found.length === 0) throw new Error(`no chunk holds the map view (${MAP_VIEW})`);
  return found;
}
