/**
 * Writes, before every build (npm run assets:build):
 * - the GeoJSON the map draws its base from (lib/geo/map/, see lib/geo/build-map-geometry.ts),
 *   which the build emits under content-hashed names (lib/map-config.ts);
 * - the label points (lib/geo/label-points.json) and the frame of each dataset country
 *   (lib/geo/country-bounds.json), committed as the page's code imports them;
 * - the topology they are all made from (lib/geo/countries.topo.json), which the benchmark's
 *   bare MapLibre baseline draws.
 * The C5's outline is drawn round the dataset's members of the group: the dataset in data/ must
 * be valid (npm run data:check says what is wrong when it is not).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildMapGeometry, geometryJson } from '../lib/geo/build-map-geometry';
import { buildTopology } from '../lib/geo/build-topology';
import { computeCountryBounds } from '../lib/geo/build-bounds';
import { checkDataDir } from '../lib/data/read-files';

const GEO_DIR = 'lib/geo';
const MAP_DIR = path.join(GEO_DIR, 'map');

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Writes `text` to `file` and says how large it is. */
function write(file: string, text: string): void {
  writeFileSync(file, text);
  console.log(
    `geo: wrote ${file}: ${kb(text.length)} KB raw, ${kb(gzipSync(text).length)} KB gzip`,
  );
}

function main(): number {
  const dataset = checkDataDir('data');
  if (!dataset.ok) {
    console.error('geo: the dataset in data/ is not valid; npm run data:check lists the problems');
    return 1;
  }
  const c5 = dataset.data.countries.filter((c) => c.groups.includes('c5')).map((c) => c.iso3);
  const topology = buildTopology();
  const geometry = buildMapGeometry(topology, c5);

  mkdirSync(MAP_DIR, { recursive: true });
  write(path.join(GEO_DIR, 'countries.topo.json'), JSON.stringify(topology));
  for (const worldview of ['apart', 'merged'] as const) {
    const { countries, borders } = geometry[worldview];
    write(path.join(MAP_DIR, `countries-${worldview}.json`), geometryJson(countries));
    write(path.join(MAP_DIR, `borders-${worldview}.json`), geometryJson(borders));
  }
  write(path.join(MAP_DIR, 'c5.json'), geometryJson(geometry.c5));
  write(path.join(GEO_DIR, 'label-points.json'), `${geometryJson(geometry.labels)}\n`);
  write(
    path.join(GEO_DIR, 'country-bounds.json'),
    `${JSON.stringify(computeCountryBounds(topology), null, 2)}\n`,
  );
  return 0;
}

process.exit(main());
