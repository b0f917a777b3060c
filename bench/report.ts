/**
 * The bench's verdict: target checks (pass / MISSED / not measured, with the numbers) and the
 * Markdown tables printed at the end of a run and pasted into the README.
 */
import type { BytesResult } from './bytes';
import { APP_VIEWS, BASELINE, NEXT_FLOOR_LABEL, SERVER_SAMPLING } from './config';
import type { PathCost } from './http';
import { CPU_PARTS } from './cpu';
import type { IdleResult } from './idle';
import type { InteractionResult } from './interaction';
import { sameMapLabel } from './same-map';
import { ratio, type Summary } from './stats';

const KB = 1024;

export interface BenchResults {
  startedAt: string;
  durationSeconds: number;
  /** CPU, memory, OS, Node, Chromium and the load average before and after the run. */
  machine: string;
  git: { commit: string; dirty: boolean };
  runs: { idle: number; interaction: number; requests: number };
  factor: number;
  bytes: BytesResult | null;
  /** Each path on the 1× server and on the server with the synthetic dataset. */
  http: { x1: PathCost[]; scaled: PathCost[] } | null;
  idle: IdleResult[] | null;
  interaction: InteractionResult | null;
  targets: TargetCheck[];
  errors: string[];
}

export interface TargetCheck {
  target: string;
  /** null: not measured (the step failed). */
  pass: boolean | null;
  measured: string;
}

const fmt = (value: number | null | undefined, digits = 0) =>
  value == null || !Number.isFinite(value) ? 'n/a' : value.toFixed(digits);
const kb = (bytes: number | null | undefined) => fmt(bytes == null ? null : bytes / KB, 1);
const times = (value: number | null) => (value == null ? 'n/a' : `${value.toFixed(2)}×`);

/** A Markdown table; the first `textColumns` columns are left-aligned, the rest (numbers) right. */
function table(header: string[], rows: string[][], textColumns = 1): string {
  const align = header.map((_, i) => (i < textColumns ? ':--' : '--:'));
  return [header, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

const cost = (list: PathCost[] | undefined, path: string) => list?.find((c) => c.path === path);
const idleOf = (results: BenchResults, label: string) =>
  results.idle?.find((r) => r.label === label) ?? null;
/** The same-map row of an app view's row (bench/same-map.ts); null for other rows. */
function sameMapOf(results: BenchResults, label: string): IdleResult | null {
  const view = APP_VIEWS.find((v) => v.path === label);
  return view ? idleOf(results, sameMapLabel(view)) : null;
}
const apiPaths = (results: BenchResults) =>
  results.http?.x1.map((c) => c.path).filter((p) => p.startsWith('/api/')) ?? [];
/** Mean server CPU of the API answers on one server. */
function apiCpu(list: PathCost[] | undefined, paths: string[]): number | null {
  const values = paths.map((p) => cost(list, p)?.cpuMs).filter((v): v is number => v != null);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/**
 * Where each page's CPU to first idle goes (means of the runs), part by part, with what the Next
 * floor adds to the baseline (the framework), what drawing the first view's map adds to it (the
 * map's content, bench/same-map.ts) and what the first view adds to the floor (the app): what to
 * cut to come closer to the baseline.
 */
function cpuByPartTable(rows: IdleResult[]): string[] {
  const base = rows.find((r) => r.label === BASELINE.id);
  const floor = rows.find((r) => r.label === NEXT_FLOOR_LABEL);
  const sameMap = rows.find((r) => r.label === sameMapLabel(APP_VIEWS[0]!));
  const app = rows.find((r) => r.label === APP_VIEWS[0]!.path);
  const steps = (
    [
      [floor, base],
      [sameMap, base],
      [app, floor ?? base],
    ] as const
  ).filter((step): step is readonly [IdleResult, IdleResult] => !!step[0] && !!step[1]);
  const total = (r: IdleResult) => Object.values(r.cpuByPart!).reduce((a, b) => a + b, 0);
  return [
    'Where the CPU to first idle goes (ms, mean of the runs; thread by thread, bench/cpu.ts)',
    '',
    table(
      [
        'part',
        ...rows.map((r) => r.label),
        ...steps.map(([to, from]) => `${to.label} − ${from.label}`),
      ],
      [
        ...CPU_PARTS.map((part) => [
          part,
          ...rows.map((r) => fmt(r.cpuByPart![part])),
          ...steps.map(([to, from]) => fmt(to.cpuByPart![part] - from.cpuByPart![part])),
        ]),
        [
          'total',
          ...rows.map((r) => fmt(total(r))),
          ...steps.map(([to, from]) => fmt(total(to) - total(from))),
        ],
      ],
    ),
  ];
}

export function scaledLabel(factor: number, path: string): string {
  return `${factor}× ${path}`;
}

export function checkTargets(results: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const check = (
    target: string,
    value: number | null | undefined,
    limit: number,
    measured: string,
  ) => checks.push({ target, pass: value == null ? null : value <= limit, measured });
  const { factor } = results;
  const base = idleOf(results, BASELINE.id);
  const api = apiCpu(results.http?.x1, apiPaths(results));
  for (const view of APP_VIEWS) {
    const x1 = cost(results.http?.x1, view.path);
    const scaled = cost(results.http?.scaled, view.path);
    check(
      `HTML ≤ 30 KB gzip: ${view.path}`,
      x1 && x1.gzipBytes / KB,
      30,
      `${kb(x1?.gzipBytes)} KB`,
    );
    check(
      `HTML ≤ 30 KB gzip at ${factor}×: ${view.path}`,
      scaled && scaled.gzipBytes / KB,
      30,
      `${kb(scaled?.gzipBytes)} KB`,
    );
    const cpuRatio = ratio(x1?.cpuMs, api);
    check(
      `server CPU per page ≤ 3× an API answer: ${view.path}`,
      cpuRatio,
      3,
      `${fmt(x1?.cpuMs, 1)} ms vs ${fmt(api, 1)} ms = ${times(cpuRatio)}`,
    );
    const app = idleOf(results, view.path);
    const idleRatio = ratio(app?.idle?.p50, base?.idle?.p50);
    check(
      `first idle ≤ 1.2× baseline: ${view.path}`,
      idleRatio,
      1.2,
      `${fmt(app?.idle?.p50)} ms vs ${fmt(base?.idle?.p50)} ms = ${times(idleRatio)}`,
    );
    const blockingRatio = ratio(app?.blocking?.p50, base?.blocking?.p50);
    check(
      `blocking time before idle ≤ 1.2× baseline: ${view.path}`,
      blockingRatio,
      1.2,
      `${fmt(app?.blocking?.p50)} ms vs ${fmt(base?.blocking?.p50)} ms = ${times(blockingRatio)}`,
    );
    // The same two against the view's own map in bare MapLibre: what the app's code adds.
    const sameMap = idleOf(results, sameMapLabel(view));
    for (const [what, summary] of [
      ['first idle', (r: IdleResult | null) => r?.idle?.p50],
      ['blocking time before idle', (r: IdleResult | null) => r?.blocking?.p50],
    ] as const) {
      const appRatio = ratio(summary(app), summary(sameMap));
      check(
        `${what} ≤ 1.2× the same map in bare MapLibre: ${view.path}`,
        appRatio,
        1.2,
        `${fmt(summary(app))} ms vs ${fmt(summary(sameMap))} ms = ${times(appRatio)}`,
      );
    }
    // Growth: no first-view figure may grow more than 1.5× from 1× to the synthetic dataset.
    const scaledIdle = idleOf(results, scaledLabel(factor, view.path));
    const growth: Array<[string, number | null | undefined, number | null | undefined]> = [
      ['HTML gzip', x1?.gzipBytes, scaled?.gzipBytes],
      ['server CPU', x1?.cpuMs, scaled?.cpuMs],
      ['first idle', app?.idle?.p50, scaledIdle?.idle?.p50],
      ['script time', app?.script?.p50, scaledIdle?.script?.p50],
    ];
    for (const [what, one, many] of growth) {
      const grew = ratio(many, one);
      check(`${what} grows ≤ 1.5× at ${factor}×: ${view.path}`, grew, 1.5, times(grew));
    }
  }
  if (results.bytes) {
    const js = results.bytes.firstLoad.otherGzip / KB;
    check('first-load JS beyond maplibre-gl ≤ 165 KB gzip', js, 165, `${fmt(js, 1)} KB`);
  } else check('first-load JS beyond maplibre-gl ≤ 165 KB gzip', null, 165, 'n/a');
  const interaction = results.interaction;
  const click = interaction?.clickToPanel.summary;
  check('click → panel p95 ≤ 100 ms', click?.p95, 100, `p95 ${fmt(click?.p95)} ms`);
  const repaint = interaction?.baselineRepaint.summary?.p95;
  const date = ratio(interaction?.dateChange.summary?.p95, repaint);
  check(
    'date change → idle p95 ≤ 1.5× baseline repaint p95',
    date,
    1.5,
    `${fmt(interaction?.dateChange.summary?.p95)} ms vs ${fmt(repaint)} ms = ${times(date)}`,
  );
  return checks;
}

const p50p95 = (s: Summary | null | undefined) => `${fmt(s?.p50)} / ${fmt(s?.p95)}`;

export function renderReport(results: BenchResults): string {
  const { factor } = results;
  const out: string[] = [
    `Machine: ${results.machine}`,
    `Run ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC, commit ${results.git.commit.slice(0, 7)}` +
      `${results.git.dirty ? ' (uncommitted changes)' : ''}, ${Math.round(results.durationSeconds)} s.`,
  ];

  if (results.http) {
    const { x1, scaled } = results.http;
    out.push(
      '',
      `Server: 1× vs ${factor}× data (${results.runs.requests} sequential requests per path, in ${SERVER_SAMPLING.rounds} turns after ${SERVER_SAMPLING.warmUp} unmeasured requests of every path; CPU = server process CPU time per request)`,
      '',
      table(
        [
          'path',
          'raw KB',
          'gzip KB',
          `gzip KB ${factor}×`,
          '×',
          'CPU ms',
          `CPU ms ${factor}×`,
          '×',
          'latency p50 ms',
          `p50 ${factor}×`,
        ],
        x1.map((one) => {
          const many = cost(scaled, one.path);
          return [
            one.path,
            kb(one.rawBytes),
            kb(one.gzipBytes),
            kb(many?.gzipBytes),
            times(ratio(many?.gzipBytes, one.gzipBytes)),
            fmt(one.cpuMs, 1),
            fmt(many?.cpuMs, 1),
            times(ratio(many?.cpuMs, one.cpuMs)),
            fmt(one.latency?.p50, 1),
            fmt(many?.latency?.p50, 1),
          ];
        }),
      ),
    );
  }

  if (results.idle) {
    const base = idleOf(results, BASELINE.id);
    const floor = idleOf(results, NEXT_FLOOR_LABEL);
    out.push(
      '',
      `Browser: navigation → first map idle (${results.runs.idle} interleaved loads each, 1280×800; medians)`,
      '',
      table(
        [
          'page',
          'idle ms',
          '× baseline',
          '× Next floor',
          '× same map',
          'blocking ms',
          '× baseline',
          '× same map',
          'script ms',
          'CPU ms',
          '× baseline',
          'errors',
        ],
        results.idle.map((r) => [
          r.label,
          fmt(r.idle?.p50),
          times(ratio(r.idle?.p50, base?.idle?.p50)),
          times(ratio(r.idle?.p50, floor?.idle?.p50)),
          times(ratio(r.idle?.p50, sameMapOf(results, r.label)?.idle?.p50)),
          fmt(r.blocking?.p50),
          times(ratio(r.blocking?.p50, base?.blocking?.p50)),
          times(ratio(r.blocking?.p50, sameMapOf(results, r.label)?.blocking?.p50)),
          fmt(r.script?.p50),
          fmt(r.cpu?.p50),
          times(ratio(r.cpu?.p50, base?.cpu?.p50)),
          String(r.errors.length),
        ]),
      ),
    );
  }

  // The 10× views and the same map of views other than the first would only widen the table.
  const inCpuTable = (label: string) =>
    !label.includes('×') && APP_VIEWS.every((v, i) => i === 0 || label !== sameMapLabel(v));
  const byPart = results.idle?.filter((r) => r.cpuByPart && inCpuTable(r.label)) ?? [];
  if (byPart.length > 0) out.push('', ...cpuByPartTable(byPart));

  if (results.interaction) {
    const i = results.interaction;
    const row = (
      name: string,
      s: InteractionResult['clickToPanel'] | InteractionResult['baselineRepaint'],
    ) => [
      name,
      p50p95(s.summary),
      fmt(s.frameSummary?.p95),
      String(s.summary?.n ?? 0),
      String(s.errors.length),
    ];
    out.push(
      '',
      `Interaction (in-page, ${results.runs.interaction} repetitions each)`,
      '',
      table(
        ['interaction', 'p50 / p95 ms', 'p95 to next frame', 'n', 'errors'],
        [
          row('click country → panel heading (1×)', i.clickToPanel),
          row('timeline tick → map idle (1×)', i.dateChange),
          row(`timeline tick → map idle (${factor}×)`, i.dateChangeScaled),
          row('baseline repaint → idle', i.baselineRepaint),
        ],
      ),
    );
  }

  if (results.bytes) {
    const b = results.bytes;
    out.push(
      '',
      `First-load JavaScript of / from the build's own manifests (${b.source}; gzip -9 KB)`,
      '',
      table(
        ['what', 'files', 'KB'],
        [
          [
            'maplibre-gl in the first load',
            String(b.firstLoad.maplibreFiles),
            kb(b.firstLoad.maplibreGzip),
          ],
          [
            'everything else in the first load',
            String(b.firstLoad.otherFiles),
            kb(b.firstLoad.otherGzip),
          ],
          ['maplibre-gl in the whole build (chunk and worker)', '', kb(b.maplibreTotalGzip)],
          ['CSS', String(b.cssFiles), kb(b.cssGzip)],
        ],
      ),
    );
  }

  const passed = results.targets.filter((t) => t.pass === true).length;
  const missed = results.targets.filter((t) => t.pass === false).length;
  const unknown = results.targets.length - passed - missed;
  out.push(
    '',
    'Targets',
    '',
    table(
      ['', 'target', 'measured'],
      results.targets.map((t) => [
        t.pass === null ? 'n/a' : t.pass ? 'pass' : 'MISSED',
        t.target,
        t.measured,
      ]),
      3,
    ),
    '',
    `${passed} passed, ${missed} MISSED, ${unknown} not measured.`,
  );
  if (results.errors.length) out.push('', 'Errors:', ...results.errors.map((e) => `- ${e}`));
  return out.join('\n');
}
