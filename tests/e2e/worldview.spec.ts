import { colourAt, currentParams, openAtlas, waitForMapView } from './atlas-driver';
import { expect, test } from './fixtures';

/** Morocco and Western Sahara, large on a 1280×800 window. */
const CAMERA = { zoom: 4, latitude: 27, longitude: -9 };
const CAMERA_PARAM = 'map=4/27/-9';
/** Inside Natural Earth's Western Sahara feature, and inland Morocco, away from labels. */
const IN_SAHARA = { longitude: -13, latitude: 24 };
const IN_MOROCCO = { longitude: -6.5, latitude: 32.5 };
/** Inland of the coast round Laayoune, which Natural Earth's de facto lines put in Morocco. */
const ON_COAST = { longitude: -12.8, latitude: 26.5 };

async function colours(page: Parameters<typeof colourAt>[0]) {
  return {
    sahara: await colourAt(page, CAMERA, IN_SAHARA),
    morocco: await colourAt(page, CAMERA, IN_MOROCCO),
    coast: await colourAt(page, CAMERA, ON_COAST),
  };
}

test('worldview=us on 1 Jan 2021 draws Western Sahara inside Morocco; worldview=un does not', async ({
  page,
}) => {
  await openAtlas(page, `?layers=accords&date=2021-01-01&worldview=us&${CAMERA_PARAM}`);
  await waitForMapView(page, 'worldview=merged');
  const us = await colours(page);
  // Morocco signed in Dec 2020: drawn blue, and Western Sahara with it.
  expect(us.morocco[2]).toBeGreaterThan(us.morocco[0] + 60);
  expect(us.sahara).toEqual(us.morocco);
  expect(us.coast).toEqual(us.morocco);

  await openAtlas(page, `?layers=accords&date=2021-01-01&${CAMERA_PARAM}`);
  await waitForMapView(page, 'worldview=apart');
  const un = await colours(page);
  expect(un.morocco).toEqual(us.morocco);
  expect(un.sahara).not.toEqual(un.morocco);
  // The whole territory, up to 27°40′ N, is drawn apart, not only Natural Earth's "W. Sahara".
  expect(un.coast).toEqual(un.sahara);
});

test('the US view follows the date: before 10 Dec 2020 it draws what the UN view does', async ({
  page,
}) => {
  await openAtlas(page, `?layers=accords&date=2020-12-09&worldview=us&${CAMERA_PARAM}`);
  await waitForMapView(page, 'worldview=apart');
  const before = await colours(page);
  expect(before.sahara).not.toEqual(before.morocco);
  await expect(page.getByTestId('worldview:note')).toContainText(
    'Shown: Western Sahara apart from Morocco.',
  );
  await expect(page.getByTestId('worldview:note')).toContainText('Before 10 December 2020');
});

test('the selector switches the view and the note says which is shown and why', async ({
  page,
}) => {
  await openAtlas(page, `?layers=accords&date=2024-01-01&${CAMERA_PARAM}`);
  const note = page.getByTestId('worldview:note');
  await expect(note).toContainText('non-self-governing territory');
  // A click, then a wait for the checked state: the radio is controlled by the link, which React
  // applies a moment after the click (check() asserts at once, and lost that race under load).
  const israelRadio = page.getByRole('radio', { name: 'Israel recognises it' });
  await israelRadio.click();
  await expect(israelRadio).toBeChecked();
  await expect.poll(() => currentParams(page).get('worldview')).toBe('israel');
  await waitForMapView(page, 'worldview=merged');
  await expect(note).toContainText('Shown: Western Sahara as part of Morocco.');
  await expect(note).toContainText('17 July 2023');
  // The recognition event with its sources.
  await expect(note.getByRole('link').first()).toBeVisible();
  const israel = await colours(page);
  expect(israel.sahara).toEqual(israel.morocco);
  // Keyboard: arrows move through the radio group.
  await israelRadio.focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => currentParams(page).get('worldview')).toBe('morocco');
  await page.goBack();
  await expect.poll(() => currentParams(page).get('worldview')).toBe('israel');
});

test('in Russian, and an unknown worldview is ignored with a notice', async ({ page }) => {
  await openAtlas(page, `?date=2021-01-01&worldview=us&lang=ru`);
  await expect(page.getByTestId('worldview:note')).toContainText(
    'Показано: Западная Сахара в составе Марокко.',
  );
  await page.goto('/?worldview=atlantis');
  await expect(page.getByTestId('link:notice')).toContainText('atlantis');
  await expect(page.getByRole('radio', { name: 'the United Nations lists it' })).toBeChecked();
  await expect.poll(() => currentParams(page).has('worldview')).toBe(false);
});
