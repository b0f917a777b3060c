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
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'next-intl',
              importNames: ['useTranslations'],
              message:
                'Use useTranslations from @/components/i18n/use-translations: one shared translator per language and namespace.',
            },
          ],
        },
      ],
    },
  },
  {
    // The shared translator is built on next-intl's own, and its test compares the two.
    files: ['components/i18n/use-translations.ts', 'tests/component/use-translations.test.tsx'],
    rules: { 'no-restricted-imports': 'off' },
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
