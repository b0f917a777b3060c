import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PathSampler } from '@/bench/http';
import type { Server } from '@/bench/server';

/** A server whose "CPU time" grows by a set amount per request it answers, per path. */
const COST_MS: Record<string, number> = { '/page': 6, '/api': 2 };
const BODY = Buffer.from('<!doctype html><p>'.padEnd(2000, 'x'));

let served = 0;
let cpu = 0;
let origin = '';
const listener = http.createServer((request, response) => {
  served++;
  cpu += COST_MS[request.url ?? ''] ?? 0;
  if (!(request.url! in COST_MS)) response.statusCode = 404;
  response.end(BODY);
});

beforeAll(async () => {
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => listener.close(() => resolve())));

const server = (): Server => ({ origin, cpuMs: () => cpu, stop: async () => {} });

describe('PathSampler', () => {
  it('charges each path the CPU of its own requests, summed over its turns', async () => {
    const page = new PathSampler(server(), '/page');
    const api = new PathSampler(server(), '/api');
    await page.warm(3);
    await api.warm(3);
    const before = served;
    for (const requests of [4, 6]) {
      await page.sample(requests);
      await api.sample(requests);
    }
    expect(served - before).toBe(20);
    const [a, b] = [page.result(), api.result()];
    expect(a).toMatchObject({ path: '/page', requests: 10, cpuMs: 6, rawBytes: BODY.length });
    expect(b).toMatchObject({ path: '/api', requests: 10, cpuMs: 2 });
    expect(a.gzipBytes).toBeGreaterThan(0);
    expect(a.gzipBytes).toBeLessThan(BODY.length);
    expect(a.latency?.n).toBe(10);
  });

  it('does not count the warm-up requests', async () => {
    const page = new PathSampler(server(), '/page');
    const before = served;
    await page.warm(5);
    expect(served - before).toBe(6); // one for the body, five to warm up
    await page.sample(2);
    expect(page.result().requests).toBe(2);
  });

  it('refuses a result before the answer was fetched, and an answer that is an error', async () => {
    expect(() => new PathSampler(server(), '/page').result()).toThrow(/before warm/);
    await expect(new PathSampler(server(), '/missing').warm(0)).rejects.toThrow(/HTTP 404/);
  });
});
