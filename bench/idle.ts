/**
 * Navigation → the map's first `idle`, for the baseline and each app view on each server: fresh
 * browser contexts (empty cache) load the page, and the harness timestamps the moment the map
 * container first gets data-map-idle="true" (ms since navigation start). Recorded with it: the
 * blocking time of the long tasks before that moment, the main thread's script time (CDP's
 * ScriptDuration: parsing the payload, hydration, MapLibre start-up), and the CPU time every
 * process of the browser and the servers spent until the idle was seen (bench/cpu.ts), also by
 * part (the page's main thread, MapLibre's worker, the GPU process…). Pages take turns run by run,
 * so a burst of load on the machine hits them all alike; one unrecorded load each warms up first.
 */
import type { Browser } from '@playwright/test';
import { launchBrowser, newContext, waitForFirstIdle } from './browser';
import { type CpuPart, cpuByPartBetween, descendantsCpu, meanByPart } from './cpu';
import { type Summary, summarize } from './stats';

export interface IdleTarget {
  /** How the report names it, e.g. "1× /?country=KAZ". */
  label: string;
  url: string;
}

export interface IdleResult {
  label: string;
  url: string;
  idle: Summary | null;
  blocking: Summary | null;
  script: Summary | null;
  /** CPU ms of the browser's processes and the servers from navigation to the idle seen. */
  cpu: Summary | null;
  /** The same CPU by part, the mean of the runs (means add up to the mean total; medians do not). */
  cpuByPart: Record<CpuPart, number> | null;
  errors: string[];
}

async function loadOnce(browser: Browser, url: string) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const cpuBefore = descendantsCpu();
    await page.goto(url, { waitUntil: 'commit' });
    const idle = await waitForFirstIdle(page);
    const cpuByPart = cpuByPartBetween(cpuBefore, descendantsCpu());
    const cpu = Object.values(cpuByPart).reduce((sum, ms) => sum + ms, 0);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const script = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000;
    const blocking = (await page.evaluate('window.__benchHarness.blockingBeforeIdle()')) as number;
    return { idle, blocking, script, cpu, cpuByPart };
  } finally {
    await context.close();
  }
}

export async function measureIdle(
  targets: readonly IdleTarget[],
  runs: number,
  log: (line: string) => void,
): Promise<IdleResult[]> {
  const browser = await launchBrowser();
  const samples = targets.map(() => ({
    idle: [] as number[],
    blocking: [] as number[],
    script: [] as number[],
    cpu: [] as number[],
    cpuByPart: [] as Array<Record<CpuPart, number>>,
    errors: [] as string[],
  }));
  try {
    for (const target of targets) await loadOnce(browser, target.url).catch(() => undefined);
    for (let run = 1; run <= runs; run++) {
      const line: string[] = [];
      for (const [i, target] of targets.entries()) {
        try {
          const { idle, blocking, script, cpu, cpuByPart } = await loadOnce(browser, target.url);
          samples[i]!.idle.push(idle);
          samples[i]!.blocking.push(blocking);
          samples[i]!.script.push(script);
          samples[i]!.cpu.push(cpu);
          samples[i]!.cpuByPart.push(cpuByPart);
          line.push(`${target.label} ${Math.round(idle)}`);
        } catch (error) {
          samples[i]!.errors.push(String(error).split('\n')[0]!);
          line.push(`${target.label} ERROR`);
        }
      }
      log(`  idle run ${run}/${runs}: ${line.join(', ')} ms`);
    }
  } finally {
    await browser.close();
  }
  return targets.map((target, i) => ({
    ...target,
    idle: summarize(samples[i]!.idle),
    blocking: summarize(samples[i]!.blocking),
    script: summarize(samples[i]!.script),
    cpu: summarize(samples[i]!.cpu),
    cpuByPart: meanByPart(samples[i]!.cpuByPart),
    errors: samples[i]!.errors,
  }));
}
