/**
 * The only file (with the driver) that imports Playwright directly. Every test gets a page that
 * fails the test on any request to another host, any uncaught page error, any console error and
 * any Content-Security-Policy violation: the app is offline by design.
 */
import { test as base, expect } from '@playwright/test';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** SwiftShader noise on software WebGL; not an app error. */
const IGNORED_CONSOLE = [/GPU stall due to ReadPixels/];

export const test = base.extend<{ expectedErrors: RegExp | null; offlineGuard: void }>({
  /** Console and page errors a test causes on purpose (a failure it stages), set by `test.use`. */
  expectedErrors: [null, { option: true }],
  offlineGuard: [
    async ({ page, expectedErrors }, use) => {
      const foreign: string[] = [];
      const errors: string[] = [];
      const violations: string[] = [];
      // CSP violations in any frame, from the browser's own event rather than console wording.
      await page.exposeBinding('reportCspViolation', ({ frame }, text: string) => {
        violations.push(`${frame.url()}: ${text}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { reportCspViolation(text: string): void })
            .reportCspViolation;
          report(
            `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}` +
              ` (${event.sourceFile || 'document'}:${event.lineNumber})`,
          );
        });
      });
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (
          ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) &&
          !LOCAL_HOSTS.has(url.hostname)
        ) {
          foreign.push(request.url());
        }
      });
      page.on('pageerror', (error) => {
        if (!expectedErrors?.test(error.message)) errors.push(`pageerror: ${error.message}`);
      });
      page.on('console', (message) => {
        const expected = expectedErrors ? [...IGNORED_CONSOLE, expectedErrors] : IGNORED_CONSOLE;
        if (message.type() === 'error' && !expected.some((re) => re.test(message.text()))) {
          errors.push(`console: ${message.text()}`);
        }
      });
      await use();
      expect(foreign, 'requests to other hosts').toEqual([]);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
      expect(errors, 'page and console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
