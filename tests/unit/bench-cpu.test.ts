import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  CPU_PARTS,
  type CpuPart,
  cpuByPartBetween,
  commandLine,
  cpuPart,
  descendantsCpu,
  meanByPart,
  type ProcessCpu,
} from '../../bench/cpu';

/** All the CPU the tree spent between two readings: the sum of the parts. */
const cpuBetween = (...readings: Parameters<typeof cpuByPartBetween>) =>
  Object.values(cpuByPartBetween(...readings)).reduce((sum, ms) => sum + ms, 0);

const chromium = (...flags: string[]) => ['/usr/lib/chromium/chromium', ...flags];

describe('bench CPU parts', () => {
  it('tells the page renderer’s main thread, MapLibre’s worker and the rest apart', () => {
    const renderer = chromium('--type=renderer', '--lang=en-US');
    expect(cpuPart(renderer, 'chromium', true)).toBe('page: main thread');
    expect(cpuPart(renderer, 'DedicatedWorker', false)).toBe('page: MapLibre worker');
    expect(cpuPart(renderer, 'ThreadPoolForeg', false)).toBe('page: JIT, parsing, raster');
    expect(cpuPart(renderer, 'Compositor', false)).toBe('page: JIT, parsing, raster');
  });

  it('reads Chromium’s rewritten process titles as well as plain NUL-separated ones', () => {
    const title = '/usr/lib/chromium/chromium --type=renderer --top-chrome-webui --lang=en-US\0';
    expect(cpuPart(commandLine(title), 'chromium', true)).toBe('browser UI renderer');
    expect(commandLine('/usr/bin/node\0server.mjs\0')).toEqual(['/usr/bin/node', 'server.mjs']);
  });

  it('charges Chromium’s own UI renderer, the GPU process, the browser and the servers apart', () => {
    expect(cpuPart(chromium('--type=renderer', '--top-chrome-webui'), 'chromium', true)).toBe(
      'browser UI renderer',
    );
    expect(cpuPart(chromium('--type=gpu-process'), 'chromium', true)).toBe(
      'GPU process (software WebGL)',
    );
    expect(cpuPart(chromium('--type=utility'), 'chromium', true)).toBe('browser and network');
    expect(cpuPart(chromium('--headless'), 'Chrome_IOThread', false)).toBe('browser and network');
    expect(cpuPart(['/usr/bin/node', 'server.mjs'], 'node', true)).toBe('servers');
  });
});

describe('bench CPU parts over runs', () => {
  it('is each part’s mean, so the parts add up to the mean total', () => {
    const run = (main: number, gpu: number) =>
      ({
        ...Object.fromEntries(CPU_PARTS.map((part) => [part, 0])),
        'page: main thread': main,
        'GPU process (software WebGL)': gpu,
      }) as Record<CpuPart, number>;
    const mean = meanByPart([run(100, 10), run(300, 50)])!;
    expect(mean['page: main thread']).toBe(200);
    expect(mean['GPU process (software WebGL)']).toBe(30);
    expect(Object.values(mean).reduce((a, b) => a + b, 0)).toBe(230);
    expect(meanByPart([])).toBeNull();
  });
});

describe('bench CPU of its process tree', () => {
  const renderer = (ms: number, threads: Array<[number, 'main' | 'worker', number]>) =>
    ({
      ms,
      part: 'page: JIT, parsing, raster',
      threads: new Map(
        threads.map(([tid, kind, spent]) => [
          tid,
          {
            part: kind === 'main' ? 'page: main thread' : 'page: MapLibre worker',
            ms: spent,
          },
        ]),
      ),
    }) satisfies ProcessCpu;

  it('shares a process’s growth among its threads, what ended threads spent to its own part', () => {
    const before = new Map([
      [
        10,
        renderer(100, [
          [10, 'main', 60],
          [11, 'worker', 40],
        ]),
      ],
    ]);
    // Thread 11 ended after 30 ms more; thread 12 started and spent 20; main spent 50 more.
    const after = new Map([
      [
        10,
        renderer(200, [
          [10, 'main', 110],
          [12, 'worker', 20],
        ]),
      ],
    ]);
    const parts = cpuByPartBetween(before, after);
    expect(parts['page: main thread']).toBe(50);
    expect(parts['page: MapLibre worker']).toBe(20);
    expect(parts['page: JIT, parsing, raster']).toBe(30);
    expect(cpuBetween(before, after)).toBe(100);
  });

  it('never charges threads more than their process spent (its total is read first)', () => {
    const before = new Map([[10, renderer(100, [[10, 'main', 100]])]]);
    const after = new Map([[10, renderer(110, [[10, 'main', 130]])]]);
    expect(cpuByPartBetween(before, after)['page: main thread']).toBe(10);
    expect(cpuBetween(before, after)).toBe(10);
  });

  it('counts processes that started in between whole, and ended ones not at all', () => {
    const before = new Map([
      [10, renderer(100, [[10, 'main', 100]])],
      [11, renderer(50, [[11, 'main', 50]])],
    ]);
    const after = new Map([
      [10, renderer(250, [[10, 'main', 250]])],
      [12, renderer(40, [[12, 'main', 40]])],
    ]);
    expect(cpuBetween(before, after)).toBe(150 + 40);
    expect(cpuByPartBetween(before, after)['page: main thread']).toBe(190);
  });

  it('sees the CPU a child spends, and only while it runs', async () => {
    // Busy for ~300 ms of CPU, then waits on stdin until the test ends it.
    const child = spawn(
      process.execPath,
      ['-e', 'const end = Date.now() + 300; while (Date.now() < end); process.stdin.resume()'],
      { stdio: ['pipe', 'ignore', 'ignore'] },
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 600));
      const cpu = descendantsCpu();
      const reading = cpu.get(child.pid!);
      expect(reading?.ms).toBeGreaterThanOrEqual(200);
      expect(reading?.threads.get(child.pid!)?.part).toBe('servers');
      expect(reading?.threads.get(child.pid!)?.ms).toBeGreaterThanOrEqual(200);
      expect(cpu.has(process.pid)).toBe(false);
    } finally {
      child.stdin!.end();
      await new Promise((resolve) => child.once('exit', resolve));
    }
    expect(descendantsCpu().has(child.pid!)).toBe(false);
  });
});
