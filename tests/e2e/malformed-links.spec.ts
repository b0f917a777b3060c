import { expect, test } from './fixtures';

/** Bad links of every kind the contract names: unknown codes, bad dates and cameras, repeats, junk. */
const MALFORMED = [
  'country=XXX',
  'country=',
  'country=K',
  'country=KAZKAZ',
  'country=%00%01',
  'country=<script>alert(1)</script>',
  'country=KAZ&country=ISR',
  'pair=KAZ',
  'pair=KAZ~KAZ',
  'pair=KAZ~XXX',
  'pair=KAZ~ISR~USA',
  'pair=~',
  'layers=volcanoes',
  'layers=ties~~~',
  'layers=',
  'layers=accords&layers=none',
  'date=yesterday',
  'date=2021-02-29',
  'date=2020-13-01',
  'date=1900-01-01',
  'date=2999-12-31',
  'date=2025-11-07T00:00',
  'map=99/0/0',
  'map=3/95/0',
  'map=a/b/c',
  'map=3/10',
  'map=NaN/NaN/NaN',
  'view=globe',
  'lang=fr',
  'project=atlantis',
  'project=UPPER KAIRAKTY',
  `country=${'K'.repeat(5000)}`,
  `layers=${'accords~'.repeat(400)}`,
  'date=%F0%9F%92%A3',
  'sort=-',
  'q=',
];

test(`${MALFORMED.length} malformed links: no page error, a notice, a canonical address`, async ({
  page,
}) => {
  test.setTimeout(240_000);
  for (const query of MALFORMED) {
    await page.goto(`/?${query}&view=map`);
    await expect(page.getByTestId('link:notice'), query).toBeVisible();
    // Whatever was wrong is gone from the address; `view=map` is the default, so it goes too.
    await expect
      .poll(() => new URL(page.url()).search, { message: query })
      .not.toContain('view=map');
  }
});
