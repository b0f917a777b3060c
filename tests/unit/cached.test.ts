import { describe, expect, it } from 'vitest';
import { cached } from '@/lib/cached';

describe('cached', () => {
  it('builds a key’s value once and returns the kept one after', () => {
    const cache = new Map<string, { built: number }>();
    let builds = 0;
    const build = () => ({ built: ++builds });
    const first = cached(cache, 'a', build);
    expect(cached(cache, 'a', build)).toBe(first);
    expect(builds).toBe(1);
    expect(cached(cache, 'b', build)).toEqual({ built: 2 });
  });

  it('keys a WeakMap by object: another object with the same contents is another key', () => {
    const cache = new WeakMap<readonly number[], number>();
    const list = [1, 2, 3];
    const sum = (values: readonly number[]) => () => values.reduce((a, b) => a + b, 0);
    expect(cached(cache, list, sum(list))).toBe(6);
    expect(cached(cache, list, () => -1)).toBe(6);
    expect(cached(cache, [1, 2, 3], () => -1)).toBe(-1);
  });
});
