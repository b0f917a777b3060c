// @ts-check
/**
 * Mutation testing (npm run test:mutation): StrykerJS makes small changes to the core logic and
 * runs the unit tests that cover each one; a change no test notices ("survived") is logic no test
 * pins down. Sized for CI's busy 2-core machine: two test processes, each mutant running only
 * the unit tests that reach it (per-test coverage) under vitest.stryker.config.mts, static mutants
 * (module-level constants, which would re-run the whole suite each) skipped, and incremental mode,
 * so a second run re-tests only mutants in changed code or covered by changed tests.
 * One folder: npm run test:mutation -- --mutate 'lib/geo/**\/*.ts'.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.mts', related: true },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  mutate: [
    'lib/data/**/*.ts',
    'lib/search-params.ts',
    'lib/link-diagnosis.ts',
    'lib/api/**/*.ts',
    'lib/geo/**/*.ts',
    'lib/table.ts',
  ],
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // Sized for a machine with a load average several times its core count.
  timeoutMS: 20_000,
  timeoutFactor: 3,
  thresholds: { high: 90, low: 85, break: 85 },
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  ignorePatterns: [
    'dist',
    '.next',
    'bench/results',
    'test-results',
    'playwright-report',
    'reports',
  ],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
export default config;
