/**
 * The production server (server.mjs) in front of Next: what it refuses before Next sees it, the
 * start-up checks, /api/health, and the preview-image and metadata fixes. Nothing here is timed:
 * speed is measured by hand and reported in the README.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIResponse } from '@playwright/test';
import { expect, test } from './fixtures';

const ROOT = path.resolve(__dirname, '../..');
/** The query of the report: 7,500 repeated keys, about 15 KB. */
const HUGE_QUERY = `?${Array.from({ length: 7500 }, () => 'a').join('&')}`;
const RESOURCE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** A refusal carries the security headers and is never cached. */
function expectRefusal(response: APIResponse, status: number, what: string) {
  const headers = response.headers();
  expect(response.status(), what).toBe(status);
  expect(headers['content-security-policy'], what).toBe(RESOURCE_CSP);
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['cache-control'], what).toBe('no-store');
}

test('a 15 KB query of 7,500 keys is refused, and a normal request beside it still answers', async ({
  request,
}) => {
  const targets = ['/', '/og', '/api/countries', '/embed'];
  const [normal, ...huge] = await Promise.all([
    request.get('/api/countries'),
    ...targets.map((target) => request.get(`${target}${HUGE_QUERY}`)),
  ]);
  huge.forEach((response, i) => expectRefusal(response, 414, targets[i]!));
  expect(await huge[2]!.json()).toEqual({
    error: { parameter: null, message: expect.stringContaining('the limit is 8192') },
  });
  expect(normal!.status()).toBe(200);
  expect((await normal!.json()).data).toHaveLength(11);
});

test('a short query of 101 parameters is refused; 100 pass', async ({ request }) => {
  const query = (n: number) => Array.from({ length: n }, (_, i) => `k${i}=1`).join('&');
  expectRefusal(await request.get(`/?${query(101)}`), 400, '101 parameters');
  expect((await request.get(`/?country=KAZ&${query(99)}`)).status()).toBe(200);
});

test('every method but GET and HEAD gets a 405 with Allow, on pages, files and the API', async ({
  request,
}) => {
  const targets = ['/', '/?country=KAZ', '/embed', '/_next/static/media/x.woff2', '/api/countries'];
  for (const method of ['TRACE', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
    for (const target of targets) {
      const response = await request.fetch(target, { method });
      expectRefusal(response, 405, `${method} ${target}`);
      expect(response.headers()['allow'], `${method} ${target}`).toBe('GET, HEAD');
    }
  }
  const page = await request.fetch('/', { method: 'POST' });
  expect(await page.text()).toBe('405: POST is not allowed; this site is read-only (GET, HEAD)\n');
  const api = await request.fetch('/api/ties', { method: 'DELETE' });
  expect((await api.json()).error.message).toContain('DELETE is not allowed');
});

test('a malformed %-escape in a path gets a 400 with the headers: JSON under /api', async ({
  request,
}) => {
  const api = await request.get('/api/%zz');
  expectRefusal(api, 400, '/api/%zz');
  expect(await api.json()).toEqual({
    error: { parameter: null, message: 'the path has a malformed %-escape' },
  });
  expectRefusal(await request.get('/%E0%A4%A'), 400, '/%E0%A4%A');
});

test('API keys Next would strip (nxtP…, nxtI…, __proto__) get a 400 naming them', async ({
  request,
}) => {
  for (const key of ['__proto__', 'nxtPiso3', 'nxtIslot']) {
    const response = await request.get(`/api/countries?${key}=1`);
    expectRefusal(response, 400, key);
    expect((await response.json()).error.parameter).toBe(key);
  }
});

test('/_next/image is off', async ({ request }) => {
  const response = await request.get('/_next/image?url=%2Ficon.svg&w=64&q=75');
  expect(response.status()).toBe(404);
});

test('/api/health names the dataset, the build and the uptime, never cached', async ({
  request,
}) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('no-store');
  const body = await response.json();
  expect(body).toEqual({
    status: 'ok',
    dataset: {
      version: expect.stringMatching(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/),
      asOf: body.dataset.asOf,
    },
    buildId: expect.stringMatching(/^\d{8}T\d{6}Z-[0-9a-f]{4}$/),
    uptimeSeconds: expect.any(Number),
  });
  const meta = JSON.parse(readFileSync(path.join(ROOT, 'data/meta.json'), 'utf8')) as {
    version: string;
  };
  expect(body.dataset.version.startsWith(`${meta.version}+`)).toBe(true);
});

/** A query key no earlier request used, so the view cache has not seen the address yet. */
const fresh = (name: string) =>
  `e2e${name}=${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;

test("HEAD of a page gets the GET's headers, its script hashes included, from the view cache", async ({
  request,
}) => {
  const target = `/?country=KAZ&lang=ru&${fresh('head')}`;
  // HEAD first: it renders the view (as a GET) and stores it.
  const head = await request.head(target);
  const get = await request.get(target);
  expect(head.status()).toBe(200);
  expect((await head.body()).length).toBe(0);
  const policy = head.headers()['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')+;/);
  expect(policy).toBe(get.headers()['content-security-policy']);
  expect(head.headers()['etag']).toBe(get.headers()['etag']);
  expect(head.headers()['cache-control']).toBe(get.headers()['cache-control']);
});

test('one view asked in any key order is rendered once, under its canonical query', async ({
  request,
}) => {
  const key = fresh('order');
  const [first, second] = [
    await request.get(`/?pair=ISR~KAZ&date=2021-03-01&${key}`),
    await request.get(`/?${key}&date=2021-03-01&pair=ISR~KAZ`),
  ];
  expect(first.status()).toBe(200);
  expect(second.headers()['etag']).toBe(first.headers()['etag']);
  expect((await second.body()).equals(await first.body())).toBe(true);
});

test('API answers are kept per canonical query; a bad parameter still gets its 400 each time', async ({
  request,
}) => {
  const [first, second] = [
    await request.get('/api/ties?pair=KAZ~ISR&date=2021-03-01'),
    await request.get('/api/ties?date=2021-03-01&pair=KAZ~ISR', {
      headers: { 'Accept-Encoding': 'gzip' },
    }),
  ];
  expect(first.status()).toBe(200);
  expect(second.headers()['etag']).toBe(first.headers()['etag']);
  expect(second.headers()['cache-control']).toBe(first.headers()['cache-control']);
  expect(second.headers()['content-encoding']).toBe('gzip');
  // Sent whole from memory (compressed once), not streamed by Next's route handler.
  expect(second.headers()['content-length']).toMatch(/^\d+$/);
  expect(await second.json()).toEqual(await first.json());
  const revalidated = await request.head('/api/ties?date=2021-03-01&pair=KAZ~ISR', {
    headers: { 'If-None-Match': `W/${first.headers()['etag']}` },
  });
  expect(revalidated.status()).toBe(304);
  for (const target of [
    '/api/countries?date=2020-02-30',
    '/api/countries?date=2020-02-30',
    '/api/countries?date=2020-12-23&date=2020-12-24',
    '/api/countries?date=2020-12-24&date=2020-12-23',
  ]) {
    const refused = await request.get(target);
    expect(refused.status(), target).toBe(400);
    expect(refused.headers()['cache-control'], target).toBe('no-store');
    expect((await refused.json()).error.parameter, target).toBe('date');
  }
});

test("the release's files are gzipped once and sent from memory; a range is still Next's", async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  const maplibre = /\/_next\/static\/media\/maplibre-gl\.[\w-]+\.mjs/.exec(html)?.[0];
  if (!maplibre) throw new Error('the page does not preload MapLibre');
  const gzip = { 'Accept-Encoding': 'gzip' };
  const [first, second] = [
    await request.get(maplibre),
    await request.get(maplibre, { headers: gzip }),
  ];
  expect(first.status()).toBe(200);
  expect(second.headers()['content-encoding']).toBe('gzip');
  // Whole from memory: a length, not Next's stream compressed as it goes.
  expect(Number(second.headers()['content-length'])).toBeLessThan((await first.body()).length / 2);
  expect(second.headers()['etag']).toBe(first.headers()['etag']);
  expect(second.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(second.headers()['content-security-policy']).toMatch(/^default-src 'self'/);
  expect((await second.body()).equals(await first.body())).toBe(true);
  const revalidated = await request.head(maplibre, {
    headers: { 'If-None-Match': first.headers()['etag']! },
  });
  expect(revalidated.status()).toBe(304);
  const range = await request.get(maplibre, { headers: { Range: 'bytes=0-9' } });
  expect(range.status()).toBe(206);
  expect((await range.body()).equals((await first.body()).subarray(0, 10))).toBe(true);
});

test('preview images are keyed by the canonical view: other queries redirect to it', async ({
  request,
}) => {
  const redirect = await request.get('/og?country=kaz&utm_source=x&layers=c5', {
    maxRedirects: 0,
  });
  expect(redirect.status()).toBe(308);
  expect(redirect.headers()['location']).toBe('/og?country=KAZ');
  const first = await request.get('/og?country=KAZ');
  const again = await request.get('/og?country=KAZ');
  expect(first.status()).toBe(200);
  expect((await again.body()).equals(await first.body())).toBe(true);
});

test('unknown keys are kept in the address but not in the shared address', async ({ request }) => {
  const html = await (await request.get('/?country=KAZ&zzunknown=hello')).text();
  expect(html).toContain('<meta property="og:url" content="http://localhost:3000/?country=KAZ"/>');
  // Next's router state (twice) and the app's canonical address: nothing more.
  expect(html.split('zzunknown').length - 1).toBeLessThanOrEqual(3);
});

/** Starts `node server.mjs` on a free port; resolves with its output once it exits or is ready. */
function startServer(env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, ['server.mjs'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', ...env },
  });
  let output = '';
  const settled = new Promise<{ ready: boolean; code: number | null }>((resolve) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/ready on http/.test(output)) resolve({ ready: true, code: null });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => resolve({ ready: false, code }));
  });
  return { child, settled, output: () => output };
}

test('a bad SITE_URL stops the server with a message naming it', async () => {
  const server = startServer({ SITE_URL: 'atlas.example.org' });
  try {
    expect(await server.settled).toEqual({ ready: false, code: 1 });
    expect(server.output()).toContain(
      'Invalid configuration: SITE_URL must be an absolute http(s) URL such as https://atlas.example.org, got "atlas.example.org"',
    );
  } finally {
    server.child.kill();
  }
});

/** A copy of data/ with two faults: a file that is not JSON, and a malformed country code. */
function corruptDataCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-corrupt-data-'));
  cpSync(path.join(ROOT, 'data'), dir, { recursive: true });
  writeFileSync(path.join(dir, 'trade.json'), '[{"id": ');
  const countriesFile = path.join(dir, 'countries.json');
  const countries = JSON.parse(readFileSync(countriesFile, 'utf8')) as Record<string, unknown>[];
  countries[0]!.numeric = 'three-nine-eight';
  writeFileSync(countriesFile, JSON.stringify(countries));
  return dir;
}

test('start-up warns about an unset SITE_URL and about corrupt data files on disk', async () => {
  const dataDir = corruptDataCopy();
  const server = startServer({ SITE_URL: '', ATLAS_DATA_DIR: dataDir });
  try {
    expect(await server.settled).toEqual({ ready: true, code: null });
    const output = server.output();
    expect(output).toContain('WARNING: SITE_URL is not set');
    expect(output).toMatch(/WARNING: The data files in .*corrupt-data-\w+ are invalid \(2 problem/);
    expect(output).toContain('trade.json: (root): malformed JSON');
    expect(output).toContain('countries.json: [0].numeric: must be a 3-digit');
    expect(output).toMatch(/serving the built-in dataset \d+\.\d+\.\d+\+[0-9a-f]{12}/);
  } finally {
    server.child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a page carries its view, not the dataset, which comes from one immutable file', async ({
  request,
}) => {
  const html = await (await request.get('/?country=KAZ')).text();
  const health = await (await request.get('/api/health')).json();
  // The page preloads the dataset under its version, the hash of the data files.
  const href = /\/api\/dataset\?v=[^"\\]+/.exec(html)?.[0];
  if (!href) throw new Error('the page does not name the dataset file');
  expect(decodeURIComponent(href.split('v=')[1]!)).toBe(health.dataset.version);
  const file = await request.get(href);
  expect(file.status()).toBe(200);
  expect(file.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const data = await file.json();
  expect(data.meta.asOf).toBe(health.dataset.asOf);
  // The panel is in the HTML; the dataset is not: most source addresses appear nowhere in it.
  expect(html).toMatch(/<h2[^>]*>Kazakhstan<\/h2>/);
  const urls: string[] = data.sources.map((source: { url: string }) => source.url);
  const inPage = urls.filter((url) => html.includes(url));
  expect(inPage.length).toBeLessThan(urls.length / 4);
  // Another version (a page cached before a release, or a made-up one) is sent to the current.
  for (const v of ['old', `${Date.now()}`, '']) {
    const other = await request.get(`/api/dataset?v=${v}`, { maxRedirects: 0 });
    expect(other.status(), v).toBe(307);
    expect(other.headers()['location'], v).toBe(href);
    expect(other.headers()['cache-control'], v).toBe('no-cache');
    expect((await other.body()).length, v).toBe(0);
  }
  expect((await (await request.get('/api/dataset')).json()).meta.asOf).toBe(health.dataset.asOf);
});

test("a page carries its texts, not its language's messages, which come from one immutable file", async ({
  request,
}) => {
  for (const [lang, heading] of [
    ['en', 'Kazakhstan'],
    ['ru', 'Казахстан'],
  ] as const) {
    const html = await (await request.get(`/?country=KAZ&lang=${lang}`)).text();
    expect(html).toMatch(new RegExp(`<h2[^>]*>${heading}</h2>`));
    // The page preloads its language's messages under a version naming the language.
    const href = /\/api\/messages\?v=[^"\\]+/.exec(html)?.[0];
    if (!href) throw new Error(`the ${lang} page does not name its messages file`);
    expect(href).toMatch(new RegExp(`v=${lang}\\.[0-9a-f]{12}$`));
    // No redirect followed: the page names the very version the route serves.
    const file = await request.get(href, { maxRedirects: 0 });
    expect(file.status()).toBe(200);
    expect(file.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const messages = await file.json();
    expect(messages.app.title).toBe('Accords Atlas');
    // The messages' keys, which only the messages object carries, are nowhere in the page.
    expect(html).not.toContain('laterEventsMayBeMissing');
    expect(html).not.toContain('regionLabel');
  }
});
