import type { Locator, Page } from '@playwright/test';
import { mapContainer, openAtlas, projectToContainer, waitForMapIdle } from './atlas-driver';
import { expect, test } from './fixtures';

/** Russian at 360 px: its longer date and Play label push the Play button onto a line of its own. */
const PHONES = [
  { width: 360, height: 740, lang: 'ru', play: 'Воспроизвести', pause: 'Пауза' },
  { width: 390, height: 844, lang: 'en', play: 'Play', pause: 'Pause' },
] as const;

/**
 * How much of the screen's height shows the panel's own text: points down the panel's visible
 * part that hit the panel itself (not the timeline, the map or anything laid over it).
 */
async function readablePanelShare(panel: Locator): Promise<number> {
  return panel.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const top = Math.max(0, box.top);
    const bottom = Math.min(window.innerHeight, box.bottom);
    let readable = 0;
    const step = 4;
    for (let y = top + step / 2; y < bottom; y += step) {
      const hit = document.elementFromPoint(box.left + box.width / 2, y);
      if (hit && element.contains(hit)) readable += step;
    }
    return readable / window.innerHeight;
  });
}

/** The as-of day the timeline shows. */
function shownDay(page: Page): Locator {
  return page.locator('#timeline time').first();
}

type Box = { x: number; y: number; width: number; height: number };
function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

for (const phone of PHONES) {
  test.describe(`phone ${phone.width}×${phone.height}`, () => {
    test.use({
      viewport: { width: phone.width, height: phone.height },
      isMobile: true,
      hasTouch: true,
    });

    test('the header is one row and a country picked from the list shows at least half a screen of its panel', async ({
      page,
    }) => {
      await openAtlas(page);
      const header = page.getByRole('banner');
      expect((await header.boundingBox())?.height).toBeLessThanOrEqual(64);
      // The tools are behind the Menu button.
      await expect(page.getByTestId('share:button')).toBeHidden();
      await page.getByTestId('header:menu').tap();
      await expect(page.getByTestId('share:button')).toBeVisible();

      await page.locator('[data-select="KAZ"]').tap();
      const panel = page.getByTestId('panel:country');
      await expect(panel.getByRole('heading', { level: 2, name: 'Kazakhstan' })).toBeFocused();
      expect(await readablePanelShare(panel)).toBeGreaterThanOrEqual(0.5);
    });

    test('a country tapped on the map shows at least half a screen of its panel', async ({
      page,
    }) => {
      const camera = { zoom: 1.5, latitude: 40, longitude: 50 };
      await openAtlas(page, `?map=${camera.zoom}/${camera.latitude}/${camera.longitude}`);
      const box = await mapContainer(page).boundingBox();
      if (!box) throw new Error('map container has no box');
      const point = projectToContainer(camera, { longitude: 63, latitude: 50.5 }, box);
      await page.touchscreen.tap(box.x + point.x, box.y + point.y);
      await expect(page).toHaveURL(/country=KAZ/);
      const panel = page.getByTestId('panel:country');
      await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
      await expect.poll(() => readablePanelShare(panel)).toBeGreaterThanOrEqual(0.5);
    });

    test('a tapped tick selects that tick (a cluster, from its list), and its tip clears the Play button and goes away', async ({
      page,
    }) => {
      await openAtlas(page, `?date=2020-08-01&lang=${phone.lang}`);
      const play = page.getByRole('button', { name: phone.play });
      const targets = page.locator('#timeline [role="toolbar"] button');
      const count = await targets.count();
      expect(count).toBeGreaterThan(3);
      // Read where the row is at each tap: choosing from a list may scroll the page.
      const tapRow = async (x: number) => {
        const row = await page.locator('#timeline [role="toolbar"]').boundingBox();
        if (!row) throw new Error('no tick row');
        await page.touchscreen.tap(x, row.y + row.height / 2);
      };
      const marksOf = (scope: Locator) =>
        scope.locator('[data-tick]').evaluateAll((spans) =>
          spans.map((span) => {
            const box = span.getBoundingClientRect();
            return { day: span.getAttribute('data-tick') ?? '', x: box.x + box.width / 2 };
          }),
        );
      // Every target is big enough for a finger, and a tap on its edgemost mark (where a
      // neighbour would steal it) selects one of its own days; a cluster's tap opens the list of
      // its days, on screen, and the last one is chosen.
      const list = page.getByTestId('timeline:tick-list');
      const singles: { day: string; x: number }[] = [];
      for (let i = 0; i < count; i++) {
        const target = targets.nth(i);
        const box = await target.boundingBox();
        expect(box?.width).toBeGreaterThanOrEqual(24);
        expect(box?.height).toBeGreaterThanOrEqual(24);
        const own = await marksOf(target);
        await tapRow(own.at(-1)!.x);
        if (own.length > 1) {
          await expect(list.getByRole('button')).toHaveCount(own.length);
          const listBox = await list.boundingBox();
          expect(listBox!.x).toBeGreaterThanOrEqual(0);
          expect(listBox!.x + listBox!.width).toBeLessThanOrEqual(phone.width);
          await list.getByRole('button').last().tap();
          await expect(list).toBeHidden();
        } else {
          singles.push(own[0]!);
        }
        await expect
          .poll(async () =>
            own.map((m) => m.day).includes((await shownDay(page).getAttribute('datetime')) ?? ''),
          )
          .toBe(true);
      }
      // A mark alone on its target (if any at this width), tapped, selects its own day, and its
      // tip, at either end of the row, is clear of Play and goes without another tap.
      for (const mark of singles) {
        await tapRow(mark.x);
        await expect(shownDay(page)).toHaveAttribute('datetime', mark.day);
      }
      const tip = page.getByTestId('timeline:tip');
      for (const mark of singles.length > 0 ? [singles[0]!, singles.at(-1)!] : []) {
        await tapRow(mark.x);
        await expect(tip).toBeVisible();
        const tipBox = await tip.boundingBox();
        const playBox = await play.boundingBox();
        if (!tipBox || !playBox) throw new Error('no tip or Play box');
        expect(overlap(tipBox, playBox), 'the tip covers Play').toBe(false);
        await expect(tip).toBeHidden();
      }
    });

    test('Play and Pause are one width', async ({ page }) => {
      await openAtlas(page, `?date=2020-08-01&lang=${phone.lang}`);
      const button = page.getByRole('button', { name: phone.play });
      const before = await button.boundingBox();
      await button.tap();
      const pause = page.getByRole('button', { name: phone.pause });
      await expect(pause).toBeVisible();
      expect((await pause.boundingBox())?.width).toBe(before?.width);
      await pause.tap();
      await waitForMapIdle(page);
    });
  });
}
