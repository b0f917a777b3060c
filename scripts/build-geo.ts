/**
 * Writes the geometry the app serves (lib/geo/countries.topo.json, which the build emits under a
 * content-hashed name: lib/map-config.ts GEOMETRY_URL) and the frame of each
 * dataset country (lib/geo/country-bounds.json, committed so pages can frame a deep-linked country
 * on first paint). Runs before every build (npm run assets:build).
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildTopology } from '../lib/geo/build-topology';
import { computeCountryBounds } from '../lib/geo/build-bounds';

const TOPOLOGY_FILE = 'lib/geo/countries.topo.json';
const BOUNDS_FILE = 'lib/geo/country-bounds.json';

const topology = buildTopology();
const json = JSON.stringify(topology);
writeFileSync(TOPOLOGY_FILE, json);
writeFileSync(BOUNDS_FILE, `${JSON.stringify(computeCountryBounds(topology), null, 2)}\n`);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(
  `geo: wrote ${TOPOLOGY_FILE}: ${kb(json.length)} KB raw, ${kb(gzipSync(json).length)} KB gzip; ${BOUNDS_FILE}`,
);
