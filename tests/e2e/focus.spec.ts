import type { Locator, Page } from '@playwright/test';
import {
  currentParams,
  mapContainer,
  openAtlas,
  projectToContainer,
  waitForMapIdle,
} from './atlas-driver';
import { expect, test } from './fixtures';

/** The focused element's test id, data-select code, id or tag. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return (
      el?.getAttribute('data-testid') ??
      el?.getAttribute('data-select') ??
      (el?.id || el?.tagName.toLowerCase())
    );
  });
}

test('the skip links come first and one reaches the layers', async ({ page }) => {
  await openAtlas(page, '?country=KAZ');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('skip:panel')).toBeFocused();
  await page.keyboard.press('Tab');
  const skip = page.getByTestId('skip:layers');
  await expect(skip).toBeFocused();
  // Shown while focused, not only to screen readers.
  expect((await skip.boundingBox())?.width).toBeGreaterThan(40);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('layers:toggle-accords')).toBeFocused();
});

test('focus moves to the panel heading on selection and back to the list on close', async ({
  page,
}) => {
  await openAtlas(page);
  await page.locator('[data-select="KAZ"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Kazakhstan' })).toBeFocused();

  // A tie far down the ties list: the pair panel opens at its top, heading focused.
  const tie = page.getByTestId('panel:ties').getByRole('button', { name: 'Israel' });
  await tie.focus();
  const panel = page.locator('#panel');
  expect(await panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
  await page.keyboard.press('Enter');
  const pairHeading = page.getByRole('heading', { level: 2, name: /Israel.*Kazakhstan/ });
  await expect(pairHeading).toBeFocused();
  expect(await panel.evaluate((el) => el.scrollTop)).toBe(0);
  await expect(pairHeading).toBeInViewport();

  // Closing returns to the list entry the first panel was opened from.
  await page.getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('panel:pair')).toBeHidden();
  expect(await focused(page)).toBe('KAZ');
});

test('closing returns focus to the search field the panel was opened from', async ({ page }) => {
  await openAtlas(page);
  await page.getByTestId('search:input').fill('Astana');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Kazakhstan' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('search:input')).toBeFocused();
});

test('Escape clears the selection while the slider has focus, and focus stays there', async ({
  page,
}) => {
  await openAtlas(page, '?country=KAZ');
  const slider = page.getByRole('slider');
  await slider.focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('panel:country')).toBeHidden();
  await expect.poll(() => currentParams(page).get('country')).toBeNull();
  await expect(slider).toBeFocused();
});

test('Fit all comes before the zoom buttons and the attribution in Tab order', async ({ page }) => {
  await openAtlas(page);
  const fitAll = page.getByTestId('map:fit-all');
  await fitAll.focus();
  const order = await fitAll.evaluate((el) =>
    ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-attrib a'].map((selector) => {
      const other = document.querySelector(selector);
      return other
        ? Boolean(el.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING)
        : null;
    }),
  );
  expect(order).toEqual([true, true]);
});

/**
 * Opens a camera on which Kazakhstan reaches the map's right edge and hovers it; returns the
 * map's box, the hovered point and the tooltip.
 */
async function hoverKazakhstan(page: Page) {
  const camera = { zoom: 2.6, latitude: 38, longitude: 30 };
  await openAtlas(page, `?map=${camera.zoom}/${camera.latitude}/${camera.longitude}`);
  const box = await mapContainer(page).boundingBox();
  if (!box) throw new Error('map container has no box');
  const point = projectToContainer(camera, { longitude: 63, latitude: 50.5 }, box);
  await page.mouse.move(box.x + point.x, box.y + point.y);
  const tooltip = page.getByTestId('map:tooltip');
  await expect(tooltip).toHaveText('Kazakhstan');
  return { box, point, tooltip };
}

test('the hover tooltip is gone once the camera moves', async ({ page }) => {
  const { tooltip } = await hoverKazakhstan(page);
  // A wheel zoom moves the map under a still pointer: no mouse move follows.
  await page.mouse.wheel(0, -400);
  await expect(tooltip).toBeHidden();
  await waitForMapIdle(page);
  await expect(tooltip).toBeHidden();
});

test('the hover ends when the pointer leaves the map over a country', async ({ page }) => {
  const { box, point, tooltip } = await hoverKazakhstan(page);
  // Still over Kazakhstan at the map's edge, then off the map onto the panel.
  await page.mouse.move(box.x + box.width - 2, box.y + point.y, { steps: 8 });
  await expect(tooltip).toHaveText('Kazakhstan');
  await page.mouse.move(box.x + box.width + 40, box.y + point.y, { steps: 4 });
  await expect(tooltip).toBeHidden();
  await expect(page.locator('canvas.maplibregl-canvas')).not.toHaveCSS('cursor', 'pointer');
});

test('the default view names where arcs leave it, and the marker brings the end in', async ({
  page,
}) => {
  await openAtlas(page);
  // The US lies west, beyond the left edge; arcs from Central Asia bow out over the top.
  const markers = page.getByTestId('map:offscreen:USA');
  await expect(markers.and(page.locator('[data-edge="left"]'))).toHaveCount(1);
  await expect(markers.first()).toHaveAccessibleName(/United States/);
  await markers.first().click();
  await expect(markers).toHaveCount(0);
  await waitForMapIdle(page);
});

/** Rabat and Washington, the far ends of Kazakhstan's arcs, are inside the map for its camera. */
async function expectKazakhstanPartnersInFrame(page: Page) {
  const [zoom = 0, latitude = 0, longitude = 0] = (currentParams(page).get('map') ?? '')
    .split('/')
    .map(Number);
  const box = await mapContainer(page).boundingBox();
  if (!box) throw new Error('map container has no box');
  for (const place of [
    { longitude: -6.85, latitude: 33.97 },
    { longitude: -77.04, latitude: 38.9 },
  ]) {
    const { x, y } = projectToContainer({ zoom, latitude, longitude }, place, box);
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(box.width);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(box.height);
  }
}

test('a selected country is framed with the partners its arcs reach, also after a resize', async ({
  page,
}) => {
  await openAtlas(page, '?map=4/45/65');
  await page.locator('[data-select="KAZ"]').click();
  // The framing animation reports its camera to the link when it ends.
  await expect.poll(() => currentParams(page).get('map')).not.toBe('4/45/65');
  await waitForMapIdle(page);
  await expectKazakhstanPartnersInFrame(page);

  // A narrower window: the frame is fitted again rather than cut at its edges.
  const framed = currentParams(page).get('map');
  await page.setViewportSize({ width: 900, height: 800 });
  await expect.poll(() => currentParams(page).get('map')).not.toBe(framed);
  await waitForMapIdle(page);
  await expectKazakhstanPartnersInFrame(page);
});

test('the server HTML says the map is loading', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html.includes('data-testid="map:loading"'), 'loading notice in the HTML').toBe(true);
  expect(html.includes('Loading map…'), 'loading text in the HTML').toBe(true);
});

test('a native name starts under the heading, not under Close', async ({ page }) => {
  await openAtlas(page, '?country=ISR');
  // Where the text itself starts: an element's box spans its block, whatever the alignment.
  const textLeft = (locator: Locator) =>
    locator.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return range.getBoundingClientRect().left;
    });
  const heading = await textLeft(page.getByRole('heading', { level: 2, name: 'Israel' }));
  const native = await textLeft(page.getByText('ישראל', { exact: true }));
  expect(Math.abs(native - heading)).toBeLessThan(4);
});
