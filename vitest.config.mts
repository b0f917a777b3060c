import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // Server modules import 'server-only', which throws outside React's server bundles; the unit
      // tests are server code.
      'server-only': fileURLToPath(new URL('node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // Sized for CI's busy 2-core machine (load average 6 to 12), where a 10,000-run property test
    // or a spawned `data:check` takes several times its idle 1 to 2 s; Vitest's default is 5 s.
    // A test that hangs still fails, within a minute.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // npm run test:coverage: a summary in the terminal, the line-by-line report in coverage/.
    coverage: {
      provider: 'v8',
      include: ['lib/**', 'components/**', 'app/**', 'proxy.ts'],
      reporter: ['text-summary', 'html'],
    },
  },
});
