import { describe, expect, it, vi } from 'vitest';
import { createImageCache } from '@/lib/og/cache';

const image = (byte: number) => new Uint8Array([byte]).buffer;

describe('createImageCache', () => {
  it('draws each key once, concurrent requests included', async () => {
    const cache = createImageCache(10);
    const draw = vi.fn(async () => image(1));
    const [a, b] = await Promise.all([cache.get('k', draw), cache.get('k', draw)]);
    const c = await cache.get('k', draw);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
    expect(c).toBe(a);
  });

  it('drops the least recently used image beyond its limit', async () => {
    const cache = createImageCache(2);
    const draws: string[] = [];
    const get = (key: string) =>
      cache.get(key, async () => {
        draws.push(key);
        return image(key.charCodeAt(0));
      });
    await get('a');
    await get('b');
    await get('a'); // a is now the most recent
    await get('c'); // drops b
    expect(cache.size).toBe(2);
    await get('a');
    await get('b');
    expect(draws).toEqual(['a', 'b', 'c', 'b']);
  });

  it('does not keep a failed drawing', async () => {
    const cache = createImageCache(2);
    await expect(cache.get('k', () => Promise.reject(new Error('font missing')))).rejects.toThrow(
      'font missing',
    );
    expect(cache.size).toBe(0);
    expect(await cache.get('k', async () => image(2))).toEqual(image(2));
  });
});
