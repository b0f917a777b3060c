/**
 * Lighthouse 12 (its CLI, one process and one fresh Chrome per run) on each page, with the
 * desktop preset and the default mobile one, performance category only. Runs go round the pages
 * (page 1, 2, 3, 4, page 1, …) so a burst of load on the machine does not land on one page.
 * Throttling is Lighthouse's default "simulate": the page loads at full speed and the metrics are
 * computed for the preset's network and CPU.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROME_FLAGS, CHROME_PATH, ROOT, type View } from './config';
import { spawnGroup, stopGroup } from './processes';
import { medianBy } from './stats';

export type Preset = 'desktop' | 'mobile';
export const PRESETS: readonly Preset[] = ['desktop', 'mobile'];

export interface LighthouseRun {
  /** Performance score, 0-100. */
  score: number | null;
  fcp: number | null;
  lcp: number | null;
  tbt: number | null;
  cls: number | null;
  totalBytes: number | null;
  /** Elements behind the largest layout shifts (Lighthouse's layout-shifts audit), with scores. */
  shifts?: string[];
  /** The longest main-thread tasks (long-tasks audit): URL and duration. */
  longTasks?: string[];
  error?: string;
  /** Set when this run replaced one that failed (Lighthouse sometimes loses the trace). */
  retryOf?: string;
}

export interface LighthouseResult {
  preset: Preset;
  view: View['id'];
  path: string;
  runs: LighthouseRun[];
  /** Median of each metric over the runs that produced it. */
  median: Pick<LighthouseRun, 'score' | 'fcp' | 'lcp' | 'tbt' | 'cls' | 'totalBytes'>;
}

const RUN_TIMEOUT_MS = 180_000;

interface LighthouseJson {
  runtimeError?: { code: string; message: string };
  categories?: { performance?: { score: number | null } };
  audits?: Record<
    string,
    {
      numericValue?: number;
      errorMessage?: string;
      details?: { items?: Array<Record<string, unknown>> };
    }
  >;
}

function items(report: LighthouseJson, id: string): Array<Record<string, unknown>> {
  return report.audits?.[id]?.details?.items ?? [];
}

function shiftCulprits(report: LighthouseJson): string[] {
  return items(report, 'layout-shifts')
    .slice(0, 3)
    .map((item) => {
      const node = item.node as { selector?: string; snippet?: string } | undefined;
      const score = typeof item.score === 'number' ? item.score.toFixed(3) : '?';
      return `${score} ${node?.selector ?? node?.snippet ?? 'unknown element'}`;
    });
}

function longestTasks(report: LighthouseJson, origin: string): string[] {
  return items(report, 'long-tasks')
    .filter((item) => typeof item.duration === 'number')
    .sort((a, b) => (b.duration as number) - (a.duration as number))
    .slice(0, 3)
    .map(
      (item) => `${Math.round(item.duration as number)} ms ${String(item.url).replace(origin, '')}`,
    );
}

function metric(report: LighthouseJson, id: string): number | null {
  const value = report.audits?.[id]?.numericValue;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

async function runOnce(url: string, preset: Preset, dir: string, index: number) {
  const output = path.join(dir, `run-${index}.json`);
  const args = [
    path.join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js'),
    url,
    '--output=json',
    `--output-path=${output}`,
    '--only-categories=performance',
    '--quiet',
    `--chrome-flags=${['--headless=new', '--no-sandbox', ...CHROME_FLAGS].join(' ')}`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const child = spawnGroup(
    process.execPath,
    args,
    { env: { ...process.env, CHROME_PATH }, stdio: ['ignore', 'ignore', 'pipe'] },
    'SIGINT',
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const timer = setTimeout(() => void stopGroup(child), RUN_TIMEOUT_MS);
  const code = await exit;
  clearTimeout(timer);

  const failed = (error: string): LighthouseRun => ({
    score: null,
    fcp: null,
    lcp: null,
    tbt: null,
    cls: null,
    totalBytes: null,
    error,
  });
  let report: LighthouseJson;
  try {
    report = JSON.parse(await readFile(output, 'utf8')) as LighthouseJson;
  } catch {
    return failed(`lighthouse exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
  }
  const score = report.categories?.performance?.score;
  const run: LighthouseRun = {
    score: typeof score === 'number' ? Math.round(score * 100) : null,
    fcp: metric(report, 'first-contentful-paint'),
    lcp: metric(report, 'largest-contentful-paint'),
    tbt: metric(report, 'total-blocking-time'),
    cls: metric(report, 'cumulative-layout-shift'),
    totalBytes: metric(report, 'total-byte-weight'),
    shifts: shiftCulprits(report),
    longTasks: longestTasks(report, new URL(url).origin),
  };
  if (report.runtimeError)
    run.error = `${report.runtimeError.code}: ${report.runtimeError.message}`;
  return run;
}

export async function measureLighthouse(
  origin: string,
  views: readonly View[],
  runs: number,
  log: (line: string) => void,
): Promise<LighthouseResult[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'accords-bench-lh-'));
  const results: LighthouseResult[] = [];
  try {
    let index = 0;
    for (const preset of PRESETS) {
      const byView = new Map<View['id'], LighthouseRun[]>(views.map((v) => [v.id, []]));
      for (let run = 1; run <= runs; run++) {
        const line: string[] = [];
        for (const view of views) {
          const started = Date.now();
          let result = await runOnce(origin + view.path, preset, dir, index++);
          if (result.score === null) {
            const retry = await runOnce(origin + view.path, preset, dir, index++);
            result = { ...retry, retryOf: result.error ?? 'no score' };
          }
          byView.get(view.id)!.push(result);
          const took = ((Date.now() - started) / 1000).toFixed(0);
          line.push(
            result.score === null
              ? `${view.id} ERROR (${(result.error ?? 'no score').slice(0, 80)})`
              : `${view.id} ${result.score} (${took}s${result.retryOf ? ', retried' : ''})`,
          );
        }
        log(`  lighthouse ${preset} run ${run}/${runs}: ${line.join(', ')}`);
      }
      for (const view of views) {
        const viewRuns = byView.get(view.id)!;
        results.push({
          preset,
          view: view.id,
          path: view.path,
          runs: viewRuns,
          median: {
            score: medianBy(viewRuns, (r) => r.score),
            fcp: medianBy(viewRuns, (r) => r.fcp),
            lcp: medianBy(viewRuns, (r) => r.lcp),
            tbt: medianBy(viewRuns, (r) => r.tbt),
            cls: medianBy(viewRuns, (r) => r.cls),
            totalBytes: medianBy(viewRuns, (r) => r.totalBytes),
          },
        });
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return results;
}
