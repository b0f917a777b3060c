/**
 * The production build served by `next start` on the bench's own port. On a shared machine
 * something outside the bench may kill it (a broad `pkill next-server`); it is then started again
 * on the same build and port, and each restart is recorded (measurements in flight fail and are
 * retried by their modules).
 */
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './config';
import { spawnGroup, stopGroup } from './processes';

const MAX_RESTARTS = 5;

export interface Server {
  origin: string;
  /** Why the server is gone for good (it could not be restarted), or null while it serves. */
  died(): string | null;
  /** Unexpected exits that were followed by a restart, oldest first. */
  restarts(): string[];
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

function spawnNext(port: number): { child: ChildProcess; log: () => string } {
  // next directly, not through npx: killing a wrapper would leave next-server holding the port.
  const child = spawnGroup(
    path.join(ROOT, 'node_modules', '.bin', 'next'),
    ['start', '-p', String(port)],
    {
      cwd: ROOT,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, log: () => output.trim().split('\n').slice(-5).join(' | ') };
}

async function waitUntilReady(
  origin: string,
  child: ChildProcess,
  log: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`next start exited (${child.exitCode ?? child.signalCode}): ${log()}`);
    }
    if (await answers(origin, 5000)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stopGroup(child);
  throw new Error(`next start did not answer on ${origin} within ${timeoutMs} ms: ${log()}`);
}

/** Starts `next start -p <port>` and resolves once `/` answers 200. */
export async function startServer(port: number, timeoutMs = 60_000): Promise<Server> {
  const origin = `http://localhost:${port}`;
  if (await answers(origin, 2000)) {
    throw new Error(`Something already answers on ${origin}; set BENCH_PORT to a free port.`);
  }
  let current = spawnNext(port);
  await waitUntilReady(origin, current.child, current.log, timeoutMs);

  let stopping = false;
  let gone: string | null = null;
  const restarts: string[] = [];
  let restarting: Promise<void> | null = null;

  const supervise = (child: ChildProcess, log: () => string) => {
    child.once('exit', (code, signal) => {
      if (stopping) return;
      const why = `next start exited (${code ?? signal}) at ${new Date().toISOString()}: ${log()}`;
      if (restarts.length >= MAX_RESTARTS) {
        gone = `${why}; not restarted after ${MAX_RESTARTS} restarts`;
        return;
      }
      restarts.push(why);
      restarting = (async () => {
        await stopGroup(child); // whatever it left behind
        current = spawnNext(port);
        supervise(current.child, current.log);
        await waitUntilReady(origin, current.child, current.log, timeoutMs);
      })().catch((error: unknown) => {
        gone = `${why}; restart failed: ${String(error)}`;
      });
    });
  };
  supervise(current.child, current.log);

  return {
    origin,
    died: () => gone,
    restarts: () => [...restarts],
    stop: async () => {
      stopping = true;
      await restarting;
      await stopGroup(current.child);
    },
  };
}
