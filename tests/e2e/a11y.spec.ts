import { openAtlas } from './atlas-driver';
import { expect, test } from './fixtures';
import { blockingViolations, runAxe } from './axe';

const PHONE = { width: 390, height: 844 };
const VIEWS = [
  { name: 'map', path: '/' },
  { name: 'country panel', path: '/?country=KAZ' },
  { name: 'country panel on a phone', path: '/?country=KAZ', viewport: PHONE },
  { name: 'pair view', path: '/?pair=ISR~KAZ' },
  { name: 'table', path: '/?view=table' },
  { name: 'embed', path: '/embed?country=KAZ' },
  { name: 'what changed', path: '/?date=2021-01-31&since=2020-09-01' },
];

for (const lang of ['en', 'ru'] as const) {
  for (const view of VIEWS) {
    test(`axe finds no serious or critical issue: ${view.name} (${lang})`, async ({ page }) => {
      if (view.viewport) await page.setViewportSize(view.viewport);
      const separator = view.path.includes('?') ? '&' : '?';
      const query = lang === 'en' ? view.path : `${view.path}${separator}lang=${lang}`;
      if (view.name === 'table') {
        await page.goto(query);
        await expect(page.getByRole('table')).toBeVisible();
      } else {
        await openAtlas(page, query.replace(/^\//, ''));
      }
      const results = await runAxe(page);
      // WCAG 2.2's target size (24 × 24 px or spaced apart) is among the rules that ran.
      const ran = [...results.passes, ...results.violations, ...results.incomplete].map(
        (r) => r.id,
      );
      expect(ran).toContain('target-size');
      const blocking = blockingViolations(results);
      expect(blocking).toEqual([]);
    });
  }
}
