import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // Sized for CI's busy 2-core machine (load average 6 to 12), where a 10,000-run property test
    // or a spawned `data:check` takes several times its idle 1 to 2 s; Vitest's default is 5 s.
    // A test that hangs still fails, within a minute.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
