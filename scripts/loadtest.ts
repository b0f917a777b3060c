/**
 * Load test of the production deployment, on this machine only.
 *
 * Usage: npm run build && npm run loadtest
 *   LOADTEST_SECONDS=5   seconds per target (default 20, at most 120)
 *   LOADTEST_URL=http://localhost:3000   test one server already running (loopback only) instead.
 *
 * By default starts deploy/run.sh (nginx on port 3240 in front of two instances of server.mjs on
 * 3241 and 3242) and measures, in one run, every target through nginx and then through one
 * instance alone, then stops them. Each target gets 50 connections for the given time, one after
 * the other, after one warm-up request (a target that does not answer it, or answers 404, is
 * reported, not measured); requests ask for gzip, as browsers do. One more row (4 connections)
 * renders a new address on every request (an unknown query key with a counter), so no cache can
 * answer it: the cost of a page that is not cached yet.
 *
 * Prints the machine's load average, then per path a Markdown table (requests per second, p50
 * and p99 latency, errors, non-2xx answers) and the issue's targets (through nginx: pages ≥ 10×
 * the 55 req/s measured before caching, p99 ≤ 500 ms; through the app alone: pages ≥ 0.5× the
 * API's req/s). Exits 1 if any target had an error or a non-2xx answer (targets missed on a busy
 * machine are reported, not failed: they depend on the load printed beside them).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

const PAGES = ['/', '/?country=KAZ', '/?pair=ISR~KAZ'] as const;
const APIS = ['/api/countries', '/api/ties?pair=ISR~KAZ'] as const;
/** A page address no cache has seen: the counter makes every request new. */
const UNCACHED = '/?country=KAZ&loadtest=';
const CONNECTIONS = 50;
const UNCACHED_CONNECTIONS = 4;
const DEFAULT_SECONDS = 20;
const MAX_SECONDS = 120;
const NGINX_PORT = 3240;
const APP_PORTS = [3241, 3242] as const;
const START_TIMEOUT_MS = 90_000;
/** A request slower than this counts as an error (a timeout). */
const REQUEST_TIMEOUT_S = 10;
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
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
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

async function measure(base: URL, target: string, seconds: number): Promise<Row> {
  const uncached = target === UNCACHED;
  let counter = 0;
  const url = new URL(uncached ? `${target}${counter}` : target, base).href;
  // One request first: it warms the route up, and a route that is absent or down is reported
  // as such instead of being hammered for the whole run.
  const warmUp = await answers(url);
  if (warmUp === null || warmUp === 404) {
    return {
      target,
      requestsPerSecond: 0,
      p50: 0,
      p99: 0,
      requests: 0,
      errors: warmUp === null ? 1 : 0,
      timeouts: 0,
      non2xx: warmUp === 404 ? 1 : 0,
      note: warmUp === null ? 'no answer, not measured' : 'route absent (404), not measured',
    };
  }
  const result = await autocannon({
    url,
    // Renders queue up: a few connections measure their throughput as well as 50, without
    // leaving a backlog that would slow the rows after it.
    connections: uncached ? UNCACHED_CONNECTIONS : CONNECTIONS,
    duration: seconds,
    timeout: REQUEST_TIMEOUT_S,
    headers: { 'accept-encoding': 'gzip' },
    ...(uncached && {
      requests: [{ setupRequest: (request) => ({ ...request, path: `${target}${++counter}` }) }],
    }),
  });
  return {
    target: uncached ? `${target}<n>` : target,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    note: '',
  };
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

/** Measures every target against one base URL and prints its table. */
async function measureAll(name: string, base: URL, seconds: number): Promise<Row[]> {
  console.log(`\n${name}: ${base.origin}, load average ${load()} (1 / 5 / 15 min)`);
  const rows: Row[] = [];
  // The uncached row last: it leaves a queue of renders behind that would slow the rows after it.
  for (const target of [...PAGES, ...APIS, UNCACHED]) {
    const row = await measure(base, target, seconds);
    console.log(`  ${row.target}: ${row.requestsPerSecond.toFixed(0)} req/s, p99 ${row.p99} ms`);
    rows.push(row);
  }
  console.log(`\n${table(rows)}\n`);
  return rows;
}

const pageRows = (rows: readonly Row[]) =>
  rows.filter((r) => (PAGES as readonly string[]).includes(r.target));
const verdict = (met: boolean) => (met ? 'met' : 'MISSED');

function nginxTargets(rows: readonly Row[]): void {
  const pages = pageRows(rows);
  const slowest = Math.min(...pages.map((r) => r.requestsPerSecond));
  const worstP99 = Math.max(...pages.map((r) => r.p99));
  const errors = pages.reduce((sum, r) => sum + r.errors + r.non2xx, 0);
  console.log(
    `through nginx: pages ≥ ${NGINX_FACTOR}× ${PAGES_BEFORE} req/s: slowest page ${slowest.toFixed(0)} req/s` +
      ` (${(slowest / PAGES_BEFORE).toFixed(1)}×) ${verdict(slowest >= NGINX_FACTOR * PAGES_BEFORE)};` +
      ` p99 ≤ ${NGINX_P99_MS} ms: worst ${worstP99} ms ${verdict(worstP99 <= NGINX_P99_MS)};` +
      ` errors ${errors} ${verdict(errors === 0)}`,
  );
}

function appTargets(rows: readonly Row[]): void {
  const slowest = Math.min(...pageRows(rows).map((r) => r.requestsPerSecond));
  const apis = rows.filter((r) => (APIS as readonly string[]).includes(r.target));
  const api = apis.reduce((sum, r) => sum + r.requestsPerSecond, 0) / apis.length;
  console.log(
    `through the app alone: pages ≥ ${APP_API_RATIO}× the API: slowest page ${slowest.toFixed(0)} req/s,` +
      ` API ${api.toFixed(0)} req/s (mean), ratio ${(slowest / api).toFixed(2)} ${api > 0 ? verdict(slowest >= APP_API_RATIO * api) : 'not measured'}`,
  );
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
      `${CONNECTIONS} connections × ${seconds} s per target; machine load average ${load()}` +
        ` (1 / 5 / 15 min)`,
    );
    const rows: Row[] = [];
    if (given) {
      rows.push(...(await measureAll('given server', given, seconds)));
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
      nginxTargets(throughNginx);
      appTargets(alone);
      rows.push(...throughNginx, ...alone);
    }
    console.log(`load average at the end: ${load()} (1 / 5 / 15 min)`);
    const failed = rows.filter((r) => r.errors > 0 || r.non2xx > 0 || r.requests === 0);
    if (failed.length > 0) {
      console.error(
        `FAILED: errors or non-2xx answers on ${failed.map((r) => r.target).join(', ')}`,
      );
      return 1;
    }
    console.log('OK: no errors, no non-2xx answers');
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
