/**
 * CPU time of the bench's own process tree: the browser with its GPU, renderer and utility
 * processes, and the servers the bench started. On two cores a page that needs twice the CPU of
 * another cannot go idle in the same time, whatever its order of work: this is what says so.
 * Each thread's time is also charged to a part (the page's main thread, MapLibre's worker, the
 * GPU process…), so the report can say which part of the work a page adds over the baseline.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Linux's clock ticks per second for /proc times (USER_HZ). */
const TICKS_PER_SECOND = 100;

/** Where a thread's CPU time is charged. */
export const CPU_PARTS = [
  'page: main thread',
  'page: JIT, parsing, raster',
  'page: MapLibre worker',
  'GPU process (software WebGL)',
  'browser and network',
  'browser UI renderer',
  'servers',
] as const;
export type CpuPart = (typeof CPU_PARTS)[number];

/**
 * The part a thread belongs to, from its process's command line and its thread name
 * (`/proc/<pid>/task/<tid>/stat`). Chromium marks its own UI's renderer `--top-chrome-webui`:
 * it runs in every page load, the baseline's too, but draws nothing of the page. A page's
 * main thread is the thread whose id is the process id; its dedicated workers are MapLibre's
 * (the app starts no other); the rest of a renderer is V8's background compilers, the HTML
 * and script parsers, raster and the garbage collector.
 */
export function cpuPart(args: readonly string[], threadName: string, mainThread: boolean): CpuPart {
  const type = args.find((arg) => arg.startsWith('--type='))?.slice('--type='.length);
  if (type === 'renderer') {
    if (args.includes('--top-chrome-webui')) return 'browser UI renderer';
    if (mainThread) return 'page: main thread';
    return threadName.startsWith('DedicatedWorker')
      ? 'page: MapLibre worker'
      : 'page: JIT, parsing, raster';
  }
  if (type === 'gpu-process') return 'GPU process (software WebGL)';
  if (/(^|\/)node$/.test(args[0] ?? '')) return 'servers';
  return 'browser and network';
}

/**
 * A process's arguments from `/proc/<pid>/cmdline`: NUL-separated, except that Chromium rewrites
 * its child processes' titles into one space-separated string ("chromium --type=renderer …").
 */
export function commandLine(raw: string): string[] {
  return raw.split(/[\0 ]/).filter((arg) => arg !== '');
}

function ticksOf(stat: string): { parent: number; ms: number; name: string } {
  // Fields after the command name (which may hold spaces), from field 3 (state) on.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return {
    parent: Number(fields[1]),
    ms: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND,
    name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
  };
}

/** pid → [parent pid, user + system CPU in ms] of every process readable in /proc. */
function processTable(): Map<number, [number, number]> {
  const table = new Map<number, [number, number]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const { parent, ms } = ticksOf(readFileSync(`/proc/${entry}/stat`, 'utf8'));
      table.set(Number(entry), [parent, ms]);
    } catch {
      // Exited while being read.
    }
  }
  return table;
}

/** One reading of a process: its total CPU ms, and each live thread's part and CPU ms. */
export interface ProcessCpu {
  ms: number;
  /** The part its ended threads are charged to: that of a thread of its kind other than main. */
  part: CpuPart;
  threads: Map<number, { part: CpuPart; ms: number }>;
}

/** The CPU ms so far of every process descended from this one (not this one), thread by thread. */
export function descendantsCpu(): Map<number, ProcessCpu> {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, [parent]] of table) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const processes = new Map<number, ProcessCpu>();
  const stack = [...(children.get(process.pid) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    stack.push(...(children.get(pid) ?? []));
    try {
      const args = commandLine(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
      const threads = new Map<number, { part: CpuPart; ms: number }>();
      for (const tid of readdirSync(`/proc/${pid}/task`).map(Number)) {
        const thread = ticksOf(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'));
        threads.set(tid, { part: cpuPart(args, thread.name, tid === pid), ms: thread.ms });
      }
      processes.set(pid, { ms: table.get(pid)![1], part: cpuPart(args, '', false), threads });
    } catch {
      // Exited while being read: its time is gone with it.
    }
  }
  return processes;
}

/**
 * CPU ms the process tree spent between two readings, by part. A process's time is its own
 * total's growth (one that started in between counts whole; one that ended is left out, its
 * times gone with it), shared out by its live threads' growth; what its threads that ended in
 * between spent goes to the process's `part`.
 */
export function cpuByPartBetween(
  before: ReadonlyMap<number, ProcessCpu>,
  after: ReadonlyMap<number, ProcessCpu>,
): Record<CpuPart, number> {
  const byPart = Object.fromEntries(CPU_PARTS.map((part) => [part, 0])) as Record<CpuPart, number>;
  for (const [pid, now] of after) {
    const then = before.get(pid);
    let left = Math.max(0, now.ms - (then?.ms ?? 0));
    for (const [tid, thread] of now.threads) {
      const spent = Math.max(0, Math.min(left, thread.ms - (then?.threads.get(tid)?.ms ?? 0)));
      byPart[thread.part] += spent;
      left -= spent;
    }
    byPart[now.part] += left;
  }
  return byPart;
}

/** Each part's mean over the runs; null without runs. */
export function meanByPart(
  runs: ReadonlyArray<Record<CpuPart, number>>,
): Record<CpuPart, number> | null {
  if (runs.length === 0) return null;
  return Object.fromEntries(
    CPU_PARTS.map((part) => [part, runs.reduce((sum, run) => sum + run[part], 0) / runs.length]),
  ) as Record<CpuPart, number>;
}
