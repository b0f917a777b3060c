/**
 * What the map's style costs to draw (issue 12): software WebGL draws every feature of a layer on
 * every frame, transparent ones too, and compiles a shader program for every combination of
 * constant and data-driven paint properties it meets.
 */
import { describe, expect, it } from 'vitest';
import { DATASET_ISO3 } from '@/lib/data/enums';
import {
  accordsHatchLayer,
  countryChangedLayer,
  countryHoverLayer,
  countrySelectedLayer,
  DISPUTED_ISO3,
  disputedLayer,
  PALETTES,
} from '@/lib/map-style';

/** Whether a paint value differs per feature (MapLibre then reads it from a vertex attribute). */
const perFeature = (value: unknown) => /\["(?:get|feature-state)",/.test(JSON.stringify(value));

describe('map style', () => {
  it('filters the layers only dataset countries can turn on to those countries', () => {
    const datasetOnly = ['in', ['get', 'iso3'], ['literal', [...DATASET_ISO3]]];
    for (const light of [PALETTES.light, PALETTES.dark]) {
      expect(countrySelectedLayer(light).filter).toEqual(datasetOnly);
    }
    expect(countryChangedLayer.filter).toEqual(datasetOnly);
    expect(accordsHatchLayer.filter).toEqual(datasetOnly);
    // Any country on the map can be under the pointer.
    expect(countryHoverLayer(PALETTES.light)).not.toHaveProperty('filter');
  });

  it('draws both hatchings with one shader program: per-feature opacity, no outline pass', () => {
    for (const layer of [accordsHatchLayer, disputedLayer]) {
      expect(layer.paint['fill-antialias'], layer.id).toBe(false);
      expect(perFeature(layer.paint['fill-opacity']), layer.id).toBe(true);
    }
    // The disputed areas' opacity is the same for each of them.
    expect(disputedLayer.paint['fill-opacity']).toEqual([
      'case',
      ['in', ['get', 'iso3'], ['literal', [...DISPUTED_ISO3]]],
      0.9,
      0,
    ]);
  });
});
