import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cpuBetween, descendantsCpu } from '../../bench/cpu';

describe('bench CPU of its process tree', () => {
  it('counts what processes spent between readings, new ones whole, ended ones not at all', () => {
    const before = new Map([
      [10, 100],
      [11, 50],
    ]);
    const after = new Map([
      [10, 250],
      [12, 40],
    ]);
    expect(cpuBetween(before, after)).toBe(150 + 40);
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
      expect(cpu.get(child.pid!)).toBeGreaterThanOrEqual(200);
      expect(cpu.has(process.pid)).toBe(false);
    } finally {
      child.stdin!.end();
      await new Promise((resolve) => child.once('exit', resolve));
    }
    expect(descendantsCpu().has(child.pid!)).toBe(false);
  });
});
