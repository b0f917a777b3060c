/**
 * Security headers on every route, and the Content-Security-Policy in a real browser: the map
 * still draws, and nothing the app does is reported as a CSP violation.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIResponse, Page } from '@playwright/test';
import { mapContainer, mapPixels, openAtlas, waitForMapIdle } from './atlas-driver';
import { expect, test } from './fixtures';

const PAGES = ['/', '/?country=KAZ', '/embed?country=KAZ'] as const;
const RESOURCES = ['/api/countries', '/api/ties?pair=ISR~KAZ', '/og?country=KAZ'] as const;

/** Sources of one directive of a policy, or null when it is absent. */
function directive(policy: string, name: string): string[] | null {
  for (const part of policy.split(';')) {
    const [directiveName, ...sources] = part.trim().split(/\s+/);
    if (directiveName === name) return sources;
  }
  return null;
}

/** The CSP hash source of each inline script (no `src`) of a page, as a browser computes it. */
function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', text = ''] of html.matchAll(
    /<script\b([^>]*)>([\s\S]*?)<\/script>/g,
  )) {
    if (/\bsrc=/.test(attributes)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
  }
  return [...hashes];
}

/** The headers every answer carries, whatever it is. */
function expectBaseHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(response.status(), what).toBe(200);
  expect(headers['content-security-policy'], what).toBeTruthy();
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toMatch(/(^|, )camera=\(\)/);
  expect(headers['permissions-policy'], what).toMatch(/(^|, )geolocation=\(\)/);
  expect(headers['permissions-policy'], what).toMatch(/(^|, )microphone=\(\)/);
  expect(headers, what).not.toHaveProperty('x-powered-by');
  expect(directive(headers['content-security-policy']!, 'script-src') ?? [], what).not.toContain(
    "'unsafe-eval'",
  );
}

/** Records `securitypolicyviolation` events from the first script the page runs. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/**
 * Serves, on 127.0.0.1 (another origin than the app's localhost, still this machine), a page
 * that frames `src`. A real loopback server: Chromium blocks a page answered by `page.route`
 * (which it treats as public) from framing localhost.
 */
async function withFramingPage(src: string, run: (url: string) => Promise<void>): Promise<void> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><iframe src="${src}" width="900" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

test('every page authorises exactly its inline scripts by hash, the same for every request', async ({
  request,
}) => {
  for (const path of PAGES) {
    const [first, second] = [await request.get(path), await request.get(path)];
    expectBaseHeaders(first, path);
    const policy = first.headers()['content-security-policy']!;
    // No nonce, so the page is the same for everyone and a shared cache may keep it.
    expect(second.headers()['content-security-policy'], path).toBe(policy);
    expect(first.headers()['cache-control'], path).toMatch(/\bs-maxage=\d+/);
    expect(directive(policy, 'object-src'), path).toEqual(["'none'"]);
    expect(directive(policy, 'base-uri'), path).toEqual(["'self'"]);
    expect(directive(policy, 'form-action'), path).toEqual(["'self'"]);
    const scripts = directive(policy, 'script-src')!;
    expect(scripts, path).not.toContain("'unsafe-inline'");
    expect(
      scripts.filter((source) => source.startsWith("'nonce-")),
      path,
    ).toEqual([]);
    const hashes = inlineScriptHashes(await first.text());
    // Next's bootstrap and its RSC payload, at least.
    expect(hashes.length, path).toBeGreaterThanOrEqual(2);
    expect(scripts, path).toEqual(["'self'", ...hashes]);
  }
});

test('only /embed may be framed, by any site', async ({ request }) => {
  const dashboard = (await request.get('/')).headers();
  expect(directive(dashboard['content-security-policy']!, 'frame-ancestors')).toEqual(["'none'"]);
  expect(dashboard['x-frame-options']).toBe('DENY');
  const embed = (await request.get('/embed?country=KAZ')).headers();
  expect(directive(embed['content-security-policy']!, 'frame-ancestors')).toEqual(['*']);
  expect(embed).not.toHaveProperty('x-frame-options');
});

test('API answers, the OG image and static files carry the headers too', async ({ request }) => {
  for (const path of RESOURCES) {
    const response = await request.get(path);
    expectBaseHeaders(response, path);
    expect(response.headers()['x-frame-options'], path).toBe('DENY');
    expect(directive(response.headers()['content-security-policy']!, 'frame-ancestors')).toEqual([
      "'none'",
    ]);
  }
  for (const path of ['/api/countries', '/og']) {
    const policy = (await request.get(path)).headers()['content-security-policy']!;
    expect(directive(policy, 'default-src'), path).toEqual(["'none'"]);
  }
  // A code chunk, and the geometry files and a font the page preloads: each named by its content
  // hash, so any cache may keep it for a year.
  const html = await (await request.get('/')).text();
  for (const file of [
    /\/_next\/static\/chunks\/[\w.-]+\.js/,
    /\/_next\/static\/media\/countries-apart\.[\w-]+\.json/,
    /\/_next\/static\/media\/borders-apart\.[\w-]+\.json/,
    /\/_next\/static\/media\/noto-sans-latin-400-normal\.[\w-]+\.woff2/,
  ]) {
    const path = file.exec(html)?.[0];
    if (!path) throw new Error(`nothing like ${file} in the page`);
    const response = await request.get(path);
    expectBaseHeaders(response, path);
    expect(response.headers()['x-frame-options'], path).toBe('DENY');
    expect(response.headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
  }
});

test('under the CSP the dashboard draws a non-blank map, its worker from this origin', async ({
  page,
  request,
}) => {
  const documents: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'document') {
      documents.push(response.headers()['content-security-policy'] ?? '');
    }
  });
  await openAtlas(page, '?country=KAZ');
  expect(documents).toHaveLength(1);
  expect(directive(documents[0]!, 'script-src')!.some((s) => s.startsWith("'sha256-"))).toBe(true);
  const pixels = await mapPixels(page);
  expect(pixels.height).toBeGreaterThan(300);
  expect(pixels.colours).toBeGreaterThan(20);
  expect(pixels.nonBackgroundShare).toBeGreaterThan(0.3);
  // MapLibre runs its worker from the bundled same-origin URL, under the asset policy.
  const workers = page.workers().map((worker) => new URL(worker.url()));
  expect(workers.length).toBeGreaterThan(0);
  for (const url of workers) {
    expect(url.origin).toBe(new URL(page.url()).origin);
    expect(url.pathname).toMatch(/^\/_next\/static\//);
    const policy = (await request.get(url.href)).headers()['content-security-policy'] ?? '';
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
  }
});

test('loading a country and using the map and the list raises no CSP violation', async ({
  page,
}) => {
  const violations = await recordViolations(page);
  await openAtlas(page, '?country=KAZ');
  await expect(page.getByRole('heading', { level: 2, name: 'Kazakhstan' })).toBeVisible();
  // Back to the list, pick another country, zoom and hover: new labels, fonts and worker work.
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: /^Uzbekistan/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Uzbekistan' })).toBeVisible();
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const box = await mapContainer(page).boundingBox();
  if (!box) throw new Error('map container has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await waitForMapIdle(page);
  expect(await violations()).toEqual([]);
});

test('the embed raises no CSP violation, framed by another origin', async ({ page, baseURL }) => {
  const violations = await recordViolations(page);
  await withFramingPage(`${baseURL}/embed?country=KAZ`, async (host) => {
    await page.goto(host);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByTestId('map:container')).toHaveAttribute('data-map-idle', 'true');
    const embed = page.frames().find((f) => f.url().includes('/embed'));
    if (!embed) throw new Error('no embed frame');
    expect(await violations()).toEqual([]);
    // The init script runs in the frame too.
    expect(
      await embed.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
  });
});

test('the dashboard refuses to be framed by another origin', async ({ browser, baseURL }) => {
  // Its own context: the refusal is logged as a console error, which the fixture would fail on.
  const context = await browser.newContext();
  const page = await context.newPage();
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
  });
  await withFramingPage(`${baseURL}/`, async (host) => {
    await page.goto(host);
    await expect.poll(() => refusals.length).toBeGreaterThan(0);
    await expect(page.frameLocator('iframe').getByTestId('map:container')).toHaveCount(0);
  });
  await context.close();
});

test('the dashboard and the embed load without a CSP violation', async ({ page }) => {
  const violations = await recordViolations(page);
  for (const path of ['/', '/embed?country=KAZ']) {
    await page.goto(path);
    await waitForMapIdle(page);
    expect(await violations(), path).toEqual([]);
  }
});

test('a page opened twice and reloaded in one tab keeps its CSP, runs and draws', async ({
  page,
}) => {
  // Nine page loads, six maps drawn in software: three times the usual time on a busy machine.
  test.slow();
  // After the first visit the browser revalidates (If-None-Match) and the server answers from its
  // view cache, usually 304: the page then runs from the browser's copy under whatever policy the
  // two answers leave it with. Each answer must carry the policy the page was first sent with.
  const violations = await recordViolations(page);
  for (const path of ['/?country=KAZ', '/embed?country=KAZ', '/about']) {
    const policies: string[] = [];
    for (const visit of ['open', 'open again', 'reload'] as const) {
      const what = `${path} (${visit})`;
      const response = visit === 'reload' ? await page.reload() : await page.goto(path);
      if (!response) throw new Error(`${what}: no response`);
      if (visit !== 'open') {
        expect((await response.request().allHeaders())['if-none-match'], what).toBeTruthy();
      }
      // allHeaders(): the headers as this answer sent them (a 304's own), not the cached copy's.
      policies.push((await response.allHeaders())['content-security-policy'] ?? '');
      if (path === '/about') {
        await expect(page.getByTestId('about:version'), what).toBeVisible();
      } else {
        // The map only draws once the page's scripts ran (and hydrated the page).
        await waitForMapIdle(page);
        expect((await mapPixels(page)).nonBackgroundShare, what).toBeGreaterThan(0.2);
      }
      if (path === '/?country=KAZ') {
        await expect(page.getByRole('heading', { level: 2, name: 'Kazakhstan' })).toBeVisible();
      }
      expect(await violations(), what).toEqual([]);
    }
    expect(
      directive(policies[0]!, 'script-src')!.some((s) => s.startsWith("'sha256-")),
      path,
    ).toBe(true);
    expect(policies, path).toEqual([policies[0], policies[0], policies[0]]);
  }
});

test('an unknown path answers a 404 page that runs under the CSP', async ({ browser }) => {
  // app/not-found.tsx renders per request, so its scripts get the nonce. Its own context: the 404 itself is logged as a console error.
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations = await recordViolations(page);
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await page.waitForLoadState('load');
  expect(await violations()).toEqual([]);
  await context.close();
});
