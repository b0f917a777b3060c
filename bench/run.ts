/**
 * `npm run bench`: build for production, copy the baseline page into public/bench/, serve with
 * `next start` on port 3500, measure (bytes, time to first idle, interaction, Lighthouse), write
 * bench/results/latest.json and latest.md, print the tables and the target checks.
 *
 * Exits 0 when every measurement ran, whether or not targets were met (missed ones print MISSED);
 * exits 1 when a measurement could not run. See bench/README.md for the environment variables.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  allowsSameOriginScripts,
  baselineUrlPath,
  copyBaselineAssets,
  PUBLIC_BENCH_DIR,
} from './assets';
import { measureBytes } from './bytes';
import {
  allViews,
  CHROME_PATH,
  PORT,
  RESULTS_DIR,
  ROOT,
  RUNS,
  type ModuleId,
  selectedModules,
} from './config';
import { measureIdle } from './idle';
import { measureInteraction } from './interaction';
import { measureLighthouse } from './lighthouse';
import { killAllSync, spawnGroup, stopAll } from './processes';
import { type BenchResults, checkTargets, type Machine, renderReport } from './report';
import { type Server, startServer } from './server';

const log = (line: string) => console.log(line);

function quiet(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

function packageVersion(name: string): string {
  try {
    const file = path.join(ROOT, 'node_modules', name, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function osName(): string {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^PRETTY_NAME="?([^"\n]*)"?/m.exec(release)?.[1] ?? `${os.type()} ${os.release()}`;
  } catch {
    return `${os.type()} ${os.release()}`;
  }
}

function machine(loadBefore: number[]): Machine {
  const cpus = os.cpus();
  const cpuModel = cpus[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  const chromium = /[\d.]+/.exec(quiet(CHROME_PATH, ['--version']))?.[0] ?? 'unknown';
  const memoryGb = Math.round((os.totalmem() / 2 ** 30) * 10) / 10;
  const loadAfter = os.loadavg();
  const load = (l: number[]) => l.map((v) => v.toFixed(2)).join('/');
  const info = {
    cpus: cpus.length,
    cpuModel,
    memoryGb,
    os: osName(),
    node: process.version,
    chromium,
    lighthouse: packageVersion('lighthouse'),
    maplibre: packageVersion('maplibre-gl'),
    next: packageVersion('next'),
    loadBefore,
    loadAfter,
  };
  return {
    ...info,
    line:
      `${info.cpus} × ${cpuModel}, ${memoryGb} GB RAM, ${info.os}, Node ${info.node.slice(1)}, ` +
      `Chromium ${chromium} (WebGL on SwiftShader, CPU), Next ${info.next}, MapLibre ${info.maplibre}, ` +
      `Lighthouse ${info.lighthouse}; load average (1/5/15 min) ${load(loadBefore)} before, ${load(loadAfter)} after`,
  };
}

async function build(): Promise<void> {
  log('Building (npm run build)…');
  const child = spawnGroup('npm', ['run', 'build'], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`npm run build exited with ${code}`);
}

/** The baseline page's Content-Security-Policy header (null when none); throws unless it is served. */
async function baselinePolicy(server: Server, baselinePath: string): Promise<string | null> {
  const response = await fetch(server.origin + baselinePath);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${baselinePath}: HTTP ${response.status}`);
  return response.headers.get('content-security-policy');
}

async function main(): Promise<number> {
  const started = Date.now();
  const loadBefore = os.loadavg();
  const modules = selectedModules();
  log(
    `Accords Atlas bench: ${modules.join(', ')}; Lighthouse ${RUNS.lighthouse}×, idle ${RUNS.idle}×, ` +
      `interaction ${RUNS.interaction}×; load average ${loadBefore.map((v) => v.toFixed(2)).join(' ')}`,
  );

  // Before the build and the server: `next start` serves public/ as it was when it started.
  const copied = await copyBaselineAssets();
  log(`Baseline page copied to public/bench/ (${copied.length} files).`);
  if (process.env.BENCH_SKIP_BUILD === '1')
    log('BENCH_SKIP_BUILD=1: using the existing .next build.');
  else await build();
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID')))
    throw new Error('No production build in .next');
  if (!existsSync(path.join(ROOT, 'public', 'geo', 'countries.topo.json'))) {
    throw new Error('public/geo/countries.topo.json is missing: run `npm run assets:build`');
  }

  log(`Starting next start on port ${PORT}…`);
  const server = await startServer(PORT);
  const errors: string[] = [];
  const baselinePath = baselineUrlPath(PUBLIC_BENCH_DIR);
  // proxy.ts skips /bench/, which then gets the static-file policy (`script-src 'self'`).
  const csp = await baselinePolicy(server, baselinePath);
  if (!allowsSameOriginScripts(csp)) {
    await server.stop();
    throw new Error(
      `${baselinePath} cannot run its scripts under its CSP (${csp}): check proxy.ts`,
    );
  }
  const views = allViews(baselinePath);
  log(`Baseline: ${baselinePath}`);
  const results: Pick<BenchResults, 'lighthouse' | 'bytes' | 'idle' | 'interaction'> = {
    lighthouse: null,
    bytes: null,
    idle: null,
    interaction: null,
  };
  const step = async <T>(id: ModuleId, title: string, run: () => Promise<T>): Promise<T | null> => {
    if (!modules.includes(id)) return null;
    const gone = server.died();
    if (gone) {
      errors.push(`${id}: not run, ${gone}`);
      return null;
    }
    const t0 = Date.now();
    log(`\n${title}`);
    try {
      const value = await run();
      log(`  (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
      const diedDuring = server.died();
      if (diedDuring) throw new Error(`the server died during this step: ${diedDuring}`);
      return value;
    } catch (error) {
      const message = `${id}: ${error instanceof Error ? error.message : String(error)}`;
      errors.push(message.split('\n')[0]!);
      log(`  FAILED ${message}`);
      return null;
    }
  };
  try {
    const origin = server.origin;
    results.bytes = await step('bytes', 'Bytes of the first view', () =>
      measureBytes(origin, '/', log).catch(() => measureBytes(origin, '/', log)),
    );
    results.idle = await step('idle', 'Navigation → first idle', () =>
      measureIdle(origin, views, RUNS.idle, log),
    );
    results.interaction = await step('interaction', 'Interaction latency', () =>
      measureInteraction(origin, baselinePath, RUNS.interaction, log),
    );
    results.lighthouse = await step('lighthouse', 'Lighthouse', () =>
      measureLighthouse(origin, views, RUNS.lighthouse, log),
    );
  } finally {
    await server.stop();
  }

  const dirty = quiet('git', ['status', '--porcelain']);
  const output: BenchResults = {
    startedAt: new Date(started).toISOString(),
    finishedAt: new Date().toISOString(),
    durationSeconds: (Date.now() - started) / 1000,
    machine: machine(loadBefore),
    git: {
      commit: quiet('git', ['rev-parse', 'HEAD']),
      dirty: dirty !== '' && dirty !== 'unknown',
    },
    runs: RUNS,
    modules,
    serverRestarts: server.restarts(),
    baseline: {
      path: baselinePath,
      note: 'served from public/bench/',
    },
    ...results,
    targets: checkTargets(results),
    errors,
  };
  const report = renderReport(output);
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(path.join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(output, null, 2)}\n`);
  await writeFile(path.join(RESULTS_DIR, 'latest.md'), `${report}\n`);
  log(`\n${report}\n\nWrote bench/results/latest.json and latest.md.`);
  return errors.length > 0 ? 1 : 0;
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: stopping the server and any Lighthouse run…`);
    void stopAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}
process.on('exit', killAllSync);

main().then(
  (code) => {
    process.exitCode = code;
  },
  async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await stopAll();
    process.exitCode = 1;
  },
);
