import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Component tests (tests/component): React components in jsdom with Testing Library, the URL held
 * by nuqs' testing adapter. A second config, not a project of vitest.config.mts, so `npx vitest run`
 * stays the fast logic suite; `npm run test:component` runs these (README, "Dependencies").
 */
export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // The tests load the dataset the way the server page does (lib/data/load.ts is server-only);
      // the components under test are client code and never import it themselves.
      'server-only': fileURLToPath(new URL('node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    include: ['tests/component/**/*.test.tsx'],
    environment: 'jsdom',
    setupFiles: ['tests/component/setup.ts'],
    // Sized for CI's busy 2-core machine, like the unit suite: rendering the dashboard with the
    // whole dataset takes a few seconds there.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
