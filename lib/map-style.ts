import type {
  ExpressionSpecification,
  FontFacesSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { DATASET_ISO3 } from '@/lib/data/enums';
import { HATCH_ALPHA, HATCH_RGB } from '@/lib/status-style';

/** The font name our symbol layers ask for; resolved through the style's `font-faces`. */
export const LABEL_FONT = 'Noto Sans Regular';

/** Base colours of the map in each colour scheme; data colours (statuses, arcs) are shared. */
export const PALETTES = {
  light: {
    water: '#d7e3ec',
    land: '#efece6',
    border: '#b9b3a8',
    selected: '#111827',
    hover: '#374151',
    label: '#1f2937',
    labelHalo: '#ffffff',
  },
  dark: {
    water: '#0f1b2a',
    land: '#2a2d33',
    border: '#5b616b',
    selected: '#f9fafb',
    hover: '#d1d5db',
    label: '#f3f4f6',
    labelHalo: '#111827',
  },
} as const;

export type ColorScheme = keyof typeof PALETTES;
export type Palette = (typeof PALETTES)[ColorScheme];

export const COLORS = {
  c5: '#b45309',
  disputed: '#6b7280',
  embassy: '#1e3a8a',
};

/** Arc colour and width by tie level, strongest first. */
export const TIE_STYLE = {
  'resident-both': { color: '#1e3a8a', width: 3 },
  'resident-one-way': { color: '#2563eb', width: 2.2 },
  'non-resident': { color: '#0e7490', width: 1.6 },
  'relations-only': { color: '#64748b', width: 1.2 },
  none: { color: '#b91c1c', width: 1.2 },
} as const;

/** Dash patterns of the tie arcs, in line widths (MapLibre's `line-dasharray`); others are solid. */
export const TIE_DASH: Partial<Record<keyof typeof TIE_STYLE, readonly number[]>> = {
  'non-resident': [2, 1],
  none: [0.5, 1.5],
};

/** Fill of a minerals point (its ring says the stage). */
export const MINERAL_FILL = '#fefce8';

/** Dash pattern of the C5+1 outline and of the disputed areas' outline, in line widths. */
export const C5_DASH = [3, 1.5] as const;
export const DISPUTED_DASH = [2, 1.5] as const;
/** Natural Earth features hatched as disputed: Western Sahara and Palestine. */
export const DISPUTED_ISO3 = ['ESH', 'PSE'] as const;

/** Ring colour of a mineral point by project stage; null stage = not stated by the sources. */
export const STAGE_RING = {
  exploration: '#f59e0b',
  feasibility: '#a855f7',
  permitting: '#0e7490',
  construction: '#2563eb',
  production: '#15803d',
  suspended: '#b91c1c',
  unknown: '#6b7280',
} as const;

/** Name of the diagonal-hatch image the map registers on load (see hatchPattern()). */
export const HATCH_IMAGE = 'hatch';

/** An 8×8 diagonal hatch drawn in code, so no sprite has to be fetched. */
export function hatchPattern(
  rgb: readonly [number, number, number] = HATCH_RGB,
  alpha = HATCH_ALPHA,
) {
  const size = 8;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onLine = (x + y) % size < 2;
      data.set(onLine ? [...rgb, alpha] : [0, 0, 0, 0], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/** Prefix of the hidden placeholder layers that fix where each drawn layer goes (see baseStyle). */
const SLOT_PREFIX = 'slot:';

/**
 * A MapLibre layer as the map declares it: it names no source, as it is drawn from the one it is
 * declared with (components/map/map-view.tsx). Background layers have no source and live in the
 * base style.
 */
export type DrawnLayer = LayerWithoutSource<LayerSpecification>;
type LayerWithoutSource<L> = L extends { source: string } ? Omit<L, 'source'> : never;

/** The placeholder under which the layer `id` is inserted: see baseStyle. */
export function slotOf(id: string): string {
  return SLOT_PREFIX + id;
}

/**
 * The base style holds the background, the fonts and one hidden placeholder ("slot") per map
 * layer in drawing order (`layerOrder`, see lib/layer-registry.ts). Every source and layer is
 * added by the map (components/map/map-sync.ts) under its slot, so a layer created late (a hidden
 * layer is created the first time it is shown) still lands at its depth, and data changes update
 * sources in place instead of rebuilding the style. Hidden background layers are skipped when
 * drawing: no shader program, no cost.
 */
export function baseStyle(
  palette: Palette,
  layerOrder: readonly string[],
  fontFaces: FontFacesSpecification,
): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': palette.water } },
      ...layerOrder.map((id) => ({
        id: slotOf(id),
        type: 'background' as const,
        layout: { visibility: 'none' as const },
      })),
    ],
    'font-faces': fontFaces,
    // No paint transitions: a date change is drawn in one frame, not faded over 300 ms of repaints.
    transition: { duration: 0, delay: 0 },
  };
}

/** `['boolean', ['feature-state', key], false]`: a per-country flag set by the map component. */
const stateFlag = (key: string): ExpressionSpecification => [
  'boolean',
  ['feature-state', key],
  false,
];

/**
 * Only the dataset's countries can be selected, hatched or outlined as changed. A layer whose
 * state is off draws its features anyway (transparent): filtered to these few countries, it no
 * longer fills or outlines the whole world again on every frame. Set once, never changed.
 */
const datasetCountries: ExpressionSpecification = [
  'in',
  ['get', 'iso3'],
  ['literal', [...DATASET_ISO3]],
];

/**
 * The base map's layers on the `countries` source. Colours, hover and selection are feature
 * states (set per country when they change), not filters or data-driven `match` expressions: in
 * MapLibre a filter or data-driven paint change re-tiles the whole source and rebuilds every
 * layer on it, while a feature-state change only refreshes the changed features' paint values.
 */
export function countryFillLayer(palette: Palette) {
  return {
    id: 'country-fill',
    type: 'fill',
    paint: { 'fill-color': ['coalesce', ['feature-state', 'fill'], palette.land] },
  } satisfies DrawnLayer;
}

/**
 * The outline of the selected country, or of the dataset country under the pointer: one layer on
 * the dataset's countries, its colour and width by feature state. Countries outside the dataset
 * cannot be selected and get no outline (the tooltip names them): an outline layer over all 240
 * countries cost MapLibre's worker a line bucket of every coastline and the GPU a world of
 * transparent lines on every frame.
 */
export function countrySelectedLayer(palette: Palette) {
  const selected = stateFlag('selected');
  return {
    id: 'country-selected',
    type: 'line',
    filter: datasetCountries,
    paint: {
      'line-color': ['case', selected, palette.selected, palette.hover],
      'line-width': ['case', selected, 2.5, 1.2],
      'line-opacity': ['case', ['any', selected, stateFlag('hover')], 1, 0],
    },
  } satisfies DrawnLayer;
}

/**
 * Colour of the outline around what changed (a Play step, the "What changed" panel): magenta,
 * which no status fill, tie, ring or outline uses, drawn wide so it reads on every fill.
 */
export const CHANGED_COLOR = '#c026d3';

/** Countries whose status changed: a wide outline where feature state `changed` is set. */
export const countryChangedLayer = {
  id: 'country-changed',
  type: 'line',
  filter: datasetCountries,
  paint: {
    'line-color': samePerFeature(CHANGED_COLOR),
    'line-width': samePerFeature(3.5),
    'line-opacity': ['case', stateFlag('changed'), 1, 0],
  },
} satisfies DrawnLayer;

/**
 * Shown on the view's day: the data layers' sources hold every feature they can draw for the
 * selection, and the day's are shown by this feature state (lib/map-layers.ts).
 */
const shown = stateFlag('shown');

/** Opaque where the feature is shown today, else transparent. */
const whenShown = (opacity: number): ExpressionSpecification => ['case', shown, opacity, 0];

/**
 * `value` for every feature, written as a per-feature expression (it reads a property no feature
 * has). MapLibre compiles a shader program for each layer type and mix of constant and per-feature
 * paint properties, and in software WebGL each program costs tens of milliseconds at start-up, in
 * the GPU process and waited for by the page. Lines whose values are the same everywhere are
 * written this way to share the program of the lines whose values differ per feature: the borders
 * and the outlines of what changed that of the selection and hover outline, the dashed outlines
 * that of the ties.
 */
function samePerFeature(value: number | string | readonly number[]): ExpressionSpecification {
  return ['coalesce', ['get', 'no-such-property'], ['literal', value]];
}

/** Ties that changed: a wide halo under their arcs, on the ties' own features (state `changed`). */
export const arcChangedLayer = {
  id: 'arc-changed',
  type: 'line',
  layout: { 'line-cap': 'round' },
  paint: {
    'line-color': samePerFeature(CHANGED_COLOR),
    'line-width': samePerFeature(9),
    'line-opacity': ['case', ['all', shown, stateFlag('changed')], 0.75, 0],
  },
} satisfies DrawnLayer;

export function countryBorderLayer(palette: Palette) {
  return {
    id: 'country-border',
    type: 'line',
    paint: {
      'line-color': samePerFeature(palette.border),
      'line-width': samePerFeature(0.6),
      'line-opacity': samePerFeature(1),
    },
  } satisfies DrawnLayer;
}

/** Hatching over countries whose Accords step is announced but not done (feature state `hatched`). */
export const accordsHatchLayer = {
  id: 'accords-hatch',
  type: 'fill',
  filter: datasetCountries,
  paint: {
    'fill-pattern': HATCH_IMAGE,
    'fill-opacity': ['case', stateFlag('hatched'), 1, 0],
    'fill-antialias': false,
  },
} satisfies DrawnLayer;

export const disputedLayer = {
  id: 'disputed-hatch',
  type: 'fill',
  filter: ['in', ['get', 'iso3'], ['literal', [...DISPUTED_ISO3]]],
  paint: {
    'fill-pattern': HATCH_IMAGE,
    'fill-opacity': ['case', ['in', ['get', 'iso3'], ['literal', [...DISPUTED_ISO3]]], 0.9, 0],
    'fill-antialias': false,
  },
} satisfies DrawnLayer;

/** A dashed outline's paint, each value per feature so that it shares the ties' program. */
function dashedLinePaint(color: string, width: number, dash: readonly number[]) {
  return {
    'line-color': samePerFeature(color),
    'line-width': samePerFeature(width),
    'line-opacity': samePerFeature(1),
    'line-dasharray': samePerFeature(dash),
  };
}

/** Width of the C5 outline, in pixels (the legend draws it too). */
export const C5_LINE_WIDTH = 2.5;

export const disputedOutlineLayer = {
  id: 'disputed-outline',
  type: 'line',
  filter: ['in', ['get', 'iso3'], ['literal', [...DISPUTED_ISO3]]],
  paint: dashedLinePaint(COLORS.disputed, 1.2, DISPUTED_DASH),
} satisfies DrawnLayer;

/** The C5's label, drawn at its source's point; not translated (the format's own name). */
export const C5_LABEL = 'C5+1';

/** The C5 outline; its source also holds the group's label point. */
export const c5OutlineLayer = {
  id: 'c5-outline',
  type: 'line',
  filter: ['!=', ['geometry-type'], 'Point'],
  paint: dashedLinePaint(COLORS.c5, C5_LINE_WIDTH, C5_DASH),
} satisfies DrawnLayer;

export const c5LabelLayer = {
  id: 'c5-label',
  type: 'symbol',
  filter: ['==', ['geometry-type'], 'Point'],
  layout: {
    'text-field': C5_LABEL,
    'text-font': [LABEL_FONT],
    'text-size': 13,
    'text-anchor': 'top',
    'text-offset': [0, 1.2],
  },
  paint: { 'text-color': COLORS.c5, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
} satisfies DrawnLayer;

const tieMatch = (key: 'color' | 'width') =>
  [
    'match',
    ['get', 'level'],
    ...Object.entries(TIE_STYLE).flatMap(([level, style]) => [level, style[key]]),
    key === 'color' ? '#64748b' : 1,
  ] as unknown as number;

export const tieArcLayer = {
  id: 'tie-arcs',
  type: 'line',
  layout: { 'line-cap': 'round', 'line-sort-key': ['case', ['get', 'selected'], 1, 0] },
  paint: {
    'line-color': tieMatch('color') as unknown as string,
    'line-width': ['case', ['get', 'selected'], ['+', tieMatch('width'), 2], tieMatch('width')],
    'line-opacity': whenShown(0.85),
    'line-dasharray': [
      'case',
      ...Object.entries(TIE_DASH).flatMap(([level, dash]) => [
        ['==', ['get', 'level'], level],
        ['literal', dash],
      ]),
      ['literal', [1, 0]],
    ] as unknown as number[],
  },
} satisfies DrawnLayer;

export const embassyLayer = {
  id: 'embassies',
  type: 'circle',
  paint: {
    'circle-radius': ['+', 4, ['*', 2, ['get', 'count']]],
    'circle-color': '#ffffff',
    'circle-stroke-color': COLORS.embassy,
    'circle-stroke-width': 2.5,
    'circle-opacity': whenShown(1),
    'circle-stroke-opacity': whenShown(1),
  },
} satisfies DrawnLayer;

export const embassyCountLayer = {
  id: 'embassy-count',
  type: 'symbol',
  layout: {
    'text-field': ['to-string', ['get', 'count']],
    'text-font': [LABEL_FONT],
    'text-size': 11,
    // Counts keep the country labels off them, hidden ones (other counts, other days) too: a
    // label then stands beside a host's capital on every day, rather than under its circle.
    'text-allow-overlap': true,
  },
  paint: { 'text-color': COLORS.embassy, 'text-opacity': whenShown(1) },
} satisfies DrawnLayer;

/**
 * Below this zoom a minerals point is a dot without its letters: at the world view a fixed 11 px
 * marker outgrew Kyrgyzstan and Tajikistan. Points and letters are drawn under the country labels.
 */
const MINERAL_LETTERS_MIN_ZOOM = 2.5;

export const mineralPointLayer = {
  id: 'mineral-points',
  type: 'circle',
  paint: {
    'circle-radius': [
      'interpolate',
      ['linear'],
      ['zoom'],
      0.5,
      2.5,
      MINERAL_LETTERS_MIN_ZOOM - 0.01,
      4,
      MINERAL_LETTERS_MIN_ZOOM,
      7,
      6,
      11,
    ],
    'circle-color': MINERAL_FILL,
    'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 0.5, 1, 4, 3],
    // The stage on the view's day is a feature state ('unknown' when no dated stage is known).
    'circle-stroke-color': [
      'match',
      ['coalesce', ['feature-state', 'stage'], 'unknown'],
      ...Object.entries(STAGE_RING).flat(),
      STAGE_RING.unknown,
    ] as unknown as string,
    'circle-opacity': whenShown(1),
    'circle-stroke-opacity': whenShown(1),
  },
} satisfies DrawnLayer;

export const mineralSymbolLayer = {
  id: 'mineral-symbols',
  type: 'symbol',
  minzoom: MINERAL_LETTERS_MIN_ZOOM,
  layout: {
    'text-field': ['get', 'symbol'],
    'text-font': [LABEL_FONT],
    'text-size': ['interpolate', ['linear'], ['zoom'], MINERAL_LETTERS_MIN_ZOOM, 7, 6, 10],
    // Letters keep the country labels off them, a project's not known yet on the day too.
    'text-allow-overlap': true,
  },
  paint: { 'text-color': '#1f2937', 'text-opacity': whenShown(1) },
} satisfies DrawnLayer;

export function countryLabelLayer(palette: Palette) {
  return {
    id: 'country-label',
    type: 'symbol',
    layout: {
      'text-field': ['get', 'label'],
      'text-font': [LABEL_FONT],
      'text-size': ['interpolate', ['linear'], ['zoom'], 2, 11, 6, 15],
      'text-max-width': 8,
      // Central Asia and the Gulf are crowded at the first view's zoom: let a label move off its
      // anchor rather than disappear, so every dataset country keeps its one label.
      'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.6,
      'text-padding': 1,
    },
    paint: {
      'text-color': palette.label,
      'text-halo-color': palette.labelHalo,
      'text-halo-width': 1.5,
    },
  } satisfies DrawnLayer;
}
