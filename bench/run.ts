/**
 * `npm run bench`: builds this project and a copy of it with a synthetic dataset `FACTOR` times
 * larger (bench/scaled.ts), serves both with the production server (server.mjs on dist/current),
 * then measures in one run: what each page and API answer costs the server (bytes, CPU, latency),
 * time to first idle and blocking time against a bare MapLibre baseline page (also the baseline's
 * map in the smallest Next.js page, bench/floor.ts, and each view's own map in bare MapLibre,
 * bench/same-map.ts), interactions, and
 * first-load JS from the build's own manifests. Writes bench/results/latest.{json,md}.
 *
 * Exits 0 when every measurement ran, whether or not targets were met (missed ones print MISSED);
 * 1 when a measurement could not run. See bench/README.md for the environment variables.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { copyBaselineAssets } from './assets';
import { measureBytes } from './bytes';
import {
  API_PATHS,
  APP_VIEWS,
  BASELINE,
  CHROME_PATH,
  FACTOR,
  NEXT_FLOOR_LABEL,
  PORT,
  RESULTS_DIR,
  ROOT,
  RUNS,
  SERVER_SAMPLING,
  WITHOUT_DATA_LAYERS,
} from './config';
import { buildFloor, startFloor } from './floor';
import { PathSampler } from './http';
import { type IdleTarget, measureIdle } from './idle';
import { measureInteraction } from './interaction';
import { killAllSync, spawnGroup, stopAll } from './processes';
import { type BenchResults, checkTargets, renderReport, scaledLabel } from './report';
import { prepareScaledProject, SCALED_DIR } from './scaled';
import { captureSameMaps, sameMapLabel, sameMapPath } from './same-map';
import { type Server, startServer } from './server';

const SEED = 1;
const log = (line: string) => console.log(line);
const load = () =>
  os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join('/');

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

async function build(dir: string): Promise<void> {
  if (process.env.BENCH_SKIP_BUILD === '1' && existsSync(path.join(dir, 'dist', 'current'))) {
    return log(`BENCH_SKIP_BUILD=1: serving ${dir}/dist/current as it is.`);
  }
  log(`Building ${dir} (npm run build)…`);
  const child = spawnGroup('npm', ['run', 'build'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`npm run build in ${dir} exited with ${code}`);
}

async function main(): Promise<number> {
  const started = Date.now();
  const loadBefore = load();
  log(`Accords Atlas bench: 1× and ${FACTOR}× data; load average ${loadBefore}`);
  await build(ROOT);
  prepareScaledProject(FACTOR, SEED, log);
  await build(SCALED_DIR);
  await buildFloor(SCALED_DIR, log);
  // Into the served release only, never into the sources.
  const benchDir = path.join(ROOT, 'dist', 'current', 'public', 'bench');
  await copyBaselineAssets(benchDir);
  // The views' own maps, captured from a server that is then stopped: the server started below
  // lists its public files when it starts, so it serves the captured ones.
  log('Capturing each view’s map for the same-map pages (bench/same-map.ts)…');
  const capturing = await startServer(ROOT, PORT);
  try {
    await captureSameMaps(capturing.origin, APP_VIEWS, benchDir);
  } finally {
    await capturing.stop();
  }

  const errors: string[] = [];
  const step = async <T>(title: string, run: () => Promise<T>): Promise<T | null> => {
    log(`\n${title}`);
    const t0 = Date.now();
    try {
      const value = await run();
      log(`  (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
      return value;
    } catch (error) {
      errors.push(`${title}: ${String(error).split('\n')[0]}`);
      log(`  FAILED ${String(error)}`);
      return null;
    }
  };

  const servers: Server[] = [];
  let results: Pick<BenchResults, 'bytes' | 'http' | 'idle' | 'interaction'>;
  try {
    const x1 = await startServer(ROOT, PORT);
    servers.push(x1);
    const scaled = await startServer(SCALED_DIR, PORT + 1);
    servers.push(scaled);
    const floor = await startFloor(SCALED_DIR, PORT + 2);
    servers.push(floor);
    log(
      `Serving 1× on ${x1.origin}, ${FACTOR}× on ${scaled.origin} and the Next floor on ${floor.origin}.`,
    );

    const bytes = await step('First-load JavaScript (build manifests)', async () =>
      measureBytes(path.join(ROOT, 'dist', 'current')),
    );
    const http = await step('Pages and API answers: bytes, server CPU, latency', async () => {
      const paths = [...APP_VIEWS.map((v) => v.path), ...API_PATHS];
      const samplers = paths.map((p) => ({
        x1: new PathSampler(x1, p),
        scaled: new PathSampler(scaled, p),
      }));
      for (const { x1: a, scaled: b } of samplers) {
        await a.warm(SERVER_SAMPLING.warmUp);
        await b.warm(SERVER_SAMPLING.warmUp);
      }
      // Paths take turns, and each path runs on one server then the other: load on the machine
      // and the servers' warmth hit every path and both datasets alike.
      for (let round = 0; round < SERVER_SAMPLING.rounds; round++) {
        for (const { x1: a, scaled: b } of samplers) {
          await a.sample(SERVER_SAMPLING.perRound);
          await b.sample(SERVER_SAMPLING.perRound);
        }
      }
      const out = {
        x1: samplers.map((s) => s.x1.result()),
        scaled: samplers.map((s) => s.scaled.result()),
      };
      out.x1.forEach((a, i) => {
        const b = out.scaled[i]!;
        log(
          `  ${a.path}: ${(a.gzipBytes / 1024).toFixed(1)} → ${(b.gzipBytes / 1024).toFixed(1)} KB gzip, CPU ${a.cpuMs.toFixed(1)} → ${b.cpuMs.toFixed(1)} ms`,
        );
      });
      return out;
    });
    const targets: IdleTarget[] = [
      { label: BASELINE.id, url: x1.origin + BASELINE.path },
      { label: NEXT_FLOOR_LABEL, url: `${floor.origin}/` },
      ...APP_VIEWS.map((v) => ({ label: sameMapLabel(v), url: x1.origin + sameMapPath(v) })),
      ...APP_VIEWS.map((v) => ({ label: v.path, url: x1.origin + v.path })),
      { label: WITHOUT_DATA_LAYERS.path, url: x1.origin + WITHOUT_DATA_LAYERS.path },
      ...APP_VIEWS.map((v) => ({
        label: scaledLabel(FACTOR, v.path),
        url: scaled.origin + v.path,
      })),
    ];
    const idle = await step('Navigation → first idle', () => measureIdle(targets, RUNS.idle, log));
    const interaction = await step('Interactions', () =>
      measureInteraction(
        { x1: x1.origin, scaled: scaled.origin },
        x1.origin + BASELINE.path,
        RUNS.interaction,
        log,
      ),
    );
    results = { bytes, http, idle, interaction };
  } finally {
    for (const server of servers) await server.stop();
  }

  const dirty = quiet('git', ['status', '--porcelain']);
  const chromium = /[\d.]+/.exec(quiet(CHROME_PATH, ['--version']))?.[0] ?? 'unknown';
  const output: BenchResults = {
    startedAt: new Date(started).toISOString(),
    durationSeconds: (Date.now() - started) / 1000,
    machine:
      `${os.cpus().length} × ${os.cpus()[0]?.model.replace(/\s+/g, ' ').trim()}, Node ${process.version.slice(1)}, ` +
      `Chromium ${chromium} (WebGL on SwiftShader, CPU); load average (1/5/15 min) ${loadBefore} before, ${load()} after`,
    git: {
      commit: quiet('git', ['rev-parse', 'HEAD']),
      dirty: dirty !== '' && dirty !== 'unknown',
    },
    runs: RUNS,
    factor: FACTOR,
    ...results,
    targets: [],
    errors,
  };
  output.targets = checkTargets(output);
  const report = renderReport(output);
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(path.join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(output, null, 2)}\n`);
  await writeFile(path.join(RESULTS_DIR, 'latest.md'), `${report}\n`);
  log(`\n${report}\n\nWrote bench/results/latest.json and latest.md.`);
  return errors.length > 0 ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`\n${signal}: stopping the servers…`);
    void stopAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}
process.on('exit', killAllSync);

main().then(
  (code) => (process.exitCode = code),
  async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await stopAll();
    process.exitCode = 1;
  },
);
