/**
 * What the atlas publishes beyond the map: the About page, the Atom feed and the citation forms.
 */
import { readFile } from 'node:fs/promises';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { gotoHydrated } from './atlas-driver';
import { expect, test } from './fixtures';
import meta from '../../data/meta.json';
import { blockingViolations, runAxe } from './axe';

interface AtomEntry {
  title: { '#text': string };
  updated: string;
  link: { '@_href': string };
  category: { '@_term': string };
}

interface ApiEvent {
  /** The day the event counts from (the end of a partial date). */
  day: string;
  title: string;
}

test('the Atom feed parses and lists the newest event first, linked from the page head', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const href = await page
    .locator('head link[rel="alternate"][type="application/atom+xml"]')
    .getAttribute('href');
  expect(new URL(href!).pathname).toBe('/feed.xml');

  const response = await request.get('/feed.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const { feed } = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'entry',
  }).parse(xml) as { feed: { entry: AtomEntry[] } };

  const days = feed.entry.map((entry) => entry.updated);
  expect(days).toEqual([...days].sort().reverse());
  // The newest event of the data API (events in date order) heads the feed's events.
  const events = ((await (await request.get('/api/events')).json()) as { data: ApiEvent[] }).data;
  const newestDay = events
    .map((e) => e.day)
    .sort()
    .at(-1)!;
  const first = feed.entry.find((entry) => entry.category['@_term'] === 'event')!;
  expect(first.updated.slice(0, 10)).toBe(newestDay);
  expect(events.filter((e) => e.day === newestDay).map((e) => e.title)).toContain(
    first.title['#text'],
  );
  // Its link opens that day's view (the as-of day is the default, left out of links).
  const linkDate = new URL(first.link['@_href']).searchParams.get('date') ?? meta.asOf;
  expect(linkDate).toBe(newestDay);
  const release = feed.entry.find((entry) => entry.category['@_term'] === 'release')!;
  expect(release.title['#text']).toBe(`Dataset version ${meta.version}`);
});

test('About this data shows the version and every release, opened from the header', async ({
  page,
}) => {
  await gotoHydrated(page, '/?country=KAZ');
  await page.getByTestId('header:about').click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.getByRole('heading', { level: 1, name: 'About this data' })).toBeVisible();
  await expect(page.getByTestId('about:version')).toHaveText(
    `Dataset version ${meta.version}, published in ${meta.publicationYear}.`,
  );
  const releases = page.getByTestId('about:releases').getByRole('listitem');
  await expect(releases).toHaveCount(meta.releases.length);
  // Newest first, each with its summary.
  const newest = meta.releases.at(-1)!;
  await expect(releases.first()).toContainText(`Version ${newest.version}`);
  await expect(releases.first()).toContainText(newest.summary);
  await expect(page.getByRole('link', { name: 'Atom feed (English)' })).toHaveAttribute(
    'href',
    '/feed.xml',
  );
});

test('About this data in Russian: the releases’ Russian summaries, and the way back', async ({
  page,
}) => {
  await page.goto('/about?lang=ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1, name: 'Об этих данных' })).toBeVisible();
  await expect(page.getByTestId('about:version')).toHaveText(
    `Версия набора данных ${meta.version}, опубликована в ${meta.publicationYear} году.`,
  );
  const releases = page.getByTestId('about:releases').getByRole('listitem');
  for (const [index, release] of [...meta.releases].reverse().entries()) {
    await expect(releases.nth(index)).toContainText(`Версия ${release.version}`);
    await expect(releases.nth(index)).toContainText(release.summaryRu);
  }
  await expect(page.getByTestId('about:back')).toHaveAttribute('href', '/?lang=ru');
});

test('Share gives a BibTeX citation that parses, with the version and the view’s URL', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoHydrated(page, '/?country=kaz&date=2025-11-07');
  await expect(page).toHaveURL(/\?country=KAZ&date=2025-11-07$/);
  await page.getByTestId('share:button').click();
  await page.getByTestId('share:citation-format').selectOption('bibtex');
  await page.getByTestId('share:copy-citation').click();
  await expect(page.getByTestId('share:status')).toHaveText('Citation copied (BibTeX)');
  const bibtex = await page.evaluate(() => navigator.clipboard.readText());
  // An ES module only (its CommonJS build is broken), so loaded the ESM way.
  const { parse: parseBibtex } = await import('@retorquere/bibtex-parser');
  const library = parseBibtex(bibtex, { sentenceCase: false });
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  const fields = library.entries[0]!.fields;
  expect(fields.version).toBe(meta.version);
  expect(fields.year).toBe(String(meta.publicationYear));
  expect(fields.url).toBe(page.url());
  expect(fields.title).toBe('Kazakhstan as of 7 November 2025 · Accords Atlas');

  // The same text downloads as a .bib file named after the view.
  const download = page.waitForEvent('download');
  await page.getByTestId('share:download-citation').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`accords-atlas-${meta.publicationYear}-kaz-2025-11-07.bib`);
  expect((await readFile(await file.path())).toString('utf8')).toBe(bibtex);
});

for (const path of ['/about', '/about?lang=ru']) {
  test(`axe finds no serious or critical issue on ${path}, on a phone`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    await expect(page.getByTestId('about:releases')).toBeVisible();
    const results = await runAxe(page);
    const blocking = blockingViolations(results);
    expect(blocking).toEqual([]);
    // Nothing wider than the phone: the page scrolls down, never sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
}
