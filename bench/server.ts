/**
 * The production server as `npm start` runs it (server.mjs serving the release `dist/current`
 * points to), for one project folder: this one (1×) or the bench's copy with the synthetic data
 * (10×). Its CPU time is read from /proc, so the bench can charge each request its cost.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnGroup, stopGroup } from './processes';

export interface Server {
  origin: string;
  /** User + system CPU time the server process has used so far, in ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

async function answers(url: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

const TICK_MS = 1000 / 100; // USER_HZ is 100 on Linux

function cpuOf(child: ChildProcess): number {
  const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at ") "; utime and stime are 14, 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** How to start a server other than the app's own (the bench's Next floor, bench/floor.ts). */
export interface ServerCommand {
  /** The program and its arguments, run in `dir`. */
  args: string[];
  /** A path that answers 200 once the server is ready. */
  readyPath: string;
  env?: Record<string, string>;
}

/**
 * Starts `node server.mjs` in `dir` on `port` (or `command` when given) and resolves once
 * `/api/health` (or the command's ready path) answers.
 */
export async function startServer(
  dir: string,
  port: number,
  command?: ServerCommand,
  timeoutMs = 90_000,
): Promise<Server> {
  const origin = `http://localhost:${port}`;
  const ready = `${origin}${command?.readyPath ?? '/api/health'}`;
  if (await answers(ready, 2000)) {
    throw new Error(`Something already answers on ${origin}; set BENCH_PORT to a free port.`);
  }
  // node directly, not through npm: stopping a wrapper could leave the server holding the port.
  const [program, ...args] = command?.args ?? [process.execPath, path.join(dir, 'server.mjs')];
  const child = spawnGroup(program!, args, {
    cwd: dir,
    // Every page rendered: the bench measures what a render costs, not the view cache.
    env: {
      ...process.env,
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: '1',
      ATLAS_VIEW_CACHE: 'off',
      ...command?.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + timeoutMs;
  while (!(await answers(ready, 5000))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stopGroup(child);
      throw new Error(
        `${[program, ...args].join(' ')} in ${dir} did not start on ${origin}: ${output.slice(-500)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { origin, cpuMs: () => cpuOf(child), stop: () => stopGroup(child) };
}
