import { defineConfig } from 'vitest/config';
import { env, loadTimeouts, resolve } from './vitest.config.mts';

/**
 * Mutation testing's test run (stryker.config.mjs): the unit tests (in Node) without coverage (Stryker measures per-test coverage itself) and without the jsdom
 * component tests, so each mutant's run is as short as the machine allows.
 */
export default defineConfig({
  resolve,
  test: {
    env,
    include: ['tests/unit/**/*.test.ts'],
    // Tests that reach none of the mutated folders, or only through a spawned process Stryker
    // cannot switch mutants in.
    exclude: [
      'tests/unit/data/corrupt-data.test.ts',
      // Resets the module registry to replace the validator, which the shared modules of this run
      // (isolate: false) should not see; a run that included it left many more schema survivors.
      'tests/unit/data/load.test.ts',
      'tests/unit/server/{config,release,startup,view-cache}.test.ts',
      'tests/unit/bench-stats.test.ts',
      'tests/unit/fonts.test.ts',
      'tests/unit/og-cache.test.ts',
      'tests/unit/security.test.ts',
    ],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    ...loadTimeouts,
    coverage: { enabled: false },
    // Modules stay loaded between a mutant's runs: Stryker switches mutants at run time, so a fresh
    // import (and dataset load) for every mutant would only cost time.
    isolate: false,
  },
});
