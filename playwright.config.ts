import { defineConfig, devices } from '@playwright/test';

/** A port apart from the README's 3000, so the suite can run while the dashboard is served. */
const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  // WebGL is drawn on the CPU here (SwiftShader): two maps at once on two cores is the ceiling.
  workers: 2,
  timeout: 45_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'on-first-retry',
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      // Playwright cannot download its own browsers here; Debian's Chromium renders WebGL through
      // SwiftShader. Never add --disable-software-rasterizer: it turns WebGL off.
      executablePath: '/usr/bin/chromium',
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    // The production build (npm test builds first). Run next directly: killing an npx wrapper
    // would leave next-server holding the port.
    command: `node_modules/.bin/next start -p ${PORT}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
