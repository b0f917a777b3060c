/**
 * Child processes the bench starts (the server, Lighthouse): each runs in its own process group,
 * so stopping it stops whatever it started (next-server, Chromium) and nothing else.
 */
import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process';

/** Running children and the signal that asks each to stop cleanly. */
const running = new Map<ChildProcess, NodeJS.Signals>();

/**
 * Spawns `command` in a new process group, remembered until it exits. `stopSignal` is sent first
 * when it has to be stopped (Lighthouse closes its Chrome on SIGINT).
 */
export function spawnGroup(
  command: string,
  args: string[],
  options: SpawnOptions,
  stopSignal: NodeJS.Signals = 'SIGTERM',
): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  running.set(child, stopSignal);
  child.once('exit', () => running.delete(child));
  return child;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** The stop signal to the child's group, SIGKILL after `graceMs` if it is still there. */
export async function stopGroup(child: ChildProcess, graceMs = 5000): Promise<void> {
  const stopSignal = running.get(child) ?? 'SIGTERM';
  if (child.exitCode !== null || child.signalCode !== null) {
    signalGroup(child, 'SIGKILL'); // grandchildren may outlive the leader
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child, stopSignal);
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), graceMs));
  if ((await Promise.race([exited, timer])) === 'timeout') {
    signalGroup(child, 'SIGKILL');
    await exited;
  }
  signalGroup(child, 'SIGKILL');
}

/** Stops every group still running (on error, SIGINT, SIGTERM). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running.keys()].map((child) => stopGroup(child, 3000)));
}

/** Last resort when the process exits without awaiting stopAll(): no server left holding the port. */
export function killAllSync(): void {
  for (const child of running.keys()) signalGroup(child, 'SIGKILL');
}
