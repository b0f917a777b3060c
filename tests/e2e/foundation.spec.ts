import {
  clickPlace,
  differingShare,
  gotoHydrated,
  mapContainer,
  mapImage,
  mapPixels,
  openAtlas,
  projectToContainer,
  waitForMapIdle,
} from './atlas-driver';
import { expect, test } from './fixtures';

/** A known camera over Central Asia, so places can be clicked by their coordinates. */
const CENTRAL_ASIA = { zoom: 3, latitude: 45, longitude: 62 };
const CENTRAL_ASIA_QUERY = '?map=3/45/62';
/** Inside Kazakhstan, far from its borders (near Karaganda). */
const IN_KAZAKHSTAN = { longitude: 70, latitude: 49 };
/** In Russia (Chelyabinsk region), two degrees north of Kazakhstan: inside the map's top half at 1280×800. */
const IN_RUSSIA = { longitude: 62, latitude: 56 };

test('the map draws the countries, not a blank or 0-px canvas', async ({ page }) => {
  await openAtlas(page);
  const pixels = await mapPixels(page);
  expect(pixels.height).toBeGreaterThan(300);
  expect(pixels.colours).toBeGreaterThan(20);
  expect(pixels.nonBackgroundShare).toBeGreaterThan(0.3);
});

test('clicking Kazakhstan selects it', async ({ page }) => {
  await openAtlas(page, CENTRAL_ASIA_QUERY);
  await clickPlace(page, CENTRAL_ASIA, IN_KAZAKHSTAN);
  await expect(page.getByRole('heading', { level: 2, name: 'Kazakhstan' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]country=KAZ(&|$)/);
});

test('clicking a country outside the ten names it and keeps the URL', async ({ page }) => {
  await openAtlas(page, CENTRAL_ASIA_QUERY);
  await clickPlace(page, CENTRAL_ASIA, IN_RUSSIA);
  await expect(page.getByRole('status').filter({ hasText: /Russia is outside/ })).toBeVisible();
  expect(new URL(page.url()).searchParams.has('country')).toBe(false);
});

test('a link to Israel opens its panel in the server-rendered HTML', async ({ page, request }) => {
  const html = await (await request.get('/?country=ISR')).text();
  expect(html).toMatch(/<h2[^>]*>Israel<\/h2>/);
  await openAtlas(page, '?country=ISR');
  await expect(page.getByRole('heading', { level: 2, name: 'Israel' })).toBeVisible();
});

test('Escape clears the selection', async ({ page }) => {
  await openAtlas(page, '?country=ISR');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 2, name: 'Israel' })).toHaveCount(0);
  await expect(page).not.toHaveURL(/country=/);
});

test('the close button clears the selection', async ({ page }) => {
  await openAtlas(page, '?country=KAZ');
  await page.getByRole('button', { name: /close/i }).click();
  await expect(page).not.toHaveURL(/country=/);
});

test('hovering a focus country shows its name and a pointer', async ({ page }) => {
  await openAtlas(page, CENTRAL_ASIA_QUERY);
  const box = await mapContainer(page).boundingBox();
  if (!box) throw new Error('map container has no box');
  const { x, y } = projectToContainer(CENTRAL_ASIA, IN_KAZAKHSTAN, box);
  await page.mouse.move(box.x + x, box.y + y);
  await expect(page.getByTestId('map:tooltip')).toHaveText('Kazakhstan');
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveCSS('cursor', 'pointer');
});

test('hovering outlines a country that can be selected, and no other', async ({ page }) => {
  await openAtlas(page, CENTRAL_ASIA_QUERY);
  // The tooltip lies over the canvas: hidden, so the screenshots compare the map alone.
  await page.addStyleTag({ content: '[data-testid="map:tooltip"] { display: none }' });
  const box = (await mapContainer(page).boundingBox())!;
  const moveTo = async (place: { longitude: number; latitude: number }) => {
    const { x, y } = projectToContainer(CENTRAL_ASIA, place, box);
    await page.mouse.move(box.x + x, box.y + y);
  };
  /** The map after the frames that follow a pointer move (MapLibre draws on animation frames). */
  const drawn = async () => {
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    return mapImage(page);
  };
  const quiet = await drawn();
  await moveTo(IN_RUSSIA);
  await expect(page.getByTestId('map:tooltip')).toHaveText(/Russia/);
  expect(differingShare(quiet, await drawn()), 'Russia is not outlined').toBe(0);
  await moveTo(IN_KAZAKHSTAN);
  await expect(page.getByTestId('map:tooltip')).toHaveText('Kazakhstan');
  await expect.poll(async () => differingShare(quiet, await mapImage(page))).toBeGreaterThan(0.001);
});

test('a link camera sets the initial view exactly', async ({ page }) => {
  await openAtlas(page, '?map=4.5/41.3/69.2');
  // Nothing moved, so nothing was rewritten.
  expect(new URL(page.url()).searchParams.get('map')).toBe('4.5/41.3/69.2');
  await page.getByRole('button', { name: 'Fit all' }).click();
  await waitForMapIdle(page);
  await expect(page).not.toHaveURL(/map=4\.5\/41\.3\/69\.2/);
});

test('without WebGL the page says so and the country list, panels and table still work', async ({
  browser,
}) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (type.startsWith('webgl')) return null;
      return (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
  const page = await context.newPage();
  await gotoHydrated(page, '/');
  await expect(page.getByRole('alert').filter({ hasText: 'needs WebGL' })).toBeVisible();
  await page.getByRole('button', { name: /^Kazakhstan/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Kazakhstan' })).toBeVisible();
  await page.getByTestId('view:table').click();
  await expect(page.getByTestId('table:row:UZB')).toBeVisible();
  await context.close();
});
