/**
 * What an analyst cites: each source's kind and date beside its link, the documents and their
 * life, every focus tie known (Israel–US), trade as a chart, the minerals layer following the
 * date, ticks at their precision and the Russian text of events.
 */
import { openAtlas } from './atlas-driver';
import { expect, test } from './fixtures';

test('the Israel–US pair shows relations, missions both ways and history', async ({ page }) => {
  await openAtlas(page, '?pair=ISR~USA');
  const panel = page.getByTestId('panel:pair');
  await expect(
    panel.getByRole('heading', { level: 2, name: 'Israel and United States' }),
  ).toBeVisible();
  await expect(panel.getByTestId('pair:relations')).toContainText('Established');
  const missions = panel
    .getByRole('listitem')
    .filter({ hasText: /mission in (Israel|(the )?United States):/ });
  await expect(missions).toHaveCount(2);
  for (const mission of await missions.all()) await expect(mission).not.toContainText('Unknown');
  await expect(panel.getByTestId('pair:history').getByRole('listitem').first()).toBeVisible();
});

test('each source shows its kind and date next to its link', async ({ page }) => {
  await openAtlas(page, '?country=ARE');
  const panel = page.getByTestId('panel:country');
  const source = panel.getByTestId('fact:source').first();
  await expect(source.getByRole('link')).toBeVisible();
  await expect(source).toContainText(
    /\((primary|wire|press|analysis|reference|weak), ([^()]*\d{4}|undated)\)$/,
  );
});

test('a country panel lists its documents with their life, and a trade chart', async ({ page }) => {
  await openAtlas(page, '?country=ARE&date=2021-01-10');
  const documents = page.getByTestId('panel:documents');
  await expect(documents).toContainText(
    'Treaty of Peace, Diplomatic Relations and Full Normalization',
  );
  await expect(documents).toContainText(/15 September 2020\s+signed/);
  await expect(documents).toContainText(/approved \(Israel, Knesset\)/);
  await openAtlas(page, '?country=KAZ');
  await expect(page.getByTestId('trade:chart')).toBeVisible();
  const bars = page.getByTestId('trade:bar');
  expect(await bars.count()).toBeGreaterThan(0);
  const widths = await bars.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
  expect(Math.max(...widths)).toBeGreaterThan(Math.min(...widths));
});

test('a project appears from its first dated fact, at its stage then', async ({ page }) => {
  await openAtlas(page, '?project=upper-kairakty&date=2020-06-01');
  const panel = page.getByTestId('panel:project');
  await expect(panel.getByTestId('project:not-yet')).toBeVisible();
  await expect(panel.getByTestId('project:stages')).toHaveCount(0);
  await openAtlas(page, '?project=upper-kairakty');
  await expect(panel.getByTestId('project:not-yet')).toHaveCount(0);
  await expect(panel.getByTestId('project:stages')).toBeVisible();
});

test('a tick known only to the month is labelled with the month', async ({ page }) => {
  await openAtlas(page);
  // Bennett's visit to Bahrain is dated February 2022 only.
  await expect(page.locator('button[data-day="2022-02-28"]')).toHaveAttribute(
    'aria-label',
    /^February 2022/,
  );
});

test('the Russian UI shows events in Russian', async ({ page }) => {
  await openAtlas(page, '?country=KAZ&lang=ru');
  const panel = page.getByTestId('panel:country');
  const titles = panel.getByTestId('event:title');
  await expect(titles.first()).toBeVisible();
  const langs = await titles.evaluateAll((els) => els.map((el) => el.getAttribute('lang')));
  expect(new Set(langs)).toEqual(new Set(['ru']));
});
