/**
 * What the bench measures and where: the server port, the browser, the views and how many runs.
 * Every count can be changed from the environment (see bench/README.md).
 */
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
export const RESULTS_DIR = path.join(ROOT, 'bench', 'results');

/** Ports 3100-3400 belong to the e2e suites; the bench keeps to 3500 and up. */
export const PORT = Number(process.env.BENCH_PORT ?? 3500);

/** Debian's Chromium: the one browser on these machines, used by Playwright and Lighthouse alike. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags shared by every browser the bench starts (the e2e suite uses the same). */
export const CHROME_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
];

/** The desktop window of the Playwright measurements (the e2e suite's viewport). */
export const VIEWPORT = { width: 1280, height: 800 };

export interface View {
  id: 'baseline' | 'home' | 'country' | 'pair';
  /** How the table names it. */
  label: string;
  /** Path and query on the bench server. */
  path: string;
}

/** The bare MapLibre page (bench/baseline.html, copied to public/bench/ at bench time). */
export const BASELINE: View = {
  id: 'baseline',
  label: 'baseline',
  path: '/bench/baseline.html',
};

/** The app's views the issue names. */
export const APP_VIEWS: readonly View[] = [
  { id: 'home', label: '/', path: '/' },
  { id: 'country', label: '/?country=KAZ', path: '/?country=KAZ' },
  { id: 'pair', label: '/?pair=ISR~KAZ&date=2025-11-07', path: '/?pair=ISR~KAZ&date=2025-11-07' },
];

export const ALL_VIEWS: readonly View[] = [BASELINE, ...APP_VIEWS];

/** Every view, with the baseline at the path it is actually served from in this run. */
export function allViews(baselinePath: string): View[] {
  return [{ ...BASELINE, path: baselinePath }, ...APP_VIEWS];
}

function count(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be an integer >= ${min}, got "${raw}"`);
  }
  return value;
}

export const RUNS = {
  /** Lighthouse runs per page and preset (`BENCH_RUNS`). */
  lighthouse: count('BENCH_RUNS', 3),
  /** Page loads per view for the time to first idle (`BENCH_IDLE_RUNS`). */
  idle: count('BENCH_IDLE_RUNS', 7),
  /** Repetitions of each interaction (`BENCH_REPS`). */
  interaction: count('BENCH_REPS', 20),
};

export const MODULES = ['lighthouse', 'bytes', 'idle', 'interaction'] as const;
export type ModuleId = (typeof MODULES)[number];

/** `BENCH_ONLY=idle,bytes` runs only those measurements (for working on the bench itself). */
export function selectedModules(): ModuleId[] {
  const raw = process.env.BENCH_ONLY;
  if (!raw) return [...MODULES];
  const wanted = raw.split(',').map((s) => s.trim());
  const unknown = wanted.filter((id) => !(MODULES as readonly string[]).includes(id));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown module(s) ${unknown.join(', ')}`);
  return MODULES.filter((id) => wanted.includes(id));
}
