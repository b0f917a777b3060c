/** Playwright's Chromium as the e2e suite drives it, with the bench's in-page harness. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from '@playwright/test';
import { CHROME_FLAGS, CHROME_PATH, ROOT, VIEWPORT } from './config';

const HARNESS = readFileSync(path.join(ROOT, 'bench', 'page-harness.js'), 'utf8');

/** Debian's Chromium; Playwright adds --no-sandbox and SwiftShader for WebGL itself. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
}

/** A fresh context (empty cache, no cookies) with the harness installed in every page. */
export async function newContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    ...options,
  });
  await context.addInitScript({ content: HARNESS });
  return context;
}

/**
 * Waits until the map has first gone idle and returns the harness's timestamp. Polls every 100 ms
 * with page.evaluate (CDP evaluation, which the app's Content-Security-Policy does not block, as
 * it does page.waitForFunction's eval), so nothing runs in the page every frame.
 */
export async function waitForFirstIdle(page: Page, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = (await page.evaluate('window.__benchHarness?.firstIdle ?? null')) as
      number | null;
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`the map did not go idle within ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
}

/** The map container's state: whether it is idle and the view it last drew. */
export async function mapState(page: Page): Promise<{ idle: boolean; view: string }> {
  const container = page.getByTestId('map:container');
  const [idle, view] = await Promise.all([
    container.getAttribute('data-map-idle'),
    container.getAttribute('data-map-view'),
  ]);
  return { idle: idle === 'true', view: view ?? '' };
}

/** Waits until the map is idle with a view containing every part (e.g. "country=;"). */
export async function waitForMapView(page: Page, parts: string[], timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await mapState(page);
    if (state.idle && parts.every((part) => state.view.includes(part))) return state;
    if (Date.now() > deadline) {
      throw new Error(`map never showed ${parts.join(' & ')}; last: ${JSON.stringify(state)}`);
    }
    await page.waitForTimeout(50);
  }
}
