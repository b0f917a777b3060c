import { greatCircleArc } from '../../lib/geo/arcs';
import {
  clickPlace,
  colourAt,
  currentParams,
  differingShare,
  mapImage,
  openAtlas,
  waitForMapView,
} from './atlas-driver';
import { expect, test } from './fixtures';

/** Morocco to Kazakhstan at a zoom where both are large on a 1280×800 window. */
const CAMERA = { zoom: 2.6, latitude: 38, longitude: 30 };
const CAMERA_PARAM = 'map=2.6/38/30';
/** Inland points far from labels, points and borders. */
const IN_MOROCCO = { longitude: -5.5, latitude: 32 };
const IN_KAZAKHSTAN = { longitude: 63, latitude: 50.5 };

const TOGGLES = [
  { id: 'accords', on: true },
  { id: 'ties', on: true },
  { id: 'minerals', on: true },
  { id: 'disputed', on: true },
  { id: 'embassies', on: false },
  { id: 'c5', on: false },
] as const;

for (const { id, on } of TOGGLES) {
  test(`toggling the ${id} layer changes the map and the URL`, async ({ page }) => {
    await openAtlas(page, `?${CAMERA_PARAM}`);
    const before = await mapImage(page);
    const toggle = page.getByTestId(`layers:toggle-${id}`);
    await expect(toggle).toBeChecked({ checked: on });
    await toggle.click();
    await expect(toggle).toBeChecked({ checked: !on });
    const layersInUrl = () => currentParams(page).get('layers') ?? '';
    await expect.poll(() => layersInUrl().split('~').includes(id)).toBe(!on);
    const layers = layersInUrl();
    await waitForMapView(page, `layers=${layers}`);
    expect(differingShare(before, await mapImage(page))).toBeGreaterThan(0.001);
  });
}

test('Morocco and Kazakhstan change colour between Sept 2020 and Dec 2025', async ({ page }) => {
  await openAtlas(page, `?layers=accords&date=2020-09-20&${CAMERA_PARAM}`);
  const moroccoBefore = await colourAt(page, CAMERA, IN_MOROCCO);
  const kazakhstanBefore = await colourAt(page, CAMERA, IN_KAZAKHSTAN);
  await openAtlas(page, `?layers=accords&date=2025-12-01&${CAMERA_PARAM}`);
  expect(await colourAt(page, CAMERA, IN_MOROCCO)).not.toEqual(moroccoBefore);
  expect(await colourAt(page, CAMERA, IN_KAZAKHSTAN)).not.toEqual(kazakhstanBefore);
  // Not a signatory in Sept 2020; an original signatory (saturated blue) in Dec 2025.
  const [red, , blue] = await colourAt(page, CAMERA, IN_MOROCCO);
  expect(blue).toBeGreaterThan(red + 60);
});

test('the panel follows the date', async ({ page }) => {
  await openAtlas(page, '?country=KAZ&date=2025-07-31');
  await expect(page.getByTestId('panel:status')).toContainText('Not in the Accords');
  await openAtlas(page, '?country=KAZ&date=2025-11-05');
  await expect(page.getByTestId('panel:status')).toContainText('Talks reported');
  await openAtlas(page, '?country=KAZ&date=2025-11-07');
  await expect(page.getByTestId('panel:status')).toContainText('Accession announced');
});

test('Play advances the date', async ({ page }) => {
  await openAtlas(page, '?date=2020-08-01');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page).toHaveURL(/date=2020-08-13/);
  await expect(page).toHaveURL(/date=2020-09-1\d/);
  await page.getByRole('button', { name: 'Pause' }).click();
});

test('clicking an arc opens the pair view', async ({ page }) => {
  await openAtlas(page, `?country=KAZ&layers=ties&${CAMERA_PARAM}`);
  const astana = [71.4704, 51.1605];
  const jerusalem = [35.2137, 31.7683];
  const middle = greatCircleArc(astana, jerusalem, {}).geometry.coordinates[32]!;
  await clickPlace(page, CAMERA, { longitude: middle[0]!, latitude: middle[1]! });
  await expect(page).toHaveURL(/pair=ISR~KAZ/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Israel and Kazakhstan' }),
  ).toBeVisible();
  await expect(page.getByTestId('pair:relations')).toContainText('10 April 1992');
});

test('selecting a country frames it; a link with a camera keeps its camera', async ({ page }) => {
  await openAtlas(page, '?country=ISR&map=2/30/40');
  expect(currentParams(page).get('map')).toBe('2/30/40');
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: /^Kazakhstan/ }).click();
  // Framed with its partners (focus.spec.ts checks what the frame holds).
  await expect.poll(() => currentParams(page).get('map')).not.toBe('2/30/40');
});
