/**
 * What the map's style costs to draw (issue 12): software WebGL draws every feature of a layer on
 * every frame, transparent ones too, and compiles a shader program for every combination of
 * constant and data-driven paint properties it meets.
 */
import {
  Color,
  createPropertyExpression,
  latest,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { DATASET_ISO3 } from '@/lib/data/enums';
import {
  accordsHatchLayer,
  arcChangedLayer,
  C5_DASH,
  C5_LINE_WIDTH,
  c5OutlineLayer,
  COLORS,
  countryBorderLayer,
  countryChangedLayer,
  countrySelectedLayer,
  DISPUTED_DASH,
  DISPUTED_ISO3,
  disputedLayer,
  disputedOutlineLayer,
  PALETTES,
  tieArcLayer,
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
  });

  it('outlines the selected country, or else the one under the pointer, in one layer', () => {
    const { paint } = countrySelectedLayer(PALETTES.light);
    const evaluate = (name: 'line-color' | 'line-width' | 'line-opacity', state: object) => {
      const spec = latest.paint_line[name] as StylePropertySpecification;
      const parsed = createPropertyExpression(paint[name], `paint.${name}`, spec);
      if (parsed.result === 'error') throw new Error(`${name}: ${parsed.value[0]?.message}`);
      return parsed.value.evaluate({ zoom: 3 }, { type: 2, properties: { iso3: 'KAZ' } }, state);
    };
    const looks = (state: object) => [
      evaluate('line-color', state),
      evaluate('line-width', state),
      evaluate('line-opacity', state),
    ];
    expect(looks({ selected: true, hover: true })).toEqual([
      Color.parse(PALETTES.light.selected),
      2.5,
      1,
    ]);
    expect(looks({ hover: true })).toEqual([Color.parse(PALETTES.light.hover), 1.2, 1]);
    expect(looks({})[2]).toBe(0);
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

/**
 * MapLibre compiles one shader program per layer type and mix of constant and per-feature paint
 * values; in software WebGL each costs tens of milliseconds at start-up. The map's lines use two.
 */
describe('line programs', () => {
  const LINE_PROPERTIES = ['line-color', 'line-width', 'line-opacity', 'line-dasharray'] as const;
  type LinePaint = Partial<Record<(typeof LINE_PROPERTIES)[number], unknown>>;
  const lines = [
    countryBorderLayer(PALETTES.light),
    countrySelectedLayer(PALETTES.light),
    countryChangedLayer,
    arcChangedLayer,
    disputedOutlineLayer,
    c5OutlineLayer,
    tieArcLayer,
  ];
  /** A paint value as MapLibre reads it: 'constant', or 'source' (per feature). */
  const parse = (name: (typeof LINE_PROPERTIES)[number], value: unknown) => {
    // The spec is typed by its JSON, looser than the property type it is.
    const spec = latest.paint_line[name] as StylePropertySpecification;
    const parsed = createPropertyExpression(value, `paint.${name}`, spec);
    if (parsed.result === 'error') throw new Error(`${name}: ${parsed.value[0]?.message}`);
    return parsed.value;
  };
  /** Which paint values a line's program reads per feature, and whether it is dashed. */
  const program = (paint: LinePaint) =>
    LINE_PROPERTIES.map((name) =>
      name in paint ? `${name}:${parse(name, paint[name]).kind}` : `${name}:default`,
    ).join(' ');

  it('share one program for solid lines and one for dashed lines', () => {
    const programs = new Set(lines.map((layer) => program(layer.paint)));
    expect([...programs].sort()).toEqual([
      'line-color:source line-width:source line-opacity:source line-dasharray:default',
      'line-color:source line-width:source line-opacity:source line-dasharray:source',
    ]);
  });

  it('draw each outline in its own colour, width and dash all the same', () => {
    const valueOf = (paint: LinePaint, name: (typeof LINE_PROPERTIES)[number]) => {
      const parsed = parse(name, paint[name]);
      if (parsed.kind !== 'source') throw new Error(`${name} is not per feature`);
      return parsed.evaluate({ zoom: 3 }, { type: 2, properties: { iso3: 'ESH' } });
    };
    const disputed: LinePaint = disputedOutlineLayer.paint;
    const c5: LinePaint = c5OutlineLayer.paint;
    expect(valueOf(disputed, 'line-dasharray')).toEqual(DISPUTED_DASH);
    expect(valueOf(disputed, 'line-color')).toEqual(Color.parse(COLORS.disputed));
    expect(valueOf(c5, 'line-dasharray')).toEqual(C5_DASH);
    expect(valueOf(c5, 'line-width')).toBe(C5_LINE_WIDTH);
    expect(valueOf(c5, 'line-color')).toEqual(Color.parse(COLORS.c5));
    expect(valueOf(countryBorderLayer(PALETTES.light).paint, 'line-opacity')).toBe(1);
  });
});
