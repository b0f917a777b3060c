import type { Map as MapLibreMap } from 'maplibre-gl';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The distinct grapheme clusters of the texts: what MapLibre rasterizes one glyph for. */
export function glyphClusters(texts: Iterable<string>): string[] {
  const clusters = new Set<string>();
  for (const text of texts) {
    for (const { segment } of graphemes.segment(text)) clusters.add(segment);
  }
  return [...clusters];
}

/**
 * Draws the glyphs of the labels the map is about to show, as soon as its style has loaded.
 * MapLibre otherwise loads the label font and rasterizes its glyphs only when the worker, having
 * cut the first tiles, asks for them: a round trip that made the labels the last thing drawn on
 * every view. The glyphs land in MapLibre's own cache, where the worker's request finds them.
 * Settles when they are drawn; never rejects.
 */
export async function prefetchGlyphs(
  map: MapLibreMap,
  font: string,
  texts: Iterable<string>,
): Promise<void> {
  const clusters = glyphClusters(texts);
  if (clusters.length === 0) return;
  try {
    await map.style.glyphManager.getGlyphs({ [font]: { default: clusters } });
  } catch {
    // A glyph that fails here fails again when the worker asks for it, and MapLibre reports it then.
  }
}
