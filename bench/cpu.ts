/**
 * CPU time of the bench's own process tree: the browser with its GPU, renderer and utility
 * processes, and the servers the bench started. On two cores a page that needs twice the CPU of
 * another cannot go idle in the same time, whatever its order of work: this is what says so.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Linux's clock ticks per second for /proc times (USER_HZ). */
const TICKS_PER_SECOND = 100;

/** pid → [parent pid, user + system CPU in ms] of every process readable in /proc. */
function processTable(): Map<number, [number, number]> {
  const table = new Map<number, [number, number]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces), from field 3 (state) on.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      const ticks = Number(fields[11]) + Number(fields[12]);
      table.set(Number(entry), [parent, (ticks * 1000) / TICKS_PER_SECOND]);
    } catch {
      // Exited while being read.
    }
  }
  return table;
}

/** CPU ms so far of each process descended from this one (not this one). */
export function descendantsCpu(): Map<number, number> {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, [parent]] of table) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const cpu = new Map<number, number>();
  const stack = [...(children.get(process.pid) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    cpu.set(pid, table.get(pid)![1]);
    stack.push(...(children.get(pid) ?? []));
  }
  return cpu;
}

/**
 * CPU ms the process tree spent between two readings: processes that started in between count
 * whole; those that ended in between are left out (their last times are gone with them).
 */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}
