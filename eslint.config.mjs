import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Next.js loads next.config.js as CommonJS.
    files: ['next.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  globalIgnores([
    '.next/**',
    'dist/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
    'public/geo/**',
    'public/bench/**',
    'test-results/**',
    'playwright-report/**',
    'bench/results/**',
    // Stryker's sandbox copies of the project (one per run, when runs share the machine), and
    // the mutation and coverage reports.
    '.stryker-tmp*/**',
    'reports/**',
    'coverage/**',
  ]),
]);
