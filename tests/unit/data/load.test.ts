import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Validate from '@/lib/data/validate';

/**
 * loadDataset on bundled data that fails validation: the validator is replaced for this file
 * only, so the real data/ stays untouched.
 */

afterEach(() => {
  vi.doUnmock('@/lib/data/validate');
  vi.resetModules();
});

describe('loadDataset', () => {
  it('throws listing every issue when the bundled data is invalid', async () => {
    vi.resetModules();
    vi.doMock('@/lib/data/validate', async (importOriginal) => ({
      ...(await importOriginal<typeof Validate>()),
      validateDataset: () => ({
        ok: false,
        errors: [
          { file: 'events.json', path: '[0].date', message: 'not a valid calendar date' },
          { file: 'sources.json', path: '[2].id', message: 'duplicate "s1"' },
        ],
      }),
    }));
    const { loadDataset } = await import('@/lib/data/load');
    expect(() => loadDataset()).toThrow(
      'Invalid dataset in data/:\n' +
        'events.json: [0].date: not a valid calendar date\n' +
        'sources.json: [2].id: duplicate "s1"',
    );
  });
});
