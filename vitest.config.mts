import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import meta from './data/meta.json' with { type: 'json' };

/** The dataset's as-of day, which next.config.js inlines into the pages (LAST_DAY). Shared. */
export const env = { ATLAS_AS_OF: meta.asOf };

/** Shared with vitest.component.config.mts. */
export const resolve = {
  alias: {
    '@': fileURLToPath(new URL('.', import.meta.url)),
    // Server modules import 'server-only', which throws outside React's server bundles; the unit
    // tests are server code, and the component tests load the dataset as the server page does.
    'server-only': fileURLToPath(new URL('node_modules/server-only/empty.js', import.meta.url)),
  },
};

/**
 * Sized for CI's busy 2-core machine (load average 6 to 12), where a 10,000-run property test, a
 * spawned `data:check` or rendering the dashboard takes several times its idle 1 to 2 s; Vitest's
 * default is 5 s. A test that hangs still fails, within a minute.
 */
export const loadTimeouts = { testTimeout: 60_000, hookTimeout: 60_000 };

export default defineConfig({
  resolve,
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    env,
    setupFiles: ['tests/unit/setup.ts'],
    ...loadTimeouts,
    // npm run test:coverage: a summary in the terminal, the line-by-line report in coverage/.
    coverage: {
      provider: 'v8',
      include: ['lib/**', 'components/**', 'app/**', 'proxy.ts'],
      reporter: ['text-summary', 'html'],
    },
  },
});
