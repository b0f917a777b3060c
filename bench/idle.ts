/**
 * Time from navigation to the map's first `idle`: for each view, fresh browser contexts (empty
 * cache) load the page and the harness timestamps the moment the map container first gets
 * data-map-idle="true" (performance.now(), i.e. ms since navigation start). Views take turns run
 * by run, so a burst of load on the machine hits them all alike; one unrecorded load per view
 * warms the server first.
 */
import type { Browser } from '@playwright/test';
import { launchBrowser, newContext, waitForFirstIdle } from './browser';
import { type View } from './config';
import { type Summary, summarize } from './stats';

export interface IdleRun {
  ms: number;
  /** data-map-view when it went idle (the app's view key; "baseline" for the baseline). */
  view: string | null;
}

export interface IdleResult {
  view: View['id'];
  path: string;
  runs: IdleRun[];
  errors: string[];
  summary: Summary | null;
  /** Size of the map container in the 1280×800 window, to show the baseline draws as much. */
  mapBox: { width: number; height: number } | null;
}

async function loadOnce(browser: Browser, origin: string, view: View) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(origin + view.path, { waitUntil: 'commit' });
    const ms = await waitForFirstIdle(page);
    const [mapView, box] = await Promise.all([
      page.evaluate('window.__benchHarness.firstIdleView') as Promise<string | null>,
      page.getByTestId('map:container').boundingBox(),
    ]);
    return { ms, view: mapView, box };
  } finally {
    await context.close();
  }
}

export async function measureIdle(
  origin: string,
  views: readonly View[],
  runs: number,
  log: (line: string) => void,
): Promise<IdleResult[]> {
  const browser = await launchBrowser();
  const results = new Map<View['id'], IdleResult>(
    views.map((v) => [
      v.id,
      { view: v.id, path: v.path, runs: [], errors: [], summary: null, mapBox: null },
    ]),
  );
  try {
    for (const view of views) {
      await loadOnce(browser, origin, view).catch(() => undefined); // warm-up
    }
    for (let run = 1; run <= runs; run++) {
      const line: string[] = [];
      for (const view of views) {
        const result = results.get(view.id)!;
        try {
          // One retry: on a shared machine the server can be killed and restarted under us.
          const {
            ms,
            view: mapView,
            box,
          } = await loadOnce(browser, origin, view).catch(async (error: unknown) => {
            result.errors.push(`retried: ${String(error).split('\n')[0]}`);
            await new Promise((resolve) => setTimeout(resolve, 3000));
            return loadOnce(browser, origin, view);
          });
          result.runs.push({ ms, view: mapView });
          result.mapBox ??= box ? { width: box.width, height: box.height } : null;
          line.push(`${view.id} ${Math.round(ms)}`);
        } catch (error) {
          result.errors.push(String(error).split('\n')[0]!);
          line.push(`${view.id} ERROR`);
        }
      }
      log(`  idle run ${run}/${runs}: ${line.join(', ')} ms`);
    }
  } finally {
    await browser.close();
  }
  return [...results.values()].map((r) => ({
    ...r,
    summary: summarize(r.runs.map((run) => run.ms)),
  }));
}
