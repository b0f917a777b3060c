/**
 * Load test of the production deployment, on this machine only.
 *
 * Usage: npm run build && npm run loadtest
 *   LOADTEST_SECONDS=8   seconds per target (default 20, at most 120)
 *   LOADTEST_URL=http://localhost:3000   test one server already running (loopback only) instead.
 *
 * By default starts deploy/run.sh (nginx on port 3240 in front of two instances of server.mjs on
 * 3241 and 3242) and measures, in one run, every target through nginx and then through one
 * instance alone, then stops them. The request mix is fixed (PAGES and APIS below, each with 50
 * connections, asking for gzip as browsers do) and measured in rounds: each round gives every
 * target an equal slice in turn, so pages and the API see the same machine even when its load
 * moves, and their ratio compares costs, not moments. Each target is asked once first (a target
 * that does not answer 200 is reported and fails the run). One more row (4 connections) renders a
 * new address on every request (an unknown query key with a counter), so no cache can answer it:
 * the cost of a page that is not cached yet (reported, no target).
 *
 * Requests go through undici (llhttp) and bodies are counted, not decoded: autocannon, used
 * before, appended every body to a JavaScript string, and decoding 30 KB of gzip as UTF-8 capped
 * it near 1,000 pages per second whatever the server did (a plain server sending 32 KB of random
 * bytes got the same figure, and 15× more with ASCII bytes).
 *
 * Prints the machine's load average (start, each path, end), per path a Markdown table (requests
 * per second, p50 and p99 latency, errors, timeouts, non-2xx answers), then each of the issue's
 * targets with its measured value and ratio: through nginx, pages ≥ 10× the 55 req/s measured
 * before caching, p99 ≤ 500 ms, no error; through the app alone, pages ≥ 0.5× the API's req/s, no
 * error or timeout. Exits 1 naming every missed target, error and timeout; 0 only when all are met.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { errors, Pool } from 'undici';

const PAGES = ['/', '/?country=KAZ', '/?pair=ISR~KAZ'] as const;
const APIS = ['/api/countries', '/api/ties?pair=ISR~KAZ'] as const;
/** A page address no cache has seen: the counter makes every request new. */
const UNCACHED = '/?country=KAZ&loadtest=';
const CONNECTIONS = 50;
const UNCACHED_CONNECTIONS = 4;
const DEFAULT_SECONDS = 20;
const MAX_SECONDS = 120;
/** Rounds each target's time is split into (at most one per second of it). */
const ROUNDS = 10;
const NGINX_PORT = 3240;
const APP_PORTS = [3241, 3242] as const;
const START_TIMEOUT_MS = 90_000;
/** A request slower than this counts as a timeout (an error). */
const REQUEST_TIMEOUT_MS = 10_000;
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;
/** Pages per second before views were cached (issue 12), and the targets against it. */
const PAGES_BEFORE = 55;
const NGINX_FACTOR = 10;
const NGINX_P99_MS = 500;
const APP_API_RATIO = 0.5;

interface Row {
  target: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  note: string;
}

/** What one target's requests gave, over all its slices. */
interface Tally {
  latencies: number[];
  seconds: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** The first failure, to show what went wrong. */
  firstFailure: string;
}

function secondsFromEnv(): number {
  const raw = process.env.LOADTEST_SECONDS;
  if (raw === undefined || raw === '') return DEFAULT_SECONDS;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_SECONDS) {
    throw new Error(`LOADTEST_SECONDS must be a whole number from 1 to ${MAX_SECONDS}, not ${raw}`);
  }
  return seconds;
}

/** The base URL to test, refusing anything but this machine. */
function baseFromEnv(): URL | null {
  const raw = process.env.LOADTEST_URL;
  if (!raw) return null;
  const url = new URL(raw);
  if (url.protocol !== 'http:' || !LOOPBACK.test(url.hostname)) {
    throw new Error(`LOADTEST_URL must be http:// on localhost, 127.x.x.x or [::1], not ${raw}`);
  }
  return url;
}

function load(): string {
  return `${loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ')} (1 / 5 / 15 min, ${availableParallelism()} cores)`;
}

async function answers(url: string): Promise<number | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  }
}

/** Starts deploy/run.sh in its own process group and waits until nginx serves the dashboard. */
async function startDeployment(state: string): Promise<ChildProcess> {
  const root = process.cwd();
  if (!existsSync(path.join(root, 'dist', 'current', 'server.js'))) {
    throw new Error('no production build: run `npm run build` first');
  }
  for (const port of [NGINX_PORT, ...APP_PORTS]) {
    if ((await answers(`http://127.0.0.1:${port}/api/health`)) !== null) {
      throw new Error(`something already answers on port ${port}; stop it or set LOADTEST_URL`);
    }
  }
  const deployment = spawn('bash', [path.join(root, 'deploy', 'run.sh')], {
    cwd: root,
    detached: true,
    env: {
      ...process.env,
      PORT: `${NGINX_PORT}`,
      APP_PORT_1: `${APP_PORTS[0]}`,
      APP_PORT_2: `${APP_PORTS[1]}`,
      DEPLOY_STATE: state,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  deployment.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  deployment.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (deployment.exitCode !== null) throw new Error(`deploy/run.sh exited:\n${output}`);
    if (/ on http:\/\/127\.0\.0\.1:\d+ \(nginx/.test(output)) return deployment;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stopDeployment(deployment);
  throw new Error(`deploy/run.sh was not ready within ${START_TIMEOUT_MS / 1000} s:\n${output}`);
}

/** Stops deploy/run.sh and what it started (its process group). */
async function stopDeployment(deployment: ChildProcess): Promise<void> {
  if (deployment.exitCode !== null || deployment.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => deployment.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-deployment.pid!, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const killTimer = setTimeout(() => signal('SIGKILL'), 10_000);
  await exited;
  clearTimeout(killTimer);
}

const newTally = (): Tally => ({
  latencies: [],
  seconds: 0,
  errors: 0,
  timeouts: 0,
  non2xx: 0,
  firstFailure: '',
});

/**
 * Keeps `connections` requests in flight on `pool` for `seconds`, each connection asking again as
 * soon as its answer has fully arrived, and adds what happened to `tally`. `path` gives the
 * address of each request.
 */
async function slice(
  pool: Pool,
  path: () => string,
  connections: number,
  seconds: number,
  tally: Tally,
): Promise<void> {
  const start = performance.now();
  const end = start + seconds * 1000;
  const fail = (what: string) => (tally.firstFailure ||= what);
  const connection = async () => {
    while (performance.now() < end) {
      const sent = performance.now();
      try {
        const { statusCode, body } = await pool.request({
          path: path(),
          method: 'GET',
          headers: { 'accept-encoding': 'gzip' },
        });
        // Counted, not decoded: the client must not be what is measured.
        for await (const chunk of body) void chunk;
        tally.latencies.push(performance.now() - sent);
        if (statusCode < 200 || statusCode > 299) {
          tally.non2xx += 1;
          fail(`HTTP ${statusCode}`);
        }
      } catch (error) {
        const timedOut =
          error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError;
        if (timedOut) tally.timeouts += 1;
        else tally.errors += 1;
        fail(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, connection));
  tally.seconds += (performance.now() - start) / 1000;
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!);
}

function toRow(target: string, tally: Tally): Row {
  const sorted = tally.latencies.toSorted((a, b) => a - b);
  return {
    target,
    requestsPerSecond: tally.seconds > 0 ? tally.latencies.length / tally.seconds : 0,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    requests: tally.latencies.length,
    errors: tally.errors,
    timeouts: tally.timeouts,
    non2xx: tally.non2xx,
    note: tally.firstFailure ? `first failure: ${tally.firstFailure}` : '',
  };
}

/**
 * Measures the fixed mix against `base`: after one request to each target, ROUNDS rounds that
 * give every target an equal slice in turn, then the uncached row.
 */
async function measureMix(base: URL, seconds: number): Promise<Row[]> {
  const targets: readonly string[] = [...PAGES, ...APIS];
  const pool = new Pool(base.origin, {
    connections: CONNECTIONS,
    pipelining: 1,
    headersTimeout: REQUEST_TIMEOUT_MS,
    bodyTimeout: REQUEST_TIMEOUT_MS,
  });
  try {
    const tallies = new Map<string, Tally>(targets.map((target) => [target, newTally()]));
    const measured: string[] = [];
    for (const target of targets) {
      const status = await answers(new URL(target, base).href);
      if (status === 200) measured.push(target);
      else tallies.get(target)!.firstFailure = status === null ? 'no answer' : `HTTP ${status}`;
    }
    const rounds = Math.min(ROUNDS, seconds);
    for (let round = 0; round < rounds; round++) {
      for (const target of measured) {
        await slice(pool, () => target, CONNECTIONS, seconds / rounds, tallies.get(target)!);
      }
    }
    const rows = targets.map((target) => toRow(target, tallies.get(target)!));
    for (const row of rows) {
      if (!measured.includes(row.target)) {
        Object.assign(row, { errors: 1, note: `${row.note}, not measured` });
      }
    }
    // Last: its renders queue up, and would slow the rows after it.
    const uncached = newTally();
    let counter = 0;
    await slice(pool, () => `${UNCACHED}${++counter}`, UNCACHED_CONNECTIONS, seconds, uncached);
    rows.push(toRow(`${UNCACHED}<n>`, uncached));
    return rows;
  } finally {
    await pool.destroy();
  }
}

function table(rows: readonly Row[]): string {
  const header = [
    'target',
    'req/s',
    'p50 ms',
    'p99 ms',
    'requests',
    'errors',
    'timeouts',
    'non-2xx',
  ];
  const lines = rows.map((r) => [
    `\`${r.target}\`${r.note ? ` (${r.note})` : ''}`,
    r.requestsPerSecond.toFixed(0),
    `${r.p50}`,
    `${r.p99}`,
    `${r.requests}`,
    `${r.errors}`,
    `${r.timeouts}`,
    `${r.non2xx}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  return [format(header), rule, ...lines.map(format)].join('\n');
}

/** Measures the mix against one base URL and prints its table. */
async function measureAll(name: string, base: URL, seconds: number): Promise<Row[]> {
  console.log(`\n${name}: ${base.origin}, load average ${load()}`);
  const rows = await measureMix(base, seconds);
  for (const row of rows) {
    console.log(`  ${row.target}: ${row.requestsPerSecond.toFixed(0)} req/s, p99 ${row.p99} ms`);
  }
  console.log(`\n${table(rows)}\n`);
  return rows;
}

/** One target of the issue, as measured. */
interface Verdict {
  target: string;
  measured: string;
  met: boolean;
}

const pageRows = (rows: readonly Row[]) =>
  rows.filter((r) => (PAGES as readonly string[]).includes(r.target));
const apiRows = (rows: readonly Row[]) =>
  rows.filter((r) => (APIS as readonly string[]).includes(r.target));
const slowest = (rows: readonly Row[]) => Math.min(...rows.map((r) => r.requestsPerSecond));

/** No row of a path may have an error, a timeout or a non-2xx answer, or go unmeasured. */
function cleanRows(where: string, rows: readonly Row[]): Verdict {
  const bad = rows.filter((r) => r.errors + r.timeouts + r.non2xx > 0 || r.requests === 0);
  const count = (key: 'errors' | 'timeouts' | 'non2xx') => rows.reduce((sum, r) => sum + r[key], 0);
  return {
    target: `${where}: no error, timeout or non-2xx answer`,
    measured:
      `${count('errors')} errors, ${count('timeouts')} timeouts, ${count('non2xx')} non-2xx` +
      (bad.length > 0 ? ` (on ${bad.map((r) => r.target).join(', ')})` : ''),
    met: bad.length === 0,
  };
}

function nginxVerdicts(rows: readonly Row[]): Verdict[] {
  const pages = pageRows(rows);
  const pagesPerSecond = slowest(pages);
  const worstP99 = Math.max(...pages.map((r) => r.p99));
  return [
    {
      target: `through nginx: pages ≥ ${NGINX_FACTOR}× ${PAGES_BEFORE} req/s`,
      measured: `slowest page ${pagesPerSecond.toFixed(0)} req/s = ${(pagesPerSecond / PAGES_BEFORE).toFixed(1)}×`,
      met: pagesPerSecond >= NGINX_FACTOR * PAGES_BEFORE,
    },
    {
      target: `through nginx: page p99 ≤ ${NGINX_P99_MS} ms`,
      measured: `worst page p99 ${worstP99} ms`,
      met: worstP99 <= NGINX_P99_MS,
    },
    cleanRows('through nginx', rows),
  ];
}

function appVerdicts(rows: readonly Row[]): Verdict[] {
  const pagesPerSecond = slowest(pageRows(rows));
  const apis = apiRows(rows);
  const api = apis.reduce((sum, r) => sum + r.requestsPerSecond, 0) / apis.length;
  return [
    {
      target: `through the app alone: pages ≥ ${APP_API_RATIO}× the API's req/s`,
      measured:
        `slowest page ${pagesPerSecond.toFixed(0)} req/s, API ${api.toFixed(0)} req/s (mean):` +
        ` ${(api > 0 ? pagesPerSecond / api : 0).toFixed(2)}×`,
      met: api > 0 && pagesPerSecond >= APP_API_RATIO * api,
    },
    cleanRows('through the app alone', rows),
  ];
}

async function main(): Promise<number> {
  const seconds = secondsFromEnv();
  const given = baseFromEnv();
  const state = given ? null : mkdtempSync(path.join(tmpdir(), 'atlas-loadtest-'));
  const deployment = state ? await startDeployment(state) : null;
  const stop = () => {
    if (deployment) process.kill(-deployment.pid!, 'SIGTERM');
    process.exit(130);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let done = false;
  // Say so if the deployment dies under load: the rows after it are void.
  deployment?.once('exit', (code, signal) => {
    if (!done)
      console.error(`deploy/run.sh (pid ${deployment.pid}) exited mid-run: ${signal ?? code}`);
  });
  try {
    console.log(
      `${CONNECTIONS} connections, ${seconds} s per target in ${Math.min(ROUNDS, seconds)} rounds;` +
        ` machine load average ${load()}`,
    );
    const verdicts: Verdict[] = [];
    if (given) {
      verdicts.push(cleanRows('given server', await measureAll('given server', given, seconds)));
    } else {
      const throughNginx = await measureAll(
        'through nginx',
        new URL(`http://127.0.0.1:${NGINX_PORT}/`),
        seconds,
      );
      const alone = await measureAll(
        'through the app alone',
        new URL(`http://127.0.0.1:${APP_PORTS[0]}/`),
        seconds,
      );
      verdicts.push(...nginxVerdicts(throughNginx), ...appVerdicts(alone));
    }
    console.log(`load average at the end: ${load()}\n`);
    for (const v of verdicts)
      console.log(`${v.met ? 'met   ' : 'MISSED'} ${v.target}: ${v.measured}`);
    const missed = verdicts.filter((v) => !v.met);
    if (missed.length > 0) {
      console.error(`\nFAILED: ${missed.length} of ${verdicts.length} targets missed:`);
      for (const v of missed) console.error(`  ${v.target}: ${v.measured}`);
      return 1;
    }
    console.log(`\nOK: all ${verdicts.length} targets met`);
    return 0;
  } finally {
    done = true;
    if (deployment) await stopDeployment(deployment);
    if (state) rmSync(state, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
