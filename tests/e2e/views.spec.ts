/**
 * The events view (`view=events`) and the pair matrix (`view=matrix`): filters that change the
 * rows and the downloads that hold exactly those rows, the year brush, bad filter values, a matrix
 * cell opening its pair, by keyboard, in Russian and on a phone.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { currentParams, gotoHydrated, waitForMapIdle } from './atlas-driver';
import { expect, test } from './fixtures';
import events from '../../data/events.json';
import meta from '../../data/meta.json';
import { blockingViolations, runAxe } from './axe';

type RawEvent = (typeof events)[number];
const byId = new Map<string, RawEvent>(events.map((event) => [event.id, event]));

/** The ids of the table's rows, in the order shown. */
async function shownIds(page: Page): Promise<string[]> {
  return page
    .getByTestId('events:row')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id') ?? ''));
}

async function downloadText(page: Page, testId: string) {
  const download = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: (await readFile(await file.path())).toString() };
}

test('an events filter changes the rows, and the CSV and JSON hold exactly the rows shown', async ({
  page,
}) => {
  await gotoHydrated(page, '/?view=events');
  await expect(page.getByTestId('events:row')).toHaveCount(events.length);

  await page.getByTestId('events:country').focus();
  await page.getByTestId('events:country').selectOption('KAZ');
  await expect(page).toHaveURL(/[?&]country=KAZ/);
  // The side panel shows Kazakhstan, but a filter choice keeps focus on the filter.
  await expect(page.getByRole('heading', { level: 2, name: 'Kazakhstan' })).toBeVisible();
  await expect(page.getByTestId('events:country')).toBeFocused();
  await page.getByTestId('events:track').selectOption('accords');
  await expect(page).toHaveURL(/[?&]track=accords/);
  // Newest first: the header says so to assistive technology too.
  await page.getByTestId('events:header:date').getByRole('button').click();
  await expect(page).toHaveURL(/[?&]order=-date/);
  await expect(page.getByTestId('events:header:date')).toHaveAttribute('aria-sort', 'descending');

  const expected = events.filter((e) => e.parties.includes('KAZ') && e.accords);
  await expect(page.getByTestId('events:row')).toHaveCount(expected.length);
  const ids = await shownIds(page);
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.length).toBeLessThan(events.length);
  expect(new Set(ids)).toEqual(new Set(expected.map((e) => e.id)));
  await expect(page.getByTestId('events:count')).toContainText(`${ids.length} of ${events.length}`);

  const csv = await downloadText(page, 'events:download-csv');
  expect(csv.name).toBe(`accords-atlas-events-v${meta.version}-kaz.csv`);
  expect(csv.text.startsWith('\uFEFF')).toBe(true);
  const records: Record<string, string>[] = parse(csv.text.slice(1), { columns: true });
  expect(records.map((r) => r.id)).toEqual(ids);
  expect(records.every((r) => r.dataset_version === meta.version)).toBe(true);
  expect(records.map((r) => r.day)).toEqual(
    records
      .map((r) => r.day)
      .sort()
      .reverse(),
  );

  const json = await downloadText(page, 'events:download-json');
  const document = JSON.parse(json.text);
  expect(document.dataset.version).toBe(meta.version);
  expect(document.filters).toEqual({ country: 'KAZ', track: 'accords' });
  expect(document.events.map((e: { id: string }) => e.id)).toEqual(ids);

  // The filters are the link: a reload shows the same rows.
  await page.reload();
  expect(await shownIds(page)).toEqual(ids);
});

test('a title opens the event with its sources', async ({ page }) => {
  await gotoHydrated(page, '/?view=events&kind=signed');
  const first = page.getByTestId('events:row').first();
  const id = (await first.getAttribute('data-id'))!;
  const title = first.getByRole('button');
  await title.focus();
  await page.keyboard.press('Enter');
  await expect(title).toHaveAttribute('aria-expanded', 'true');
  const details = page.getByTestId('events:details');
  await expect(details.getByTestId('event:title')).toHaveText(byId.get(id)!.title);
  await expect(details.getByTestId('fact:source')).toHaveCount(byId.get(id)!.sources.length);
});

test('the year histogram is a brush: by pointer drag and by keyboard', async ({ page }) => {
  await gotoHydrated(page, '/?view=events');
  const chart = page.getByTestId('events:histogram-chart');
  const box = (await chart.boundingBox())!;
  const years = await chart
    .locator('g[data-year]')
    .evaluateAll((groups) => groups.map((g) => Number(g.getAttribute('data-year'))));
  const xOf = (year: number) => box.x + ((years.indexOf(year) + 0.5) / years.length) * box.width;
  await page.mouse.move(xOf(2020), box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(xOf(2021), box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=2020-01-01&to=2021-12-31/);
  const inRange = events.filter((e) => /^202[01]/.test(e.endDate?.value ?? e.date.value));
  await expect(page.getByTestId('events:row')).toHaveCount(inRange.length);

  await page.getByTestId('events:clear').click();
  await expect(page.getByTestId('events:row')).toHaveCount(events.length);
  await page.getByTestId('events:from-year').focus();
  await page.keyboard.press('End');
  const lastYear = years.at(-1)!;
  await expect(page).toHaveURL(new RegExp(`from=${lastYear}-01-01`));
  expect(currentParams(page).get('to')).toBeNull();
  const ids = await shownIds(page);
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    const event = byId.get(id)!;
    expect((event.endDate ?? event.date).value >= String(lastYear)).toBe(true);
  }
});

test('bad filter values are ignored with the notice, the rest applies', async ({ page }) => {
  await gotoHydrated(page, '/?view=events&track=weather&conf=HIGH&from=2021-02-30&order=-size');
  await expect(page.getByTestId('link:notice')).toContainText('track');
  await expect(page.getByTestId('link:notice')).toContainText('from');
  await expect(page.getByTestId('link:notice')).toContainText('order');
  await expect(page).toHaveURL(/\?view=events&conf=high$/);
  const high = events.filter((e) => e.confidence === 'high');
  await expect(page.getByTestId('events:row')).toHaveCount(high.length);
});

test('a matrix cell opens its pair on the map, by pointer and by keyboard', async ({ page }) => {
  await gotoHydrated(page, '/?view=matrix&date=2021-01-31');
  const cells = page.getByTestId('matrix:cell');
  await expect(cells).toHaveCount(110);
  // Unknown is drawn apart from none: hatched, with its own symbol.
  const unknown = page.locator('[data-testid="matrix:cell"][data-level="unknown"]').first();
  await expect(unknown).toHaveText('?');
  expect(await unknown.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain(
    'repeating-linear-gradient',
  );

  const cell = page.locator('[data-testid="matrix:cell"][data-pair="ARE~ISR"]').first();
  await cell.hover();
  await expect(page.getByTestId('matrix:details')).toContainText('Israel');
  await cell.click();
  await expect(page).toHaveURL(/\?pair=ARE~ISR&date=2021-01-31$/);
  await expect(page.getByTestId('panel:pair')).toBeVisible();
  await waitForMapIdle(page);

  // Back to the matrix; then by keyboard: the grid has one tab stop, arrows move, Enter opens.
  await page.goBack();
  await expect(page).toHaveURL(/view=matrix/);
  const firstCell = page.locator('[data-testid="matrix:cell"][tabindex="0"]');
  await firstCell.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  const focused = page.locator('[data-testid="matrix:cell"]:focus');
  const pair = (await focused.getAttribute('data-pair'))!;
  await expect(page.getByTestId('matrix:details')).not.toContainText('Hover');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?pair=${pair}&date=2021-01-31$`));
  await expect(page.getByTestId('panel:pair')).toBeVisible();
});

test('both views work in Russian and on a phone, scrolling only inside their tables', async ({
  page,
}) => {
  // A phone, and a small laptop where the side panel takes 26rem beside the view.
  for (const width of [390, 1024]) {
    await page.setViewportSize({ width, height: 844 });
    for (const view of ['events', 'matrix']) {
      await page.goto(`/?view=${view}&lang=ru`);
      await expect(page.getByTestId(`${view}:view`)).toBeVisible();
      const heading = page.getByTestId(`${view}:view`).getByRole('heading', { level: 2 });
      await expect(heading).toHaveText(
        view === 'events' ? 'События' : 'Связи между всеми парами стран',
      );
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(pageWidth, `${view} at ${width} px: no sideways page scroll`).toBeLessThanOrEqual(
        width,
      );
    }
  }
  // On the phone the events table scrolls within its own region.
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoHydrated(page, '/?view=events&lang=ru');
  const region = page.getByRole('region', { name: 'Таблица событий' });
  const widths = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(widths[0]).toBeGreaterThan(widths[1]!);
});

for (const lang of ['en', 'ru'] as const) {
  for (const view of ['events', 'matrix'] as const) {
    test(`axe finds no serious or critical issue: ${view} (${lang})`, async ({ page }) => {
      await page.goto(`/?view=${view}&lang=${lang}`);
      await expect(page.getByTestId(`${view}:view`)).toBeVisible();
      // With an event open and a cell described, the parts that appear on demand are checked too.
      if (view === 'events')
        await page.getByTestId('events:row').first().getByRole('button').click();
      else await page.getByTestId('matrix:cell').first().focus();
      const results = await runAxe(page);
      const blocking = blockingViolations(results);
      expect(blocking).toEqual([]);
    });
  }
}
