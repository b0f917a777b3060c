import { defineConfig } from 'vitest/config';
import { env, loadTimeouts, resolve } from './vitest.config.mts';

/**
 * Component tests (tests/component): React components in jsdom with Testing Library, the URL held
 * by nuqs' testing adapter. A second config, not a project of vitest.config.mts, so `npx vitest run`
 * stays the fast logic suite; `npm run test:component` runs these (README, "Dependencies").
 */
export default defineConfig({
  resolve,
  test: {
    env,
    include: ['tests/component/**/*.test.tsx'],
    environment: 'jsdom',
    setupFiles: ['tests/component/setup.ts'],
    ...loadTimeouts,
  },
});
