import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { currentParams, gotoHydrated, projectToContainer } from './atlas-driver';
import { expect, test } from './fixtures';
import { blockingViolations, runAxe } from './axe';

/** Morocco to Kazakhstan at a zoom where both are large on a 1280×800 window. */
const CAMERA = { zoom: 2.6, latitude: 38, longitude: 30 };
const LINK = '?layers=accords&date=2021-01-31&compare=2020-09-20&map=2.6/38/30';
/** Inland Morocco, far from labels and borders: in the left half of the map at this camera. */
const IN_MOROCCO = { longitude: -5.5, latitude: 32 };

function side(page: Page, which: 'left' | 'right') {
  return page.getByTestId(`compare:${which}`).getByTestId('map:container');
}

/** Waits until both maps have drawn their day. */
async function waitForBoth(page: Page) {
  for (const [which, day] of [
    ['left', '2020-09-20'],
    ['right', '2021-01-31'],
  ] as const) {
    await expect(side(page, which)).toHaveAttribute('data-map-idle', 'true');
    await expect(side(page, which)).toHaveAttribute('data-map-view', new RegExp(`date=${day}`));
  }
}

/** What the compare view shows on screen: its colour at a place, and how varied it is. */
async function shown(page: Page) {
  const view = page.getByTestId('compare:view');
  const box = await view.boundingBox();
  if (!box) throw new Error('compare view has no box');
  const png = PNG.sync.read(await view.screenshot());
  const { x, y } = projectToContainer(CAMERA, IN_MOROCCO, box);
  const at = (Math.round(y) * png.width + Math.round(x)) * 4;
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
  return { morocco: [png.data[at]!, png.data[at + 1]!, png.data[at + 2]!], colours: colours.size };
}

test('a compare link shows two maps of two days, labelled, split by a keyboard swipe', async ({
  page,
}) => {
  await page.goto(`/${LINK}`);
  await waitForBoth(page);
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(2);
  await expect(page.getByTestId('compare:label:left')).toHaveText(/Left:\s*20 September 2020/);
  await expect(page.getByTestId('compare:label:right')).toHaveText(/Right:\s*31 January 2021/);

  const handle = page.getByRole('slider', { name: 'Swipe between the two dates' });
  await expect(handle).toHaveAttribute('aria-valuenow', '50');
  // All of the left map (20 Sep 2020: Morocco not yet in the Accords).
  await handle.focus();
  await page.keyboard.press('End');
  await expect(handle).toHaveAttribute('aria-valuenow', '100');
  const left = await shown(page);
  // All of the right map (31 Jan 2021: Morocco a signatory, drawn blue).
  await page.keyboard.press('Home');
  await expect(handle).toHaveAttribute('aria-valuenow', '0');
  const right = await shown(page);
  expect(left.colours).toBeGreaterThan(8);
  expect(right.colours).toBeGreaterThan(8);
  const [red, , blue] = right.morocco;
  expect(blue).toBeGreaterThan(red! + 60);
  expect(left.morocco).not.toEqual(right.morocco);
  // Arrows step by 5%.
  await page.keyboard.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', '5');
  // The swipe is the reader's, not the link's: the address is unchanged.
  expect(currentParams(page).get('compare')).toBe('2020-09-20');
});

type HookedMap = {
  getZoom(): number;
  getCenter(): { lng: number };
  getContainer(): HTMLElement;
  jumpTo(options: { zoom: number }): void;
};

test('the two maps move together', async ({ page }) => {
  // The map's test hook (components/map/map-view.tsx) hands each map to the page.
  await page.addInitScript(() => {
    const maps: HookedMap[] = [];
    Object.assign(window, { __maps: maps, __atlasOnMap: (map: HookedMap) => maps.push(map) });
  });
  await page.goto(`/${LINK}`);
  await waitForBoth(page);
  /** Each map's zoom and centre longitude, left then right. */
  const cameras = () =>
    page.evaluate(() => {
      const maps = (window as unknown as { __maps: HookedMap[] }).__maps;
      const of = (side: string) =>
        maps.find((map) => map.getContainer().closest(`[data-testid="compare:${side}"]`))!;
      return [of('left'), of('right')].map(
        (map) => `${map.getZoom().toFixed(2)}/${map.getCenter().lng.toFixed(2)}`,
      );
    });
  expect(await cameras()).toEqual(['2.60/30.00', '2.60/30.00']);
  // The left map reports no camera to the link: only the sync can move the right one.
  await page.evaluate(() => {
    const maps = (window as unknown as { __maps: HookedMap[] }).__maps;
    maps
      .find((map) => map.getContainer().closest('[data-testid="compare:left"]'))!
      .jumpTo({ zoom: 4 });
  });
  expect(await cameras()).toEqual(['4.00/30.00', '4.00/30.00']);
  // And the right map, which reports for both, writes the camera to the link.
  await expect.poll(() => currentParams(page).get('map')).toBe('4/38/30');
  await page.getByTestId('compare:right').getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(cameras).toEqual(['5.00/30.00', '5.00/30.00']);
  await waitForBoth(page);
});

test('compare opens from the panel and closes again; Russian labels', async ({ page }) => {
  await gotoHydrated(page, '/?lang=ru&date=2021-01-31&layers=accords');
  await expect(page.getByTestId('map:container')).toHaveAttribute('data-map-idle', 'true');
  await page.getByTestId('compare:field').fill('2020-09-20');
  await page.getByRole('button', { name: 'Сравнить', exact: true }).click();
  await expect.poll(() => currentParams(page).get('compare')).toBe('2020-09-20');
  await expect(page.getByTestId('compare:label:left')).toHaveText(/Слева:\s*20 сентября 2020/);
  await expect(page.getByTestId('compare:label:right')).toHaveText(/Справа:\s*31 января 2021/);
  await page.getByRole('button', { name: 'Закончить сравнение' }).click();
  await expect(page.getByTestId('compare:view')).toHaveCount(0);
  expect(currentParams(page).has('compare')).toBe(false);
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
});

test('a compare day equal to the date, or outside the dataset, is ignored with a notice', async ({
  page,
}) => {
  for (const query of ['?date=2021-01-31&compare=2021-01-31', '?compare=1999-01-01']) {
    await page.goto(`/${query}`);
    await expect(page.getByTestId('link:notice')).toContainText('not a valid compare');
    await expect(page.getByTestId('compare:view')).toHaveCount(0);
    await expect.poll(() => currentParams(page).has('compare')).toBe(false);
  }
});

test('without compare, the compare module is not loaded', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text());
  });
  await page.goto('/?layers=accords');
  await expect(page.getByTestId('map:container').first()).toHaveAttribute('data-map-idle', 'true');
  expect(scripts.some((code) => code.includes('compare:handle'))).toBe(false);
});

for (const { name, viewport, lang } of [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, lang: 'en' },
  { name: 'phone', viewport: { width: 390, height: 844 }, lang: 'ru' },
]) {
  test(`axe finds no serious or critical issue in the compare view (${name}, ${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto(`/${LINK}${lang === 'en' ? '' : `&lang=${lang}`}`);
    await waitForBoth(page);
    const results = await runAxe(page);
    const blocking = blockingViolations(results);
    expect(blocking).toEqual([]);
  });
}
