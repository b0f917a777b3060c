/** Writes public/geo/countries.topo.json before every build (npm run geo:build). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildTopology } from '../lib/geo/build-topology';

const OUT_FILE = 'public/geo/countries.topo.json';

const json = JSON.stringify(buildTopology());
mkdirSync('public/geo', { recursive: true });
writeFileSync(OUT_FILE, json);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(
  `geo: wrote ${OUT_FILE}: ${kb(json.length)} KB raw, ${kb(gzipSync(json).length)} KB gzip`,
);
