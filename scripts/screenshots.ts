/**
 * README screenshots: the dashboard with Kazakhstan selected, on a desktop (1440×900) and a phone
 * (390×844), in English and Russian. Needs a running production server:
 *
 *   npm run build && npx next start -p 3141 &
 *   SCREENSHOT_PORT=3141 npm run screenshots
 *
 * Writes docs/screenshots/{desktop,phone}-{en,ru}.png. Uses Debian's Chromium (CHROME_PATH to
 * override), as the e2e tests do.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 3000);
const BASE_URL = `http://localhost:${PORT}`;
const OUT_DIR = path.join(process.cwd(), 'docs', 'screenshots');

const DEVICES = [
  { name: 'desktop', viewport: { width: 1440, height: 900 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
] as const;
const LANGS = ['en', 'ru'] as const;

async function main() {
  await mkdir(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    for (const device of DEVICES) {
      for (const lang of LANGS) {
        const context = await browser.newContext({
          viewport: device.viewport,
          deviceScaleFactor: 1,
          isMobile: device.isMobile,
          hasTouch: device.isMobile,
        });
        const page = await context.newPage();
        await page.goto(`${BASE_URL}/?country=KAZ&lang=${lang}`);
        // The map marks itself idle once the countries are drawn (see components/map/map-view.tsx).
        await page
          .getByTestId('map:container')
          .and(page.locator('[data-map-idle="true"]'))
          .waitFor({ timeout: 60_000 });
        const file = path.join(OUT_DIR, `${device.name}-${lang}.png`);
        await page.screenshot({ path: file });
        console.log(`wrote ${path.relative(process.cwd(), file)}`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  console.error(`Is a production server running on port ${PORT}? Set SCREENSHOT_PORT.`);
  process.exit(1);
});
