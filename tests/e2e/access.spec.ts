import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { currentParams, gotoHydrated, mapPixels, openAtlas, waitForMapView } from './atlas-driver';
import { expect, test } from './fixtures';
import meta from '../../data/meta.json';
import { addDays } from '../../lib/timeline';

/** Presses Tab until the focused element matches, so the walk never touches the mouse. */
async function tabTo(page: Page, selector: string, maxPresses = 120) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('keyboard only: search, select, toggle a layer, change the date', async ({ page }) => {
  await openAtlas(page);
  await tabTo(page, '[data-testid="search:input"]');
  await page.keyboard.type('Toshkent');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/country=UZB/);
  await expect(page.getByTestId('announcer')).toHaveText('Uzbekistan selected');

  await tabTo(page, '[data-testid="layers:toggle-c5"]');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/layers=[^&]*c5/);

  await tabTo(page, 'input[type="range"]');
  await page.keyboard.press('ArrowLeft');
  // The slider starts at the dataset's as-of day; one step left is the day before.
  const dayBefore = addDays(meta.asOf, -1);
  await expect(page).toHaveURL(new RegExp(`date=${dayBefore}`));
  await waitForMapView(page, `date=${dayBefore}`, 'country=UZB');
});

test('the table sorts and filters, and both survive a reload', async ({ page }) => {
  await gotoHydrated(page, '/?view=table');
  await page.getByTestId('table:header:since').getByRole('button').click();
  await expect(page).toHaveURL(/sort=since/);
  await page.getByTestId('table:filter').fill('Казахстан');
  await expect(page).toHaveURL(/q=%D0%9A/);
  await expect(page.getByTestId('table:count')).toContainText('1 of 11');
  await page.reload();
  await expect(page.getByTestId('table:count')).toContainText('1 of 11');
  await expect(page.getByTestId('table:row:KAZ')).toBeVisible();
  await page.getByTestId('table:row:KAZ').getByRole('button', { name: 'Kazakhstan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Kazakhstan' })).toBeVisible();
});

test('the table CSV parses, one row per country', async ({ page }) => {
  await gotoHydrated(page, '/?view=table');
  const download = page.waitForEvent('download');
  await page.getByTestId('table:download').click();
  const csv = (await readFile(await (await download).path()))
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const lines = csv.trim().split('\r\n');
  expect(lines).toHaveLength(12);
  expect(lines[0]).toMatch(/^as_of,iso3,name,status,.*,agreements,dataset_version$/);
});

test('the map PNG export decodes, with the legend and citation below the map', async ({ page }) => {
  await openAtlas(page, '?country=KAZ');
  await page.getByTestId('export:button').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export:png').click();
  const png = PNG.sync.read(await readFile(await (await download).path()));
  const map = await mapPixels(page);
  expect(png.width).toBeGreaterThanOrEqual(map.width);
  expect(png.height).toBeGreaterThan(map.height);
});

test('the GeoJSON export of the visible layers is valid', async ({ page }) => {
  await openAtlas(page, '?layers=ties~minerals');
  await page.getByTestId('export:button').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export:geojson').click();
  const geojson = JSON.parse((await readFile(await (await download).path())).toString('utf8'));
  expect(geojson.type).toBe('FeatureCollection');
  expect(geojson.features.length).toBeGreaterThan(0);
  for (const feature of geojson.features) {
    expect(feature.type).toBe('Feature');
    expect(['ties', 'minerals']).toContain(feature.properties.layer);
    expect(['Point', 'LineString', 'MultiLineString']).toContain(feature.geometry.type);
  }
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('nothing scrolls sideways, the map draws and the panel sits below it', async ({ page }) => {
    await openAtlas(page, '?country=KAZ');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    const pixels = await mapPixels(page);
    expect(pixels.height).toBeGreaterThan(250);
    expect(pixels.nonBackgroundShare).toBeGreaterThan(0.2);
    const heading = page.getByRole('heading', { level: 2, name: 'Kazakhstan' });
    await heading.scrollIntoViewIfNeeded();
    await expect(heading).toBeVisible();
  });

  test('a tap on a country selects it', async ({ page }) => {
    await openAtlas(page, '?layers=accords&map=2.5/45/65');
    const box = await page.getByTestId('map:container').boundingBox();
    await page
      .getByTestId('map:container')
      .tap({ position: { x: box!.width / 2 + 10, y: box!.height / 2 - 5 } });
    await expect.poll(() => currentParams(page).get('country')).not.toBeNull();
  });
});

test('Russian: the UI, names and dates are translated', async ({ page }) => {
  await openAtlas(page, '?country=KAZ&lang=ru&date=2025-11-07');
  await expect(page.getByRole('heading', { level: 2, name: 'Казахстан' })).toBeVisible();
  await expect(page.locator('[lang="ru"]').first()).toBeVisible();
  await expect(page.getByTestId('panel:status')).toContainText('ноября 2025');
  await page.getByTestId('lang:en').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Kazakhstan' })).toBeVisible();
  await expect(page).not.toHaveURL(/lang=/);
});
