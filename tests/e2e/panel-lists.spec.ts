/**
 * A selection's page does not grow with the data (issue 12): the panels render the latest 8 items
 * of each long list, and "Show all n" shows the rest in place, by keyboard too, announced, in
 * English and Russian, on a phone. The expected events come from the API, not from this file.
 */
import type { APIRequestContext } from '@playwright/test';
import { openAtlas } from './atlas-driver';
import { expect, test } from './fixtures';

const LIMIT = 8;

/** Kazakhstan's Accords-track events up to the as-of day, oldest first (the panel's timeline). */
async function kazakhstanTimeline(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/api/events?country=KAZ&accords=true');
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { meta: { asOf: string }; data: { title: string }[] };
  return body.data.map((event) => event.title);
}

/** Text as React writes it into HTML. */
function escaped(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;');
}

test('the server renders only the latest events of a long timeline', async ({ request }) => {
  const titles = await kazakhstanTimeline(request);
  expect(titles.length).toBeGreaterThan(LIMIT);
  const page = await (await request.get('/?country=KAZ')).text();
  // The panel's part of the HTML (the timeline under the map names key events too).
  const start = page.indexOf('data-testid="panel:country"');
  expect(start).toBeGreaterThan(0);
  const html = page.slice(start, page.indexOf('</article>', start));
  expect(html).toContain(escaped(titles.at(-1)!));
  expect(html).toContain(escaped(titles.at(-LIMIT)!));
  expect(html).not.toContain(escaped(titles[0]!));
  expect(html).toContain(`Latest ${LIMIT} of ${titles.length} shown.`);
});

test('Show all shows the rest of the timeline, by keyboard, and hides it again', async ({
  page,
  request,
}) => {
  const titles = await kazakhstanTimeline(request);
  await openAtlas(page, '?country=KAZ');
  const panel = page.getByTestId('panel:country');
  const timeline = panel.getByTestId('panel:timeline');
  const shown = timeline.getByTestId('event:title');
  await expect(shown).toHaveText(titles.slice(-LIMIT));

  const showAll = panel.getByRole('button', { name: `Show all ${titles.length} events` });
  await expect(showAll).toHaveAttribute('aria-expanded', 'false');
  await expect(showAll).toHaveAttribute('aria-controls', (await timeline.getAttribute('id'))!);
  await showAll.focus();
  await page.keyboard.press('Enter');

  await expect(shown).toHaveText(titles);
  // The same button, still focused, now offers to hide the rest; the status line says so.
  const showLatest = panel.getByRole('button', { name: `Show only the latest ${LIMIT}` });
  await expect(showLatest).toBeFocused();
  await expect(showLatest).toHaveAttribute('aria-expanded', 'true');
  // Announced once the button is used (a live region, empty before).
  await expect(panel.getByRole('status').filter({ hasText: 'All' })).toHaveText(
    `All ${titles.length} shown.`,
  );
  // Every fact shown keeps its date, grade and sources.
  const first = timeline.locator(':scope > li').first();
  await expect(first.locator('time').first()).toBeVisible();
  await expect(first).toContainText(/Confidence: (high|medium|low)/);
  await expect(first.getByTestId('fact:source').first()).toBeVisible();

  await page.keyboard.press('Space');
  await expect(shown).toHaveText(titles.slice(-LIMIT));
  await expect(showAll).toBeFocused();
});

test('the control is in Russian and works on a 390 px phone', async ({ page, request }) => {
  const total = (await kazakhstanTimeline(request)).length;
  await page.setViewportSize({ width: 390, height: 844 });
  await openAtlas(page, '?country=KAZ&lang=ru');
  const panel = page.getByTestId('panel:country');
  const showAll = panel.getByRole('button', {
    name: new RegExp(`^Показать все ${total} событи(е|я|й)$`),
  });
  await showAll.scrollIntoViewIfNeeded();
  const box = await showAll.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await showAll.click();
  await expect(panel.getByTestId('panel:timeline').locator(':scope > li')).toHaveCount(total);
  await expect(panel.getByTestId('show-all:status').filter({ hasText: 'Показаны все' })).toHaveText(
    `Показаны все ${total}.`,
  );
});

test('a pair keeps its whole history one click away', async ({ page }) => {
  await openAtlas(page, '?pair=ISR~KAZ');
  const history = page.getByTestId('pair:history');
  await expect(history.locator(':scope > li')).toHaveCount(LIMIT);
  await expect(history).not.toContainText('10 April 1992');
  await page
    .getByTestId('panel:pair')
    .getByRole('button', { name: /^Show all \d+ events$/ })
    .click();
  // Relations established in 1992: the history's first event.
  await expect(history.locator(':scope > li').first()).toContainText('10 April 1992');
});
