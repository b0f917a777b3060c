import { defineConfig, devices } from '@playwright/test';
import meta from './data/meta.json' with { type: 'json' };

// The specs import lib/search-params.ts (LAST_DAY), which reads the as-of day that next.config.js
// inlines into the pages; workers inherit this process's environment.
process.env.ATLAS_AS_OF ??= meta.asOf;

/** A port apart from the README's 3000, so the suite can run while the dashboard is served. */
const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env.CI),
  // No retries anywhere: a test that passes only on a second try is a failure to fix, not to hide.
  retries: 0,
  // WebGL is drawn on the CPU here (SwiftShader): two maps at once on two cores is the ceiling.
  workers: 2,
  timeout: 45_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    // Traces cost CPU on every test; record one with `--trace on` when debugging.
    trace: 'off',
    screenshot: 'only-on-failure',
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
    // The production server and release that `npm start` serves (npm test builds first). Run
    // node directly: killing an npm wrapper would leave the server holding the port.
    command: `node server.mjs`,
    env: { PORT: String(PORT), NEXT_TELEMETRY_DISABLED: '1' },
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
