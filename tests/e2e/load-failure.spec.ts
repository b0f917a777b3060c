/**
 * A page whose texts, dataset or code do not arrive (lib/page-resource.ts,
 * components/layout/load-failure-boundary.tsx): a failure in passing is fetched again and the
 * page works; one that lasts gets a message in the page's language with a reload, which recovers
 * once the server answers again.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { clickPlace, openAtlas, waitForMapIdle } from './atlas-driver';
import { blockingViolations, runAxe } from './axe';
import { CRASH_TEXTS } from '../../lib/i18n/crash-texts';
import en from '../../lib/i18n/messages/en.json';
import ru from '../../lib/i18n/messages/ru.json';

/** Answers 404 for the code chunk whose text holds `text`, as if it were gone; the rest loads. */
async function failChunkHolding(page: Page, text: string): Promise<void> {
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes(text)) await route.fulfill({ status: 404 });
    else await route.fulfill({ response, body });
  });
}

/** The staged failures: the browser's report of each, and React's of the error it caught. */
const LOAD_FAILURES = /Failed to load resource|could not be loaded|Failed to load chunk/;
test.use({ expectedErrors: LOAD_FAILURES });

test('a dataset answer lost in passing is fetched again, and the page works', async ({ page }) => {
  const asked: number[] = [];
  await page.route('**/api/dataset?v=*', async (route) => {
    asked.push(Date.now());
    if (asked.length === 1) await route.fulfill({ status: 503, body: 'restarting' });
    else await route.continue();
  });
  await page.goto('/?country=KAZ');
  await waitForMapIdle(page);
  expect(asked).toHaveLength(2);
  expect(asked[1]! - asked[0]!).toBeGreaterThanOrEqual(1_000);
  await expect(page.getByRole('alert', { name: en.app.loadFailed.title })).toHaveCount(0);
  // Hydrated: a typed date moves the view, and the address follows.
  const field = page.getByLabel('Go to date');
  await field.fill('2021-01-31');
  await field.press('Enter');
  await expect(page).toHaveURL(/[?&]date=2021-01-31/);
});

test('a page from an earlier release, whose dataset the server replaced, loads again as the current one', async ({
  page,
}) => {
  // As the server answers a version it no longer has: a redirect to the current one. Here the
  // first answer redirects to the same address, standing for the current version's.
  let datasetAnswers = 0;
  await page.route('**/api/dataset?v=*', async (route) => {
    datasetAnswers += 1;
    if (datasetAnswers === 1) {
      await route.fulfill({ status: 307, headers: { location: route.request().url() } });
    } else await route.continue();
  });
  const documents: string[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest()) documents.push(request.url());
  });
  await page.goto('/?country=KAZ');
  await waitForMapIdle(page);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  // The page was loaded again, once.
  expect(documents).toHaveLength(2);
  await expect(page.getByRole('heading', { level: 2, name: 'Kazakhstan' })).toBeVisible();
});

test('messages that never arrive get a message in the page’s language; reloading recovers', async ({
  page,
}) => {
  await page.route('**/api/messages?v=*', (route) => route.abort('connectionreset'));
  await page.goto('/?country=KAZ&lang=ru');
  // After the first try and two more, 1 s and 3 s apart.
  const alert = page.getByRole('alert', { name: ru.app.loadFailed.title });
  await expect(alert).toBeVisible({ timeout: 15_000 });
  await expect(alert).toContainText(ru.app.loadFailed.body);
  await page.unroute('**/api/messages?v=*');
  await alert.getByRole('button', { name: ru.app.loadFailed.reload }).click();
  await waitForMapIdle(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Казахстан' })).toBeVisible();
  await expect(alert).toHaveCount(0);
});

test('a panel whose code no longer arrives (a newer release) gets the message; reloading recovers', async ({
  page,
}) => {
  const camera = { zoom: 3, latitude: 45, longitude: 62 };
  await openAtlas(page, '?map=3/45/62');
  // From now on the page's code is gone, as after a release newer than the ones kept.
  await page.route('**/_next/static/chunks/**', (route) => route.fulfill({ status: 404 }));
  await clickPlace(page, camera, { longitude: 70, latitude: 49 });
  const alert = page.getByRole('alert', { name: en.app.loadFailed.title });
  await expect(alert).toBeVisible();
  await page.unroute('**/_next/static/chunks/**');
  await alert.getByRole('button', { name: en.app.loadFailed.reload }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Kazakhstan' })).toBeVisible();
  await expect(alert).toHaveCount(0);
});

test.describe('the map’s parts that do not arrive', () => {
  test('its country outlines: the map says so, the panel still reads', async ({ page }) => {
    await page.route('**/countries-*.json', (route) => route.abort());
    await page.goto('/?country=KAZ');
    await expect(page.getByRole('status').filter({ hasText: en.map.geometryError })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Kazakhstan' })).toBeVisible();
  });

  test('MapLibre’s module: the map says so, instead of "Loading map…" for ever', async ({
    page,
  }) => {
    await page.route('**/maplibre-gl.*.mjs', (route) => route.abort());
    await page.goto('/?country=KAZ');
    await expect(page.getByRole('status').filter({ hasText: en.map.mapError })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Kazakhstan' })).toBeVisible();
  });

  // At once: the workers MapLibre starts with its module fail before any map exists. Late: the
  // map exists, and hears of the failure too.
  for (const [when, delayMs] of [
    ['at once', 0],
    ['late', 2_000],
  ] as const) {
    test(`MapLibre’s worker, failing ${when}: the map says so, instead of "Loading map…" for ever`, async ({
      page,
    }) => {
      await page.route('**/maplibre-gl-worker.*.mjs', async (route) => {
        // A slow server, staged: not a wait for the page.
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        await route.fulfill({ status: 404 });
      });
      await page.goto('/?country=KAZ');
      await expect(page.getByRole('status').filter({ hasText: en.map.mapError })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Kazakhstan' })).toBeVisible();
    });
  }

  test('the map view’s code: the page’s message, with a reload', async ({ page }) => {
    // Only the chunk that holds the map view (its "fit all" control) fails.
    await failChunkHolding(page, 'map:fit-all');
    await page.goto('/');
    await expect(page.getByRole('alert', { name: en.app.loadFailed.title })).toBeVisible();
  });
});

test('the search’s code that does not arrive: the page’s message, not a box that finds nothing', async ({
  page,
}) => {
  // Only the chunk that holds the search's other spellings fails.
  await failChunkHolding(page, 'Qazaqstan');
  await openAtlas(page);
  await page.getByLabel(en.search.label).fill('Kaz');
  await expect(page.getByRole('alert', { name: en.app.loadFailed.title })).toBeVisible();
});

test.describe('code loaded ahead of use that does not arrive', () => {
  /** The next 404 for a code chunk: the failure `failChunkHolding` stages. */
  const chunkGone = (page: Page) =>
    page.waitForResponse((r) => r.url().includes('/_next/static/chunks/') && r.status() === 404);

  test('a menu’s panel, loaded on hover: let go, and opening the menu says so', async ({
    page,
  }) => {
    await failChunkHolding(page, 'share:copy-link');
    await openAtlas(page);
    const share = page.getByTestId('share:button');
    const gone = chunkGone(page);
    await share.hover();
    await gone;
    await share.click();
    await expect(page.getByRole('alert', { name: en.app.loadFailed.title })).toBeVisible();
  });

  test('the print brief, loaded once the page is idle: let go, and the page works', async ({
    page,
  }) => {
    await failChunkHolding(page, 'print:brief');
    const refused: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/_next/static/chunks/') && r.status() === 404) refused.push(r.url());
    });
    await openAtlas(page);
    // The bundler's loader asks twice before it gives up: the failure is complete then.
    await expect.poll(() => refused.length, { timeout: 15_000 }).toBe(2);
    await page.getByTestId('share:button').click();
    await expect(page.getByTestId('share:copy-link')).toBeVisible();
  });
});

test.describe('an error nothing else catches', () => {
  // The render error the staged answer raises, besides the load failures above.
  test.use({
    expectedErrors: new RegExp(`${LOAD_FAILURES.source}|Cannot read properties of undefined`),
  });

  test('a dataset the page cannot draw: the page’s own message in its language, with a reload and the start page', async ({
    page,
  }) => {
    // A well-formed answer with nothing the page expects in it (a broken cache in between, say).
    await page.route('**/api/dataset?v=*', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"countries":[]}' }),
    );
    await page.goto('/?country=KAZ&lang=ru');
    const alert = page.getByRole('alert', { name: CRASH_TEXTS.ru.title });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(CRASH_TEXTS.ru.body);
    await expect(page.getByRole('heading', { name: CRASH_TEXTS.ru.title })).toBeFocused();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(alert.getByRole('link', { name: CRASH_TEXTS.ru.startPage })).toHaveAttribute(
      'href',
      '/?lang=ru',
    );
    expect(blockingViolations(await runAxe(page))).toEqual([]);
    // Once the answer is whole again, the reload brings the view back.
    await page.unroute('**/api/dataset?v=*');
    await alert.getByRole('button', { name: CRASH_TEXTS.ru.reload }).click();
    await waitForMapIdle(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Казахстан' })).toBeVisible();
  });
});
