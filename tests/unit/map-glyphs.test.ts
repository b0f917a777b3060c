/**
 * The map draws its labels' glyphs as soon as its style has loaded (lib/map-glyphs.ts), instead of
 * waiting for the worker to ask for them: what it asks MapLibre for, and that a failure costs
 * nothing more than the worker's own request would.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import { glyphClusters, prefetchGlyphs } from '@/lib/map-glyphs';

/** A map whose glyph manager records what it is asked for, answering with `answer()`. */
function fakeMap(answer: () => Promise<unknown> = () => Promise.resolve({})) {
  const getGlyphs = vi.fn(answer);
  const map = { style: { glyphManager: { getGlyphs } } } as unknown as MapLibreMap;
  return { map, getGlyphs };
}

describe('glyphClusters', () => {
  it('lists each character once, in order of first use', () => {
    expect(glyphClusters(['Kazakhstan', 'Israel'])).toEqual([...'Kazkhstn', ...'Irel']);
  });

  it('keeps a letter and its combining marks together, as MapLibre draws them', () => {
    // "й" written as и + combining breve, and a Hebrew letter with a vowel point.
    const clusters = glyphClusters(['\u0438\u0306', '\u05e9\u05b8']);
    expect(clusters).toEqual(['\u0438\u0306', '\u05e9\u05b8']);
  });

  it('counts the spaces between words, which MapLibre asks for too', () => {
    expect(glyphClusters(['Saudi Arabia'])).toContain(' ');
  });
});

describe('prefetchGlyphs', () => {
  it("asks the style's glyph manager for every cluster, under the labels' font", async () => {
    const { map, getGlyphs } = fakeMap();
    await prefetchGlyphs(map, 'Noto Sans Regular', ['Қазақстан', 'UAE']);
    expect(getGlyphs).toHaveBeenCalledTimes(1);
    expect(getGlyphs).toHaveBeenCalledWith({
      'Noto Sans Regular': { default: [...'Қазқстн', ...'UAE'] },
    });
  });

  it('asks for nothing when there is no text', async () => {
    const { map, getGlyphs } = fakeMap();
    await prefetchGlyphs(map, 'Noto Sans Regular', ['', '']);
    expect(getGlyphs).not.toHaveBeenCalled();
  });

  it('settles when a font fails to load: the worker asks again and MapLibre reports it then', async () => {
    const { map, getGlyphs } = fakeMap(() => Promise.reject(new Error('font failed')));
    await expect(prefetchGlyphs(map, 'Noto Sans Regular', ['Israel'])).resolves.toBeUndefined();
    expect(getGlyphs).toHaveBeenCalledTimes(1);
  });
});
