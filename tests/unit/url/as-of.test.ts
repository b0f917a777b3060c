import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import meta from '@/data/meta.json';
import { LAST_DAY } from '@/lib/search-params';

const require = createRequire(import.meta.url);

describe('LAST_DAY (the as-of day next.config.js inlines into the pages)', () => {
  it('is data/meta.json’s asOf, in the pages’ build config and in the tests’', () => {
    const config = require('../../../next.config.js') as { env: Record<string, string> };
    expect(config.env.ATLAS_AS_OF).toBe(meta.asOf);
    expect(LAST_DAY).toBe(meta.asOf);
  });
});
