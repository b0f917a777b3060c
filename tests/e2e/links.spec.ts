import { currentParams, mapPixels, openAtlas, waitForMapView } from './atlas-driver';
import { expect, test } from './fixtures';

test.describe('each key of a link reproduces its view', () => {
  test('country', async ({ page }) => {
    await openAtlas(page, '?country=kaz');
    await expect(page.getByRole('heading', { level: 2, name: 'Kazakhstan' })).toBeVisible();
    // Written canonically: upper case.
    await expect(page).toHaveURL(/\?country=KAZ$/);
  });

  test('pair', async ({ page }) => {
    await openAtlas(page, '?pair=kaz~isr');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Israel and Kazakhstan' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\?pair=ISR~KAZ$/);
  });

  test('layers', async ({ page }) => {
    await openAtlas(page, '?layers=minerals~c5');
    await expect(page.getByTestId('layers:toggle-c5')).toBeChecked();
    await expect(page.getByTestId('layers:toggle-accords')).not.toBeChecked();
    await expect(page).toHaveURL(/\?layers=minerals~c5$/);
  });

  test('layers=none', async ({ page }) => {
    await openAtlas(page, '?layers=none');
    for (const id of ['accords', 'ties', 'minerals', 'embassies', 'c5', 'disputed']) {
      await expect(page.getByTestId(`layers:toggle-${id}`)).not.toBeChecked();
    }
  });

  test('date', async ({ page }) => {
    await openAtlas(page, '?date=2020-09-20');
    await expect(page.getByText('As of', { exact: false }).first()).toBeVisible();
    await waitForMapView(page, 'date=2020-09-20');
    await expect(page.getByRole('slider')).toHaveAttribute('aria-valuetext', /20 September 2020/);
  });

  test('map', async ({ page }) => {
    await openAtlas(page, '?map=5/41.3/69.2');
    expect(currentParams(page).get('map')).toBe('5/41.3/69.2');
    expect((await mapPixels(page)).colours).toBeGreaterThan(10);
  });

  test('project', async ({ page }) => {
    await openAtlas(page, '?project=upper-kairakty');
    await expect(page.getByRole('heading', { level: 2, name: /Upper Kairakty/ })).toBeVisible();
  });
});

test('Back and Forward walk through selections', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('button', { name: /^Kazakhstan/ }).click();
  await expect(page).toHaveURL(/country=KAZ/);
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: /^Israel/ }).click();
  await expect(page).toHaveURL(/country=ISR/);
  await page.goBack();
  await expect(page).not.toHaveURL(/country=/);
  await page.goBack();
  await expect(page).toHaveURL(/country=KAZ/);
  await expect(page.getByRole('heading', { level: 2, name: 'Kazakhstan' })).toBeVisible();
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 2, name: 'Israel' })).toBeVisible();
});

test('a malformed link shows a notice, applies its valid parts and is rewritten', async ({
  page,
}) => {
  await openAtlas(
    page,
    '?country=XXX&date=2025-12-01&layers=ties~volcanoes&map=99/0/0&pair=KAZ~KAZ',
  );
  const notice = page.getByTestId('link:notice');
  await expect(notice).toContainText('“XXX” is not a valid country');
  await expect(notice).toContainText('volcanoes');
  await expect(page).toHaveURL(/\?layers=ties&date=2025-12-01$/);
  await expect(page.getByTestId('layers:toggle-ties')).toBeChecked();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('a project the dataset lacks is ignored on first paint and after hydration alike', async ({
  page,
}) => {
  // Records whether the side panel is ever empty (the layer list first in it), from the first
  // DOM node on: a client that accepted the id would draw no panel for it until the rewrite.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('#panel')?.firstElementChild?.id === 'layers')
        document.documentElement.dataset.sawEmptyPanel = 'yes';
    }).observe(document, { childList: true, subtree: true });
  });
  await openAtlas(page, '?country=ISR');
  await openAtlas(page, '?project=atlantis');
  await expect(page.getByTestId('link:notice')).toContainText('atlantis');
  // Rewritten to the canonical (default) view, replacing the entry: Back leaves the bad link.
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('panel:project')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.dataset.sawEmptyPanel)).toBeUndefined();
  await page.goBack();
  await expect(page).toHaveURL(/\?country=ISR$/);
});

test('raw input is never rendered as HTML', async ({ page }) => {
  await openAtlas(page, `?country=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.getByTestId('link:notice')).toContainText('<img src=x');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('/embed renders the view without the chrome and links back', async ({ page }) => {
  await page.goto('/embed?country=KAZ&date=2025-11-07');
  await waitForMapView(page, 'country=KAZ');
  expect((await mapPixels(page)).nonBackgroundShare).toBeGreaterThan(0.2);
  await expect(page.getByTestId('layers:panel')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Open in Accords Atlas' })).toHaveAttribute(
    'href',
    '/?country=KAZ&date=2025-11-07',
  );
});
