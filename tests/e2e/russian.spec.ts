/**
 * Russian done right (issue 14): the document language, case after prepositions, names of
 * countries outside the dataset, translated map furniture; and the legend and copy fixes.
 */
import {
  currentParams,
  gotoHydrated,
  mapContainer,
  openAtlas,
  waitForMapIdle,
  waitForMapView,
} from './atlas-driver';
import { expect, test } from './fixtures';

test.describe('<html lang> follows the link', () => {
  test('the dashboard in Russian is a Russian document, and switching updates it', async ({
    page,
  }) => {
    await openAtlas(page, '?lang=ru');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await page.getByTestId('lang:en').click();
    await expect.poll(() => currentParams(page).get('lang')).toBeNull();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('in the server HTML of the dashboard, the embed and the 404 page', async ({ request }) => {
    for (const [path, lang] of [
      ['/?lang=ru', 'ru'],
      ['/?lang=RU&country=KAZ', 'ru'],
      ['/', 'en'],
      ['/?lang=xx', 'en'],
      ['/embed?country=KAZ&lang=ru', 'ru'],
    ] as const) {
      const html = await (await request.get(path)).text();
      expect(html, path).toMatch(new RegExp(`<html[^>]* lang="${lang}"`));
    }
    const missing = await request.get('/nowhere?lang=ru');
    expect(missing.status()).toBe(404);
    const html = await missing.text();
    expect(html).toMatch(/<html[^>]* lang="ru"/);
    expect(html).toContain('Страница не найдена');
  });
});

test('a view downloads only the font files its scripts need, each once, its first ones preloaded (About too)', async ({
  page,
}) => {
  /**
   * Noto Sans files fetched so far, by @fontsource name without the build's content hash, with
   * what asked for each (`link`: the page's preload).
   */
  const fonts = async () => {
    const entries = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => /\/noto-sans[^/]*\.woff2$/.test(new URL(entry.name).pathname))
        .map((entry) => ({
          path:
            /(noto-sans-[a-z-]+-\d00-normal)\.[\w-]+\.woff2$/.exec(entry.name)?.[1] ?? entry.name,
          initiator: entry.initiatorType,
          downloaded: entry.transferSize > 0,
        })),
    );
    // Each file crosses the network once, under one name: MapLibre asks for a file the page
    // already has again, and gets it from the browser's cache (no bytes transferred).
    const downloads = entries.filter((entry) => entry.downloaded).map((entry) => entry.path);
    expect(downloads.length, downloads.join()).toBe(new Set(downloads).size);
    return entries.map((entry) => `${entry.path} ${entry.initiator}`);
  };
  const settled = async () => {
    await waitForMapIdle(page);
    // The off-screen marker (the US, west of the first view) draws an arrow: once it is there and
    // the fonts have settled, the view has drawn every script it shows.
    await expect(page.getByTestId('map:offscreen:USA').first()).toBeVisible();
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
  };
  await openAtlas(page);
  await settled();
  const english = await fonts();
  // The interface and the map share one copy of each file: Latin only, the regular and semibold
  // faces preloaded by the page.
  expect(english).toContain('noto-sans-latin-400-normal link');
  expect(english).toContain('noto-sans-latin-600-normal link');
  expect(english.filter((entry) => !entry.startsWith('noto-sans-latin-'))).toEqual([]);
  await openAtlas(page, '?lang=ru');
  await settled();
  const russian = await fonts();
  expect(russian).toContain('noto-sans-cyrillic-400-normal link');
  expect(russian).toContain('noto-sans-cyrillic-600-normal link');
  // The About page, which has no map, preloads its text's files too.
  await page.goto('/about?lang=ru');
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  const about = await fonts();
  for (const file of ['latin-400', 'latin-600', 'cyrillic-400', 'cyrillic-600']) {
    expect(about).toContain(`noto-sans-${file}-normal link`);
  }
});

test('a month-precise date after «с» is in the genitive: «с мая 1996 г.»', async ({ page }) => {
  await openAtlas(page, '?country=KAZ&lang=ru');
  const ties = page.getByTestId('panel:ties');
  await expect(ties).toContainText(
    /Миссия Казахстана в Израиле: Посольство( · [^(]+)? \(с мая 1996\sг\.\)/,
  );
  await expect(ties).not.toContainText('с май ');
  await expect(ties).not.toContainText('страна пребывания');
});

test('a Russian hover on Russia reads «Россия», never its code', async ({ page }) => {
  const camera = '3/58/70';
  await openAtlas(page, `?lang=ru&layers=accords&map=${camera}`);
  await waitForMapView(page, 'layers=accords');
  const box = await mapContainer(page).boundingBox();
  if (!box) throw new Error('map container has no box');
  // The camera's centre (58° N, 70° E) lies in western Siberia.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tooltip = page.getByTestId('map:tooltip');
  await expect(tooltip).toContainText('Россия');
  await expect(tooltip).not.toContainText('RUS');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByRole('status').filter({ hasText: 'не входит в охват' })).toContainText(
    'Россия не входит в охват',
  );
});

test('map furniture is translated: attribution and mineral symbols', async ({ page }) => {
  await openAtlas(page, '?lang=ru');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Границы:');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
  await expect(page.getByTestId('layers:panel')).toContainText('Газ — природный газ');
});

test('the legend names and defines every class, with the map’s hatch', async ({ page }) => {
  await openAtlas(page);
  const statuses = page.getByTestId('legend:accords');
  // The nine classes and the hatch's own row, as the PNG export's legend draws them.
  await expect(statuses.getByRole('listitem')).toHaveCount(10);
  await expect(statuses).toContainText('Signed 2020–21');
  await expect(statuses).toContainText('Signed an Accords document with Israel in 2020 or 2021.');
  await expect(statuses).toContainText('Joined later');
  const hatched = statuses.locator('[data-hatched]');
  await expect(hatched).toHaveCount(4);
  await expect(hatched.first()).toHaveCSS('background-image', /repeating-linear-gradient/);
});

test('coordinates read as hemispheres, in each language', async ({ page }) => {
  await page.goto('/?country=MAR');
  await expect(page.getByTestId('panel:country')).toContainText('Rabat (34.02° N, 6.82° W)');
  await page.goto('/?country=MAR&lang=ru');
  await expect(page.getByTestId('panel:country')).toContainText(
    'Рабат (34,02° с. ш., 6,82° з. д.)',
  );
});

test('the table collapses agreement lists to a count, one click from the titles', async ({
  page,
}) => {
  await gotoHydrated(page, '/?view=table');
  const first = page.getByTestId('table:agreements').first();
  await expect(first).toBeVisible();
  await expect(first.getByRole('listitem').first()).toBeHidden();
  await first.locator('summary').click();
  await expect(first.getByRole('listitem').first()).toBeVisible();
});

test('copy: an undated fact says "Date unknown", and a close range is a range', async ({
  page,
}) => {
  await page.goto('/?country=KAZ');
  const panel = page.getByTestId('panel:country');
  await expect(panel).toContainText('Date unknown');
  await expect(panel.locator('.font-semibold', { hasText: /^Unknown$/ })).toHaveCount(0);
  const share = panel.getByRole('listitem').filter({ has: page.getByTestId('fact:range') });
  await expect(share.getByTestId('fact:range')).toContainText('Figures by source and year');
  await expect(share).toContainText('40% – 43%');
  await expect(share).not.toContainText('Sources disagree');
});
