/**
 * The only file (with the driver) that imports Playwright directly. Every test gets a page that
 * fails the test on any request to another host, any uncaught page error and any console error:
 * the app is offline by design.
 */
import { test as base, expect } from '@playwright/test';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** SwiftShader noise on software WebGL; not an app error. */
const IGNORED_CONSOLE = [/GPU stall due to ReadPixels/];

export const test = base.extend<{ offlineGuard: void }>({
  offlineGuard: [
    async ({ page }, use) => {
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (
          ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) &&
          !LOCAL_HOSTS.has(url.hostname)
        ) {
          foreign.push(request.url());
        }
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && !IGNORED_CONSOLE.some((re) => re.test(message.text()))) {
          errors.push(`console: ${message.text()}`);
        }
      });
      await use();
      expect(foreign, 'requests to other hosts').toEqual([]);
      expect(errors, 'page and console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
