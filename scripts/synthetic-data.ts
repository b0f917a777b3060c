/**
 * Writes a synthetic dataset N times larger than data/ (default 10×) for the bench's growth
 * report: `tsx scripts/synthetic-data.ts <out-dir> [--factor 10] [--seed 1]`.
 *
 * Every record is cloned N-1 times under new ids (`<id>-synthetic-<k>`), and every id it refers
 * to (sources, events, documents, agreements, projects) is renamed the same way, so the clones form N disjoint copies of
 * the dataset's graph on the same eleven countries (the map's geometry stays the same). Source URLs
 * get a `synthetic=<k>` query so they stay unique. A seeded generator moves each clone's trade
 * figures by up to ±20%, so the copies are not byte-identical; the same seed gives the same files.
 * The result must pass `npm run data:check <out-dir>` (tests/unit/synthetic-data.test.ts); it is
 * for the bench only, never published. meta.json is copied as it is (its version must stay a
 * plain semver with a matching release).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Record_ = { [key: string]: Json };

const ROOT = path.resolve(__dirname, '..');

/** mulberry32: a tiny seeded generator, enough to perturb figures reproducibly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function read(dir: string, file: string): Json {
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Json;
}

/** Replaces every string that is a known id with its clone's id, everywhere in `value`. */
function renameIds(value: Json, ids: ReadonlySet<string>, suffix: string): Json {
  if (typeof value === 'string') return ids.has(value) ? value + suffix : value;
  if (Array.isArray(value)) return value.map((v) => renameIds(v, ids, suffix));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, renameIds(v, ids, suffix)]),
    );
  }
  return value;
}

/** Every string anywhere in `value`. */
function strings(value: Json, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) strings(v, out);
  return out;
}

function withQuery(url: string, k: number): string {
  const parsed = new URL(url);
  parsed.searchParams.set('synthetic', String(k));
  return parsed.toString();
}

export function synthesize(dir: string, factor: number, seed: number): Record<string, Json> {
  const events = read(dir, 'events.json') as Record_[];
  const ties = read(dir, 'ties.json') as Record_[];
  const sources = read(dir, 'sources.json') as Record_[];
  const documents = read(dir, 'documents.json') as Record_[];
  const trade = read(dir, 'trade.json') as Record_[];
  const minerals = read(dir, 'minerals.json') as { agreements: Record_[]; projects: Record_[] };

  // Ids other records refer to. Country codes are not among them: the countries stay as they are.
  const ids = new Set<string>(
    [...events, ...sources, ...documents, ...minerals.agreements, ...minerals.projects].map(
      (r) => r.id as string,
    ),
  );
  // Sources cited only by countries.json (populations) are not cloned: nothing would cite them.
  const cited = strings([events, ties, documents, trade, minerals] as unknown as Json);
  const clonedSources = sources.filter((source) => cited.has(source.id as string));
  const next = random(seed);
  const cloneAll = <T extends Json>(
    records: T[],
    adjust?: (clone: Record_, k: number) => void,
    cloned: T[] = records,
  ) => {
    const out: T[] = [...records];
    for (let k = 1; k < factor; k++) {
      const suffix = `-synthetic-${k}`;
      for (const record of cloned) {
        const clone = renameIds(record, ids, suffix) as Record_;
        clone.id = `${(record as Record_).id as string}${suffix}`;
        adjust?.(clone, k);
        out.push(clone as T);
      }
    }
    return out;
  };

  return {
    'countries.json': read(dir, 'countries.json'),
    'parties.json': read(dir, 'parties.json'),
    'events.json': cloneAll(events),
    'ties.json': cloneAll(ties),
    'documents.json': cloneAll(documents),
    'sources.json': cloneAll(
      sources,
      (clone, k) => {
        clone.url = withQuery(clone.url as string, k);
      },
      clonedSources,
    ),
    'trade.json': cloneAll(trade, (clone) => {
      const amount = clone.amount as Record_ | undefined;
      if (amount && typeof amount.value === 'number') {
        amount.value = Math.round(amount.value * (0.8 + 0.4 * next()));
      }
    }),
    'minerals.json': {
      agreements: cloneAll(minerals.agreements),
      projects: cloneAll(minerals.projects),
    },
    'meta.json': read(dir, 'meta.json'),
  };
}

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  if (at === -1) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be an integer ≥ 1`);
  return value;
}

function main(): void {
  const args = process.argv.slice(2);
  const out = args[0];
  if (!out || out.startsWith('--')) {
    console.error('Usage: tsx scripts/synthetic-data.ts <out-dir> [--factor 10] [--seed 1]');
    process.exit(2);
  }
  const factor = option(args, 'factor', 10);
  const seed = option(args, 'seed', 1);
  const files = synthesize(path.join(ROOT, 'data'), factor, seed);
  mkdirSync(out, { recursive: true });
  for (const [name, value] of Object.entries(files)) {
    writeFileSync(path.join(out, name), `${JSON.stringify(value, null, 2)}\n`);
  }
  console.log(`Wrote a ${factor}× synthetic dataset (seed ${seed}) to ${out}`);
}

if (require.main === module) main();
