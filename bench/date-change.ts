/**
 * `npm run bench:date`: only the date change → idle measurement and the baseline repaint it is
 * compared with (bench/interaction.ts), on this project's build as it is (`npm run build` first).
 * For working on the map's redraw without the whole bench's two builds and page loads; the
 * numbers are the same series `npm run bench` reports, in one run, with the machine's load.
 */
import os from 'node:os';
import path from 'node:path';
import { copyBaselineAssets } from './assets';
import { BASELINE, PORT, ROOT, RUNS } from './config';
import { baselineRepaint, dateChange, type Series } from './interaction';
import { ratio } from './stats';
import { startServer } from './server';

const load = () =>
  os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join('/');

function line(label: string, series: Series): string {
  const s = series.summary;
  const errors = series.errors.length > 0 ? `; errors: ${series.errors.join(' | ')}` : '';
  return s
    ? `${label}: n=${s.n} p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms${errors}`
    : `${label}: no samples${errors}`;
}

async function main(): Promise<number> {
  const loadBefore = load();
  await copyBaselineAssets(path.join(ROOT, 'dist', 'current', 'public', 'bench'));
  const server = await startServer(ROOT, PORT);
  try {
    const dates = await dateChange(server.origin, RUNS.interaction);
    const repaint = await baselineRepaint(server.origin + BASELINE.path, RUNS.interaction);
    console.log(`load average (1/5/15 min) ${loadBefore} before, ${load()} after`);
    console.log(line('date change → idle', dates));
    const byDay = dates.days.map((day, i) => `${day} ${dates.samples[i]!.toFixed(0)}`);
    console.log(`  ms by day: ${byDay.join(', ')}`);
    console.log(`  no redraw (clusters or unchanged days): ${dates.noRedraw.length}`);
    console.log(line('baseline repaint', repaint));
    const times = ratio(dates.summary?.p95, repaint.summary?.p95);
    console.log(`p95 ratio: ${times === null ? '-' : times.toFixed(2)}× (target ≤ 1.5×)`);
    return dates.summary && repaint.summary ? 0 : 1;
  } finally {
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
