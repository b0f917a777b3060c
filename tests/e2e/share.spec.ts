import { PNG } from 'pngjs';
import { OG_CACHE_CONTROL } from '../../lib/og/cache';
import { gotoHydrated } from './atlas-driver';
import { expect, test } from './fixtures';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test('the Open Graph image of a pair view is a 1200×630 PNG, cached for a day', async ({
  request,
}) => {
  const response = await request.get('/og?pair=ISR~KAZ&date=2025-11-07');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(response.headers()['cache-control']).toBe(OG_CACHE_CONTROL);
  const body = await response.body();
  expect([...body.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const png = PNG.sync.read(body);
  expect([png.width, png.height]).toEqual([1200, 630]);
});

test('the share menu copies the canonical link and a citation, and Escape closes it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoHydrated(page, '/?country=kaz&date=2025-11-07');
  await expect(page).toHaveURL(/\?country=KAZ&date=2025-11-07$/);
  await page.getByTestId('share:button').click();
  await page.getByTestId('share:copy-link').click();
  await expect(page.getByTestId('share:status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await page.getByTestId('share:copy-citation').click();
  await expect(page.getByTestId('share:status')).toHaveText('Citation copied (Text)');
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toContain('Accords Atlas');
  expect(citation).toContain(page.url());
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('share:panel')).toBeHidden();
  await expect(page.getByTestId('share:button')).toBeFocused();
  // The menu's Escape did not also clear the selection.
  await expect(page).toHaveURL(/country=KAZ/);
});
