/**
 * The bench's verdict: target checks (pass / MISSED / not measured, with the numbers) and the
 * Markdown tables printed at the end of a run and pasted into the README.
 */
import type { BytesResult } from './bytes';
import { APP_VIEWS, ALL_VIEWS, BASELINE, type View } from './config';
import type { IdleResult } from './idle';
import type { InteractionResult } from './interaction';
import type { LighthouseResult, Preset } from './lighthouse';
import { ratio } from './stats';

/** Sizes are reported in KB of 1024 bytes. */
export const KB = 1024;

export interface Machine {
  /** One line for the README: CPU, memory, OS, Node, Chromium, load. */
  line: string;
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
  lighthouse: string;
  maplibre: string;
  next: string;
  loadBefore: number[];
  loadAfter: number[];
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  machine: Machine;
  git: { commit: string; dirty: boolean };
  runs: { lighthouse: number; idle: number; interaction: number };
  modules: string[];
  /** Times something outside the bench killed the server and it was started again. */
  serverRestarts: string[];
  /** Where the baseline page was served from, and why. */
  baseline: { path: string; note: string };
  lighthouse: LighthouseResult[] | null;
  bytes: BytesResult | null;
  idle: IdleResult[] | null;
  interaction: InteractionResult | null;
  targets: TargetCheck[];
  errors: string[];
}

export interface TargetCheck {
  id: string;
  /** What is checked, e.g. "time to first idle ≤ 1.2 × baseline". */
  target: string;
  view?: string;
  /** The measured value and the limit it is held to, in `unit`. */
  value: number | null;
  limit: number | null;
  unit: 'ms' | 'KB' | '' | '×';
  /** null: not measured (module skipped or failed). */
  pass: boolean | null;
  detail: string;
}

function fmt(value: number | null | undefined, digits = 0): string {
  return value == null || !Number.isFinite(value) ? 'n/a' : value.toFixed(digits);
}

function check(
  base: Omit<TargetCheck, 'pass'>,
  compare: (value: number, limit: number) => boolean,
): TargetCheck {
  const pass = base.value == null || base.limit == null ? null : compare(base.value, base.limit);
  return { ...base, pass };
}

const atMost = (value: number, limit: number) => value <= limit;

function lighthouseFor(results: LighthouseResult[] | null, preset: Preset, view: View['id']) {
  return results?.find((r) => r.preset === preset && r.view === view)?.median ?? null;
}

export function checkTargets(results: {
  lighthouse: LighthouseResult[] | null;
  bytes: BytesResult | null;
  idle: IdleResult[] | null;
  interaction: InteractionResult | null;
}): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const baselineIdle = results.idle?.find((r) => r.view === BASELINE.id)?.summary?.p50 ?? null;
  const baselineLh = lighthouseFor(results.lighthouse, 'desktop', BASELINE.id);

  for (const view of APP_VIEWS) {
    const idle = results.idle?.find((r) => r.view === view.id)?.summary?.p50 ?? null;
    const idleRatio = ratio(idle, baselineIdle);
    checks.push(
      check(
        {
          id: 'idle-vs-baseline',
          target: 'time to first idle ≤ 1.2 × baseline (median)',
          view: view.label,
          value: idle,
          limit: baselineIdle == null ? null : 1.2 * baselineIdle,
          unit: 'ms',
          detail: `${fmt(idle)} ms vs baseline ${fmt(baselineIdle)} ms = ${fmt(idleRatio, 2)}×`,
        },
        atMost,
      ),
    );
    const lh = lighthouseFor(results.lighthouse, 'desktop', view.id);
    const tbtRatio = ratio(lh?.tbt, baselineLh?.tbt);
    checks.push(
      check(
        {
          id: 'tbt-vs-baseline',
          target: 'TBT ≤ 1.2 × baseline (desktop)',
          view: view.label,
          value: lh?.tbt ?? null,
          limit: baselineLh?.tbt == null ? null : 1.2 * baselineLh.tbt,
          unit: 'ms',
          detail: `${fmt(lh?.tbt)} ms vs baseline ${fmt(baselineLh?.tbt)} ms = ${fmt(tbtRatio, 2)}×`,
        },
        atMost,
      ),
    );
    checks.push(
      check(
        {
          id: 'fcp',
          target: 'FCP ≤ 0.8 s (desktop)',
          view: view.label,
          value: lh?.fcp ?? null,
          limit: 800,
          unit: 'ms',
          detail: `${fmt(lh?.fcp)} ms`,
        },
        atMost,
      ),
    );
    checks.push(
      check(
        {
          id: 'lcp',
          target: 'LCP ≤ 1.2 s (desktop)',
          view: view.label,
          value: lh?.lcp ?? null,
          limit: 1200,
          unit: 'ms',
          detail: `${fmt(lh?.lcp)} ms`,
        },
        atMost,
      ),
    );
    checks.push(
      check(
        {
          id: 'cls',
          target: 'CLS < 0.02 (desktop)',
          view: view.label,
          value: lh?.cls ?? null,
          limit: 0.02,
          unit: '',
          detail: `${fmt(lh?.cls, 3)}`,
        },
        (value, limit) => value < limit,
      ),
    );
  }

  const bytes = results.bytes;
  const otherJs = bytes ? bytes.js.otherGzip / KB : null;
  checks.push(
    check(
      {
        id: 'js-beyond-maplibre',
        target: 'JS beyond maplibre-gl ≤ 150 KB gzip (first load of /)',
        value: otherJs,
        limit: 150,
        unit: 'KB',
        detail: bytes
          ? `${fmt(otherJs, 1)} KB (maplibre-gl ${fmt(bytes.js.maplibreGzip / KB, 1)} KB not counted)`
          : 'n/a',
      },
      atMost,
    ),
  );
  const data = bytes ? bytes.data.totalGzip / KB : null;
  checks.push(
    check(
      {
        id: 'geometry-and-data',
        target: 'geometry and data ≤ 150 KB gzip (first view)',
        value: data,
        limit: 150,
        unit: 'KB',
        detail: bytes
          ? `HTML ${fmt(bytes.data.documentGzip / KB, 1)} + geometry ${fmt(bytes.data.geometryGzip / KB, 1)} + map fonts ${fmt(bytes.data.mapFontsGzip / KB, 1)}` +
            (bytes.data.rscGzip > 0 ? ` + RSC ${fmt(bytes.data.rscGzip / KB, 1)}` : '') +
            ` = ${fmt(data, 1)} KB`
          : 'n/a',
      },
      atMost,
    ),
  );

  const interaction = results.interaction;
  const click = interaction?.clickToPanel.summary?.p95 ?? null;
  checks.push(
    check(
      {
        id: 'click-to-panel',
        target: 'click → panel p95 ≤ 100 ms',
        value: click,
        limit: 100,
        unit: 'ms',
        detail: `p95 ${fmt(click)} ms (p50 ${fmt(interaction?.clickToPanel.summary?.p50)} ms)`,
      },
      atMost,
    ),
  );
  const date = interaction?.dateChange.summary?.p95 ?? null;
  const repaint = interaction?.baselineRepaint.summary?.p95 ?? null;
  checks.push(
    check(
      {
        id: 'date-change-vs-repaint',
        target: 'date change → idle p95 ≤ 1.5 × baseline repaint p95',
        value: date,
        limit: repaint == null ? null : 1.5 * repaint,
        unit: 'ms',
        detail: `${fmt(date)} ms vs repaint ${fmt(repaint)} ms = ${fmt(ratio(date, repaint), 1)}×`,
      },
      atMost,
    ),
  );
  return checks;
}

/** A Markdown table with columns padded to line up in a terminal too. */
export function markdownTable(header: string[], rows: string[][], align: ('l' | 'r')[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const pad = (cell: string, i: number) =>
    align[i] === 'r' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!);
  const line = (cells: string[]) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

function label(id: View['id']): string {
  return ALL_VIEWS.find((v) => v.id === id)?.label ?? id;
}

export function renderReport(results: BenchResults): string {
  const out: string[] = [];
  out.push(`Machine: ${results.machine.line}`);
  out.push(
    `Run ${results.startedAt.replace('T', ' ').slice(0, 16)} UTC, commit ${results.git.commit.slice(0, 7)}` +
      `${results.git.dirty ? ' (uncommitted changes)' : ''}, ${Math.round(results.durationSeconds)} s.`,
  );
  out.push(`Baseline: ${results.baseline.path} (${results.baseline.note}).`);
  if (results.serverRestarts.length > 0) {
    out.push(
      `The server was killed from outside the bench and restarted ${results.serverRestarts.length} ` +
        'time(s); loads in flight were retried (see serverRestarts in latest.json).',
    );
  }

  if (results.lighthouse) {
    out.push('', `Lighthouse 12 (median of ${results.runs.lighthouse} runs)`, '');
    const rows = results.lighthouse.map((r) => [
      r.preset,
      label(r.view),
      fmt(r.median.score),
      fmt(r.median.fcp),
      fmt(r.median.lcp),
      fmt(r.median.tbt),
      fmt(r.median.cls, 3),
      fmt(r.median.totalBytes == null ? null : r.median.totalBytes / KB),
    ]);
    out.push(
      markdownTable(
        ['preset', 'page', 'score', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'total KB'],
        rows,
        ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
  }

  if (results.idle) {
    const base = results.idle.find((r) => r.view === BASELINE.id)?.summary?.p50 ?? null;
    out.push(
      '',
      `Navigation → first map idle (Playwright, 1280×800, ${results.runs.idle} runs)`,
      '',
    );
    out.push(
      markdownTable(
        ['page', 'median ms', 'p95 ms', 'min ms', '× baseline', 'map box'],
        results.idle.map((r) => [
          label(r.view),
          fmt(r.summary?.p50),
          fmt(r.summary?.p95),
          fmt(r.summary?.min),
          r.view === BASELINE.id ? '1.00' : fmt(ratio(r.summary?.p50, base), 2),
          r.mapBox ? `${r.mapBox.width}×${r.mapBox.height}` : 'n/a',
        ]),
        ['l', 'r', 'r', 'r', 'r', 'l'],
      ),
    );
  }

  if (results.bytes) {
    const b = results.bytes;
    const kb = (n: number) => fmt(n / KB, 1);
    out.push('', `First load of ${b.path} (gzip -9 KB)`, '');
    out.push(
      markdownTable(
        ['what', 'KB'],
        [
          ['JS: maplibre-gl (main + worker)', kb(b.js.maplibreGzip)],
          ['JS: everything else', kb(b.js.otherGzip)],
          ['HTML document (dataset in the RSC payload)', kb(b.data.documentGzip)],
          ['geometry (countries.topo.json)', kb(b.data.geometryGzip)],
          ['map fonts (label woff2)', kb(b.data.mapFontsGzip)],
          ...(b.data.rscGzip > 0 ? [['RSC fetches', kb(b.data.rscGzip)]] : []),
          ['geometry and data, total', kb(b.data.totalGzip)],
          ['CSS (not in a target)', kb(b.cssGzip)],
          ['UI fonts (not in a target, raw)', kb(b.uiFontsBytes)],
        ],
        ['l', 'r'],
      ),
    );
  }

  if (results.interaction) {
    const i = results.interaction;
    out.push('', `Interaction (in-page, ${results.runs.interaction} repetitions each)`, '');
    const row = (
      name: string,
      s: InteractionResult['clickToPanel'] | InteractionResult['baselineRepaint'],
    ) => [
      name,
      fmt(s.summary?.p50),
      fmt(s.summary?.p95),
      fmt(s.frameSummary?.p95),
      String(s.summary?.n ?? 0),
      String(s.errors.length),
    ];
    out.push(
      markdownTable(
        ['interaction', 'p50 ms', 'p95 ms', 'p95 to next frame', 'n', 'errors'],
        [
          row('click country → panel heading', i.clickToPanel),
          row('timeline tick → map idle with new date', i.dateChange),
          row('baseline repaint → idle', i.baselineRepaint),
        ],
        ['l', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
    if (i.dateChange.noRedraw.length > 0) {
      out.push(
        '',
        `Not counted: ${i.dateChange.noRedraw.length} tick(s) whose date changes nothing the map ` +
          `draws, so the map never goes idle again and data-map-view keeps the old date ` +
          `(${i.dateChange.noRedraw.join(', ')}).`,
      );
    }
  }

  out.push('', 'Targets', '');
  out.push(
    markdownTable(
      ['', 'target', 'page', 'measured'],
      results.targets.map((t) => [
        t.pass === null ? 'NOT MEASURED' : t.pass ? 'pass' : 'MISSED',
        t.target,
        t.view ?? '',
        t.detail,
      ]),
      ['l', 'l', 'l', 'l'],
    ),
  );
  const missed = results.targets.filter((t) => t.pass === false).length;
  const passed = results.targets.filter((t) => t.pass === true).length;
  out.push(
    '',
    `${passed} passed, ${missed} MISSED, ${results.targets.length - passed - missed} not measured.`,
  );
  if (results.errors.length > 0) out.push('', 'Errors:', ...results.errors.map((e) => `- ${e}`));
  return out.join('\n');
}
