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

/**
 * One path's requests, taken in turns with other paths' (`sample`), then summed (`result`). Paths
 * take turns, after every path has been asked a few times, so that none is measured while the
 * server is colder than for the others: the first path measured on a fresh server used to pay for
 * V8 compiling the rendering code all paths share (on one build, `/` cost 17.0–18.3 ms a request
 * measured first and 13.8–15.4 ms in turns).
 */
export class PathSampler {
  private body: Buffer | null = null;
  private cpuMs = 0;
  private readonly times: number[] = [];

  constructor(
    private readonly server: Server,
    readonly path: string,
  ) {}

  private get url(): string {
    return this.server.origin + this.path;
  }

  /** Fetches the answer once for its size, then `warmUp` more times unmeasured. */
  async warm(warmUp: number): Promise<void> {
    this.body ??= await get(this.url);
    for (let i = 0; i < warmUp; i++) await get(this.url);
  }

  /** `requests` sequential requests, timed, with the server's CPU time over them. */
  async sample(requests: number): Promise<void> {
    const cpuBefore = this.server.cpuMs();
    for (let i = 0; i < requests; i++) {
      const t0 = performance.now();
      await get(this.url);
      this.times.push(performance.now() - t0);
    }
    this.cpuMs += this.server.cpuMs() - cpuBefore;
  }

  result(): PathCost {
    if (!this.body) throw new Error(`${this.path}: sampled before warm()`);
    return {
      path: this.path,
      rawBytes: this.body.length,
      gzipBytes: gzipSync(this.body, { level: 9 }).length,
      cpuMs: this.times.length ? this.cpuMs / this.times.length : Number.NaN,
      latency: summarize(this.times),
      requests: this.times.length,
    };
  }
}
