/**
 * Time that explains itself (issue 13, part 1): year labels on the axis, a typed date, Play to the
 * as-of date with a caption of each step, tick clusters that open their list, and the "What
 * changed" panel of `since=`, with the map outlining what changed.
 */
import type { Page } from '@playwright/test';
import { LAST_DAY } from '../../lib/search-params';
import { currentParams, mapImage, openAtlas, waitForMapView } from './atlas-driver';
import { expect, test } from './fixtures';

/** The as-of day the timeline shows. */
const shownDay = (page: Page) => page.locator('#timeline time').first();

/** Pixels of the map drawn in the change outline's colour (lib/map-style.ts CHANGED_COLOR). */
async function outlinePixels(page: Page): Promise<number> {
  const png = await mapImage(page);
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    if (Math.abs(r - 0xc0) < 24 && Math.abs(g - 0x26) < 24 && Math.abs(b - 0xd3) < 24) count++;
  }
  return count;
}

test.describe('the time axis', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`shows a label for each year, in order and apart, ${viewport.width} px wide`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await openAtlas(page);
      const years = page.getByTestId('timeline:year');
      await expect(years).toHaveText(['2021', '2022', '2023', '2024', '2025', '2026']);
      const boxes = await years.evaluateAll((items) =>
        items.map((item) => {
          const box = item.getBoundingClientRect();
          return { left: box.left, right: box.right, visible: box.width > 0 };
        }),
      );
      const slider = await page.locator('#timeline input[type=range]').boundingBox();
      if (!slider) throw new Error('no slider');
      for (const [i, box] of boxes.entries()) {
        expect(box.visible).toBe(true);
        expect(box.left).toBeGreaterThanOrEqual(slider.x);
        expect(box.right).toBeLessThanOrEqual(slider.x + slider.width);
        if (i > 0) expect(box.left, 'labels overlap').toBeGreaterThan(boxes[i - 1]!.right);
      }
    });
  }
});

test.describe('the typed date', () => {
  test('moves the map to a typed day, by keyboard', async ({ page }) => {
    await openAtlas(page);
    const field = page.getByLabel('Go to date');
    await field.fill('2021-01-31');
    await field.press('Enter');
    await expect(shownDay(page)).toHaveAttribute('datetime', '2021-01-31');
    await expect.poll(() => currentParams(page).get('date')).toBe('2021-01-31');
    await waitForMapView(page, 'date=2021-01-31');
  });

  test('clamps a day outside the timeline, and says so', async ({ page }) => {
    await openAtlas(page, '?date=2021-01-31');
    const field = page.getByLabel('Go to date');
    await field.fill('2019-05-01');
    await field.press('Enter');
    await expect(shownDay(page)).toHaveAttribute('datetime', '2020-08-01');
    await expect(page.getByTestId('timeline:date-message')).toContainText('outside the timeline');
  });

  test('says why an incomplete date is refused, and changes nothing', async ({ page }) => {
    await openAtlas(page, '?date=2021-01-31');
    const field = page.getByLabel('Go to date');
    // Half a date: the month typed, the day and year cleared.
    await field.fill('');
    await field.focus();
    await page.keyboard.type('12');
    await field.press('Enter');
    const message = page.getByTestId('timeline:date-message');
    await expect(message).toHaveAttribute('role', 'alert');
    await expect(message).toContainText('Enter a whole date');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(currentParams(page).get('date')).toBe('2021-01-31');
    await expect(shownDay(page)).toHaveAttribute('datetime', '2021-01-31');
  });
});

test.describe('Play', () => {
  test('captions each step with its event and what it changed', async ({ page }) => {
    await openAtlas(page, '?date=2020-12-09');
    await page.getByRole('button', { name: 'Play' }).click();
    const caption = page.getByTestId('play:caption');
    await expect(caption).toBeVisible();
    // The first step: Morocco's announcement of 10 Dec 2020.
    await expect(caption.getByTestId('play:caption-date')).toHaveText('10 December 2020');
    await expect(caption.getByTestId('play:caption-title').first()).toHaveText(
      'Morocco–Israel relations announced; US recognizes Moroccan sovereignty over Western Sahara',
    );
    await expect(caption.getByTestId('play:caption-changes')).toContainText(
      'Morocco · Status: Not in the Accords → Normalisation announced',
    );
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => currentParams(page).get('date')).toBe('2020-12-10');
  });

  test('runs on past the last Accords event to the as-of date, at the chosen speed', async ({
    page,
  }) => {
    await openAtlas(page, '?date=2026-01-20');
    await page.getByLabel('Speed').selectOption('2');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(shownDay(page)).toHaveAttribute('datetime', '2026-01-27');
    await expect(shownDay(page)).toHaveAttribute('datetime', LAST_DAY);
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    // The as-of date is the default: the link drops it.
    await expect.poll(() => currentParams(page).get('date')).toBeNull();
  });
});

test.describe('tick clusters', () => {
  test('a cluster shows its count and opens its list, by keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openAtlas(page, '?date=2020-08-01');
    const cluster = page.locator('#timeline [role="toolbar"] button[aria-haspopup]').first();
    const count = Number(await cluster.getAttribute('data-ticks'));
    expect(count).toBeGreaterThan(1);
    await expect(cluster.getByTestId('timeline:cluster-count')).toHaveText(String(count));
    await cluster.focus();
    await page.keyboard.press('Enter');
    const list = page.getByTestId('timeline:tick-list');
    await expect(list.getByRole('button')).toHaveCount(count);
    await expect(list.getByRole('button').first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const second = list.getByRole('button').nth(1);
    await expect(second).toBeFocused();
    const days = (await cluster
      .locator('[data-tick]')
      .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-tick')))) as string[];
    await page.keyboard.press('Enter');
    await expect(list).toBeHidden();
    await expect(shownDay(page)).toHaveAttribute('datetime', days[1]!);
    // Escape closes the list and gives focus back to the cluster.
    await cluster.focus();
    await page.keyboard.press('Enter');
    await expect(list).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(cluster).toBeFocused();
  });
});

test.describe('What changed (since=)', () => {
  test('lists the Morocco and Sudan steps between 1 Sept 2020 and 31 Jan 2021', async ({
    page,
  }) => {
    await openAtlas(page, '?date=2021-01-31&since=2020-09-01');
    const panel = page.getByTestId('panel:changes');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('What changed');
    const steps = panel.getByTestId('changes:step');
    const days = await steps.evaluateAll((items) => items.map((i) => i.getAttribute('data-day')));
    expect(days).toEqual([...days].sort());
    const morocco = panel.locator('[data-day="2020-12-22"]');
    await expect(morocco).toContainText(
      'Morocco · Status: Normalisation announced → Signed 2020–21',
    );
    await expect(morocco).toContainText('Morocco–US–Israel Joint Declaration signed in Rabat');
    const sudan = panel.locator('[data-day="2021-01-06"]');
    await expect(sudan).toContainText('Sudan · Status:');
    await expect(sudan).toContainText('Sudan signs the Abraham Accords Declaration in Khartoum');
    // Each event carries its sources.
    await expect(sudan.getByRole('link').first()).toBeVisible();
    // The map outlines what changed; without since= it does not.
    await waitForMapView(page, 'date=2021-01-31');
    expect(await outlinePixels(page)).toBeGreaterThan(200);
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toBeHidden();
    await expect.poll(() => currentParams(page).get('since')).toBeNull();
    await expect.poll(() => outlinePixels(page)).toBeLessThan(20);
  });

  test('the country panel offers "What changed since…", scoped to the country, in Russian', async ({
    page,
  }) => {
    await openAtlas(page, '?country=MAR&date=2021-01-31&lang=ru');
    const field = page.getByLabel('Что изменилось с…');
    await field.fill('2020-09-01');
    await field.press('Enter');
    const panel = page.getByTestId('panel:changes');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Что изменилось');
    // The address follows the view a moment later (nuqs writes it after the render).
    await expect.poll(() => currentParams(page).get('since')).toBe('2020-09-01');
    expect(currentParams(page).get('country')).toBe('MAR');
    await expect(panel.locator('[data-day="2020-12-22"]')).toBeVisible();
    // Scoped to Morocco: Sudan's steps are not listed.
    await expect(panel.locator('[data-day="2021-01-06"]')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('panel:country')).toBeVisible();
    await expect.poll(() => currentParams(page).get('since')).toBeNull();
  });

  test('ignores a since= that is not before the date, with the notice', async ({ page }) => {
    await openAtlas(page, '?date=2021-01-31&since=2021-06-01');
    await expect(page.getByTestId('link:notice')).toContainText('since');
    await expect(page.getByTestId('panel:changes')).toHaveCount(0);
    await expect.poll(() => currentParams(page).get('since')).toBeNull();
  });
});
