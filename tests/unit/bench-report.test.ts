import { describe, expect, it } from 'vitest';
import { CPU_PARTS, type CpuPart } from '@/bench/cpu';
import type { IdleResult } from '@/bench/idle';
import { type BenchResults, checkTargets, renderReport } from '@/bench/report';
import { summarize } from '@/bench/stats';

/** An idle result whose every CPU part is `perPart` ms, idle `idle` ms and blocking `blocking`. */
function page(label: string, idle: number, blocking: number, perPart: number): IdleResult {
  const summary = summarize([idle]);
  return {
    label,
    url: `http://localhost/${label}`,
    idle: summary,
    blocking: summarize([blocking]),
    script: summary,
    cpu: summarize([perPart * CPU_PARTS.length]),
    cpuByPart: Object.fromEntries(CPU_PARTS.map((part) => [part, perPart])) as Record<
      CpuPart,
      number
    >,
    errors: [],
  };
}

function results(idle: IdleResult[]): BenchResults {
  return {
    startedAt: '2026-11-28T02:00:00.000Z',
    durationSeconds: 1,
    machine: 'test',
    git: { commit: '0123456789', dirty: false },
    runs: { idle: 1, interaction: 1, requests: 1 },
    factor: 10,
    bytes: null,
    http: null,
    idle,
    interaction: null,
    targets: [],
    errors: [],
  };
}

/** The cells of the report's table row that starts with `first`. */
function row(report: string, first: string): string[] {
  const line = report.split('\n').find((l) => l.startsWith(`| ${first} |`));
  if (!line) throw new Error(`no row "${first}" in:\n${report}`);
  return line
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());
}

describe('the report with the Next floor', () => {
  const report = renderReport(
    results([
      page('baseline', 600, 60, 10),
      page('Next floor', 660, 50, 13),
      page('/', 1050, 150, 20),
    ]),
  );

  it('gives each page its idle ratio to the baseline and to the floor', () => {
    expect(row(report, 'Next floor').slice(1, 4)).toEqual(['660', '1.10×', '1.00×']);
    expect(row(report, '/').slice(1, 4)).toEqual(['1050', '1.75×', '1.59×']);
  });

  it('splits the CPU into what the framework adds and what the app adds', () => {
    expect(row(report, 'part').slice(-2)).toEqual(['Next floor − baseline', '/ − Next floor']);
    expect(row(report, 'page: main thread').slice(-2)).toEqual(['3', '7']);
    expect(row(report, 'total').slice(-2)).toEqual([
      String(3 * CPU_PARTS.length),
      String(7 * CPU_PARTS.length),
    ]);
  });
});

describe('the report without the floor (it failed to start)', () => {
  const report = renderReport(results([page('baseline', 600, 60, 10), page('/', 900, 90, 16)]));

  it('compares the first view with the baseline', () => {
    expect(row(report, 'part').slice(-1)).toEqual(['/ − baseline']);
    expect(row(report, 'page: main thread').slice(-1)).toEqual(['6']);
    expect(row(report, '/').slice(1, 4)).toEqual(['900', '1.50×', 'n/a']);
  });
});

describe('the report with the views’ own maps in bare MapLibre', () => {
  const measured = results([
    page('baseline', 600, 60, 10),
    page('Next floor', 660, 50, 13),
    page('same map: /', 900, 180, 16),
    page('same map: /?country=KAZ', 800, 100, 15),
    page('/', 1050, 190, 20),
    page('/?country=KAZ', 1000, 130, 19),
  ]);
  const report = renderReport(measured);

  it('gives each view its idle and blocking ratios to its own map', () => {
    // idle, × baseline, × floor, × same map, blocking, × baseline, × same map
    expect(row(report, '/').slice(1, 8)).toEqual([
      '1050',
      '1.75×',
      '1.59×',
      '1.17×',
      '190',
      '3.17×',
      '1.06×',
    ]);
    expect(row(report, '/?country=KAZ').slice(4, 8)).toEqual(['1.25×', '130', '2.17×', '1.30×']);
    expect(row(report, 'same map: /').slice(4, 5)).toEqual(['n/a']);
  });

  it('adds the map’s content to the CPU steps, and only the first view’s map to the table', () => {
    expect(row(report, 'part').slice(-3)).toEqual([
      'Next floor − baseline',
      'same map: / − baseline',
      '/ − Next floor',
    ]);
    expect(row(report, 'page: main thread').slice(-3)).toEqual(['3', '6', '7']);
    expect(row(report, 'part')).not.toContain('same map: /?country=KAZ');
  });

  it('checks the views against their own maps beside the baseline', () => {
    const verdict = (target: string) =>
      checkTargets(measured).find((check) => check.target === target);
    expect(verdict('first idle ≤ 1.2× the same map in bare MapLibre: /')).toEqual({
      target: 'first idle ≤ 1.2× the same map in bare MapLibre: /',
      pass: true,
      measured: '1050 ms vs 900 ms = 1.17×',
    });
    expect(verdict('first idle ≤ 1.2× the same map in bare MapLibre: /?country=KAZ')?.pass).toBe(
      false,
    );
    expect(
      verdict('blocking time before idle ≤ 1.2× the same map in bare MapLibre: /')?.measured,
    ).toBe('190 ms vs 180 ms = 1.06×');
    expect(verdict('first idle ≤ 1.2× baseline: /')?.pass).toBe(false);
    // No same-map page for the pair: not measured, not passed.
    expect(
      verdict('first idle ≤ 1.2× the same map in bare MapLibre: /?pair=ISR~KAZ')?.pass,
    ).toBeNull();
  });
});
