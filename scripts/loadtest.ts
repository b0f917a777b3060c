/**
 * Load test of the production server, on this machine only.
 *
 * Usage: npm run build && npm run loadtest
 *   LOADTEST_SECONDS=5   seconds per target (default 20, at most 120)
 *   LOADTEST_URL=http://localhost:3000   test a server already running (loopback only); otherwise
 *                        the production server (server.mjs) is started on port 3601 from the
 *                        current release and stopped at the end.
 *
 * Each target gets 50 connections for the given time, one target after the other, after one
 * warm-up request (a target that does not answer it, or answers 404, is reported, not measured). Prints requests per second, p50 and p99 latency, errors and non-2xx answers per
 * target as a Markdown table; exits 1 if any target had an error or a non-2xx answer.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';

const TARGETS = ['/', '/?country=KAZ', '/api/countries', '/api/ties?pair=ISR~KAZ'] as const;
const CONNECTIONS = 50;
const DEFAULT_SECONDS = 20;
const MAX_SECONDS = 120;
const OWN_PORT = 3601;
const START_TIMEOUT_MS = 60_000;
/** A request slower than this counts as an error (a timeout). */
const REQUEST_TIMEOUT_S = 10;
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

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

async function answers(url: string): Promise<number | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  }
}

async function startServer(port: number): Promise<ChildProcess> {
  const root = process.cwd();
  if (!existsSync(path.join(root, 'dist', 'current', 'server.js'))) {
    throw new Error('no production build: run `npm run build` first');
  }
  const base = `http://localhost:${port}/`;
  if ((await answers(base)) !== null) {
    throw new Error(`something already answers on port ${port}; stop it or set LOADTEST_URL`);
  }
  // node directly, not through npm: stopping a wrapper would leave the server on the port.
  const server = spawn(process.execPath, ['server.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: `${port}`, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited:\n${output}`);
    if ((await answers(base)) === 200) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stopServer(server);
  throw new Error(`the server did not answer within ${START_TIMEOUT_MS / 1000} s:\n${output}`);
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGTERM');
  const killTimer = setTimeout(() => server.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(killTimer);
}

async function measure(base: URL, target: string, seconds: number): Promise<Row> {
  const url = new URL(target, base).href;
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
    connections: CONNECTIONS,
    duration: seconds,
    timeout: REQUEST_TIMEOUT_S,
  });
  return {
    target,
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

async function main(): Promise<number> {
  const seconds = secondsFromEnv();
  const given = baseFromEnv();
  const server = given ? null : await startServer(OWN_PORT);
  const stop = () => {
    if (server) server.kill('SIGTERM');
    process.exit(130);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let done = false;
  // Say so if our server dies under load (or is killed from outside): the rows after it are void.
  server?.once('exit', (code, signal) => {
    if (!done) console.error(`the server (pid ${server.pid}) exited mid-run: ${signal ?? code}`);
  });
  try {
    const base = given ?? new URL(`http://localhost:${OWN_PORT}/`);
    console.log(
      `${base.origin}: ${TARGETS.length} targets × ${CONNECTIONS} connections × ${seconds} s` +
        ` (${server ? `own server, pid ${server.pid}` : 'given server'})`,
    );
    const rows: Row[] = [];
    for (const target of TARGETS) {
      const row = await measure(base, target, seconds);
      console.log(`  ${target}: ${row.requestsPerSecond.toFixed(0)} req/s`);
      rows.push(row);
    }
    console.log(`\n${table(rows)}\n`);
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
    if (server) await stopServer(server);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
