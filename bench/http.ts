/**
 * What a page and an API answer cost the server, with nothing but HTTP: for each path, the body's
 * size (raw and gzip -9, so it does not depend on how a proxy would compress), then N sequential
 * requests timed from the client, with the server process's CPU time read before and after, so
 * each request is charged its share of CPU (10 ms ticks, hence N requests per path).
 */
import { gzipSync } from 'node:zlib';
import type { Server } from './server';
import { type Summary, summarize } from './stats';

export interface PathCost {
  path: string;
  rawBytes: number;
  gzipBytes: number;
  /** Server CPU per request, ms (process CPU time delta over `requests`). */
  cpuMs: number;
  latency: Summary | null;
  requests: number;
}

async function get(url: string): Promise<Buffer> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return body;
}

export async function measurePath(server: Server, path: string, requests: number) {
  const url = server.origin + path;
  const body = await get(url);
  for (let i = 0; i < 3; i++) await get(url); // warm-up: compiled routes, caches
  const times: number[] = [];
  const cpuBefore = server.cpuMs();
  for (let i = 0; i < requests; i++) {
    const t0 = performance.now();
    await get(url);
    times.push(performance.now() - t0);
  }
  const cpuMs = (server.cpuMs() - cpuBefore) / requests;
  return {
    path,
    rawBytes: body.length,
    gzipBytes: gzipSync(body, { level: 9 }).length,
    cpuMs,
    latency: summarize(times),
    requests,
  } satisfies PathCost;
}
