/**
 * The size budget (`npm run size`, scripts/size-budget.ts) and the bench count the start page's
 * first-load JavaScript and CSS from the build's manifests, without a browser. This checks that list
 * against what the browser really asks for before the page is interactive: a script the manifests
 * do not name (the root error page's chunk once was one) would be weight no budget sees.
 */
import { builtNextDir, firstLoadFiles } from '../../scripts/first-load';
import { expect, test } from './fixtures';

test('the size budget counts exactly the scripts the start page loads before it is interactive', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/_next/static/chunks/')) requested.push(pathname.slice(7));
  });
  await page.goto('/');
  // Hydration is the end of the first load: the page's later, lazily loaded code (the print
  // brief, 3 s after it mounts) is not part of it.
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  const { js, css } = firstLoadFiles(builtNextDir());
  expect([...new Set(requested)].sort()).toEqual([...js, ...css].sort());
});
