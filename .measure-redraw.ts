/**
 * Before/after measurement for issue 12 item 2 (not a test): date change → map idle, and main-
 * thread task time per hover change, for two builds served in turn on one port, with the bench's
 * bare-MapLibre baseline repaint measured in the same browser run. Usage:
 *   tsx .measure-redraw.ts <label>=<dir with server.mjs> ...
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { copyBaselineAssets } from './bench/assets';

const PORT = 3201;
const ORIGIN = `http://localhost:${PORT}`;
const ASSETS = '/tmp/wtmap-measure/bench';
const REPS = Number(process.env.REPS ?? 24);
const WARM = 3;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const fmt = (xs: number[]) =>
  `n=${xs.length} p50 ${pct(xs, 50).toFixed(1)} p95 ${pct(xs, 95).toFixed(1)} ms`;

async function startServer(dir: string): Promise<ChildProcess> {
  const child = spawn('node', ['server.mjs'], {
    cwd: dir,
    env: { ...process.env, PORT: String(PORT), NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${ORIGIN}/api/health`)).ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error(`server in ${dir} did not start`);
}

async function routeBaseline(page: Page) {
  await page.route('**/bench/**', async (route) => {
    const file = path.join(ASSETS, new URL(route.request().url()).pathname.replace(/^\/bench\//, ''));
    if (!existsSync(file)) return route.fulfill({ status: 404 });
    const type = file.endsWith('.html')
      ? 'text/html'
      : file.endsWith('.css')
        ? 'text/css'
        : file.endsWith('.json')
          ? 'application/json'
          : 'text/javascript';
    await route.fulfill({ body: readFileSync(file), contentType: type });
  });
}

async function baselineRepaints(page: Page): Promise<number[]> {
  await routeBaseline(page);
  await page.goto(`${ORIGIN}/bench/baseline.html`);
  await page.waitForFunction('window.__bench && window.__bench.firstIdle !== null', null, {
    timeout: 60_000,
  });
  const out: number[] = [];
  for (let i = 0; i < WARM + REPS; i++) {
    const ms = (await page.evaluate('window.__bench.repaint()')) as number;
    if (i >= WARM) out.push(ms);
  }
  return out;
}

async function taskMs(page: Page, cdp: import('@playwright/test').CDPSession) {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return 1000 * metrics.find((m) => m.name === 'TaskDuration')!.value;
}

async function measureApp(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${ORIGIN}/?date=2020-09-20&map=2.6/38/30`);
  await page.waitForSelector('[data-testid="map:container"][data-map-idle="true"]', {
    timeout: 60_000,
  });
  const days = [
    ...new Set(
      await page
        .locator('[role="toolbar"] button[data-day]')
        .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-day')!)),
    ),
  ];
  const dateMs: number[] = [];
  const dateTask: number[] = [];
  let failures = 0;
  for (let i = 0; i < WARM + REPS; i++) {
    const day = days[(i * 7) % days.length]!;
    const before = await taskMs(page, cdp);
    const ms = (await page.evaluate(
      (d) =>
        new Promise<number>((resolve) => {
          const el = document.querySelector('[data-testid="map:container"]')!;
          const t0 = performance.now();
          const check = () => {
            const v = el.getAttribute('data-map-view') ?? '';
            if (el.getAttribute('data-map-idle') === 'true' && v.includes(`date=${d}`)) {
              obs.disconnect();
              resolve(performance.now() - t0);
            }
          };
          const obs = new MutationObserver(check);
          obs.observe(el, { attributes: true });
          if ((el.getAttribute('data-map-view') ?? '').includes(`date=${d};`)) resolve(-2);
          (document.querySelector(`[role="toolbar"] button[data-day="${d}"]`) as HTMLElement).click();
          setTimeout(() => {
            obs.disconnect();
            resolve(-1);
          }, 15_000);
        }),
      day,
    )) as number;
    await page.waitForTimeout(150);
    const after = await taskMs(page, cdp);
    if (ms < 0) {
      failures++;
      continue;
    }
    if (i >= WARM) {
      dateMs.push(ms);
      dateTask.push(after - before);
    }
  }
  // Hover: alternate the pointer between Morocco and Kazakhstan (camera 2.6/38/30).
  const box = (await page.locator('[data-testid="map:container"]').boundingBox())!;
  const project = (lon: number, lat: number) => {
    const scale = (512 * 2 ** 2.6) / (2 * Math.PI);
    const merc = (l: number) => Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360));
    return {
      x: box.x + box.width / 2 + scale * (((lon - 30) * Math.PI) / 180),
      y: box.y + box.height / 2 - scale * (merc(lat) - merc(38)),
    };
  };
  const points = [project(-5.5, 32), project(63, 50.5)];
  const hoverTask: number[] = [];
  for (let i = 0; i < WARM + REPS; i++) {
    const p = points[i % 2]!;
    const before = await taskMs(page, cdp);
    await page.mouse.move(p.x, p.y);
    await page.waitForTimeout(400);
    const after = await taskMs(page, cdp);
    if (i >= WARM) hoverTask.push(after - before);
  }
  // Idle reference: the same wait with nothing happening.
  const quiet: number[] = [];
  for (let i = 0; i < 8; i++) {
    const before = await taskMs(page, cdp);
    await page.waitForTimeout(400);
    quiet.push((await taskMs(page, cdp)) - before);
  }
  return { dateMs, dateTask, hoverTask, quiet, failures };
}

async function main() {
  await copyBaselineAssets(ASSETS);
  const builds = process.argv.slice(2).map((a) => a.split('=') as [string, string]);
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${os.cpus().length} cores`);
  for (const [label, dir] of builds) {
    const server = await startServer(dir);
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const base = await baselineRepaints(await context.newPage());
      const app = await measureApp(await context.newPage());
      const p95 = pct(base, 95);
      console.log(`\n[${label}] ${dir}`);
      console.log(`  baseline repaint → idle: ${fmt(base)}`);
      console.log(
        `  date change → idle:      ${fmt(app.dateMs)}  (p95 ${(pct(app.dateMs, 95) / p95).toFixed(1)}× baseline p95; ${app.failures} not redrawn)`,
      );
      console.log(`  date change main-thread task time: ${fmt(app.dateTask)}`);
      console.log(`  hover change main-thread task time (400 ms window): ${fmt(app.hoverTask)}`);
      console.log(`  quiet 400 ms window task time: ${fmt(app.quiet)}`);
    } finally {
      await browser.close();
      server.kill();
      await new Promise((r) => setTimeout(r, 1500));
    }
  }
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}
void main();
