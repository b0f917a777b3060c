/**
 * What the bench measures and where: ports, the browser, the views and how many runs. Every count
 * can be changed from the environment (see bench/README.md).
 */
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
export const RESULTS_DIR = path.join(ROOT, 'bench', 'results');

/**
 * The 1× server, on the next port the 10× one, then the Next floor (`BENCH_PORT`, default 3250).
 */
export const PORT = Number(process.env.BENCH_PORT ?? 3250);

/** Debian's Chromium: the one browser on these machines, as in the e2e suite. */
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

/** How many times larger the synthetic dataset is (`BENCH_FACTOR`). */
export const FACTOR = count('BENCH_FACTOR', 10, 2);

export interface View {
  id: 'baseline' | 'home' | 'country' | 'pair' | 'no-layers';
  /** Path and query on the bench server. */
  path: string;
}

/** The bare MapLibre page (bench/baseline.html, copied to public/bench/ at bench time). */
export const BASELINE: View = { id: 'baseline', path: '/bench/baseline.html' };

/**
 * How the report names the Next floor (bench/floor.ts): the baseline's map in the smallest Next.js
 * page, its `/` served on the port after the 10× server. Timed beside the views for comparison,
 * not checked against targets.
 */
export const NEXT_FLOOR_LABEL = 'Next floor';

/** The app's views the issue names. */
export const APP_VIEWS: readonly View[] = [
  { id: 'home', path: '/' },
  { id: 'country', path: '/?country=KAZ' },
  { id: 'pair', path: '/?pair=ISR~KAZ' },
];

/**
 * The first view with no data layer (no ties, minerals, hatching): what the page, React and the
 * base map cost without them. Timed beside the views for comparison, not checked against targets.
 */
export const WITHOUT_DATA_LAYERS: View = { id: 'no-layers', path: '/?layers=none' };

/** API answers timed against a page (one per kind of endpoint). */
export const API_PATHS = ['/api/countries/KAZ', '/api/events?country=KAZ', '/api/ties'];

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
  /**
   * Page loads per view and dataset for the time to first idle (`BENCH_IDLE_RUNS`). 9, not 5:
   * with medians of 5, each view's first idle against its own map moved by ±0.06× between runs of
   * the same code (`/` 1.10 / 1.14 / 1.27×, KAZ 1.19 / 1.26 / 1.16× in three runs on 28 Nov 2026),
   * so one view or another crossed the 1.2× line by chance. Each load adds ~11 s to a run.
   */
  idle: count('BENCH_IDLE_RUNS', 9),
  /** Repetitions of each interaction (`BENCH_REPS`). */
  interaction: count('BENCH_REPS', 20),
  /**
   * Measured requests per page or API path for server CPU and latency (`BENCH_REQUESTS`). 200,
   * not 50: a server keeps getting cheaper for a few hundred requests as V8 optimises its code
   * (SERVER_SAMPLING), and 50 left the ratios at the mercy of when that happened: the KAZ page's
   * growth at 10× read 1.52× and its ratio to an API answer 3.03× in one run with 50 (1.37× and
   * 3.33× with 200 in the next).
   */
  requests: count('BENCH_REQUESTS', 200),
};

/**
 * How each path's requests are taken (bench/http.ts, PathSampler): `warmUp` unmeasured requests
 * of every path first, then the paths take turns, `rounds` times, `perRound` requests each.
 *
 * 30, not 5: after 5, the first 50 requests of the 10× server were still getting cheaper as V8
 * optimised its code (10× `/?country=KAZ`, four batches of 50 on one fresh server: 28.8, 22.4,
 * 21.4, 21.4 ms; 1×: 19.8, 16.6, 16.4, 16.6), so the growth ratio measured how warm each server
 * was (1.23–1.54× in three runs of the same code). After 30: 22.6 then 20.4 ms (1×: 20.0, 15.2),
 * still falling: hence also 200 measured requests (RUNS.requests).
 */
export const SERVER_SAMPLING = {
  warmUp: 30,
  rounds: 5,
  perRound: Math.ceil(RUNS.requests / 5),
};
