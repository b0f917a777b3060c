import type { FontFacesSpecification, StyleSpecification } from 'maplibre-gl';
import type { LayerProps } from 'react-map-gl/maplibre';
import { MAP_FONT_FILES, mapFontUrl } from '@/lib/map-fonts';
import { HATCH_ALPHA, HATCH_RGB } from '@/lib/status-style';

/** The font name our symbol layers ask for; resolved through the style's `font-faces`. */
export const LABEL_FONT = 'Noto Sans Regular';

/** Label fonts served by the app itself, one face per script subset (see lib/map-fonts.ts). */
const FONT_FACES: FontFacesSpecification = {
  [LABEL_FONT]: MAP_FONT_FILES.map(({ file, unicodeRange }) => ({
    url: mapFontUrl(file),
    'unicode-range': [...unicodeRange],
  })),
};

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

/**
 * The base style holds only the background and fonts; every source and layer is a react-map-gl
 * child, so data changes update sources in place instead of rebuilding the style.
 */
export function baseStyle(palette: Palette): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'water', type: 'background', paint: { 'background-color': palette.water } }],
    'font-faces': FONT_FACES,
    // No paint transitions: a date change is drawn in one frame, not faded over 300 ms of repaints.
    transition: { duration: 0, delay: 0 },
  };
}

export const countryFillLayer = {
  id: 'country-fill',
  type: 'fill',
  paint: { 'fill-color': PALETTES.light.land },
} satisfies LayerProps;

/** Hatching over countries whose Accords step is announced but not done. */
export const accordsHatchLayer = {
  id: 'accords-hatch',
  type: 'fill',
  paint: { 'fill-pattern': HATCH_IMAGE },
} satisfies LayerProps;

export const disputedLayer = {
  id: 'disputed-hatch',
  type: 'fill',
  filter: ['in', ['get', 'iso3'], ['literal', ['ESH', 'PSE']]],
  paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.9 },
} satisfies LayerProps;

export const countryBorderLayer = {
  id: 'country-border',
  type: 'line',
  paint: { 'line-color': PALETTES.light.border, 'line-width': 0.6 },
} satisfies LayerProps;

export const disputedOutlineLayer = {
  id: 'disputed-outline',
  type: 'line',
  filter: ['in', ['get', 'iso3'], ['literal', ['ESH', 'PSE']]],
  paint: { 'line-color': COLORS.disputed, 'line-width': 1.2, 'line-dasharray': [2, 1.5] },
} satisfies LayerProps;

export const c5OutlineLayer = {
  id: 'c5-outline',
  type: 'line',
  paint: { 'line-color': COLORS.c5, 'line-width': 2.5, 'line-dasharray': [3, 1.5] },
} satisfies LayerProps;

export const c5LabelLayer = {
  id: 'c5-label',
  type: 'symbol',
  layout: {
    'text-field': ['get', 'label'],
    'text-font': [LABEL_FONT],
    'text-size': 13,
    'text-anchor': 'top',
    'text-offset': [0, 1.2],
  },
  paint: { 'text-color': COLORS.c5, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
} satisfies LayerProps;

export const countryHoverLayer = {
  id: 'country-hover',
  type: 'line',
  paint: { 'line-color': PALETTES.light.hover, 'line-width': 1.2 },
} satisfies LayerProps;

export const countrySelectedLayer = {
  id: 'country-selected',
  type: 'line',
  paint: { 'line-color': PALETTES.light.selected, 'line-width': 2.5 },
} satisfies LayerProps;

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
    'line-opacity': 0.85,
    'line-dasharray': [
      'case',
      ['==', ['get', 'level'], 'non-resident'],
      ['literal', [2, 1]],
      ['==', ['get', 'level'], 'none'],
      ['literal', [0.5, 1.5]],
      ['literal', [1, 0]],
    ],
  },
} satisfies LayerProps;

export const embassyLayer = {
  id: 'embassies',
  type: 'circle',
  paint: {
    'circle-radius': ['+', 4, ['*', 2, ['get', 'count']]],
    'circle-color': '#ffffff',
    'circle-stroke-color': COLORS.embassy,
    'circle-stroke-width': 2.5,
  },
} satisfies LayerProps;

export const embassyCountLayer = {
  id: 'embassy-count',
  type: 'symbol',
  layout: {
    'text-field': ['to-string', ['get', 'count']],
    'text-font': [LABEL_FONT],
    'text-size': 11,
    'text-allow-overlap': true,
  },
  paint: { 'text-color': COLORS.embassy },
} satisfies LayerProps;

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
    'circle-color': '#fefce8',
    'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 0.5, 1, 4, 3],
    'circle-stroke-color': [
      'match',
      ['coalesce', ['get', 'stage'], 'unknown'],
      ...Object.entries(STAGE_RING).flat(),
      STAGE_RING.unknown,
    ] as unknown as string,
  },
} satisfies LayerProps;

export const mineralSymbolLayer = {
  id: 'mineral-symbols',
  type: 'symbol',
  minzoom: MINERAL_LETTERS_MIN_ZOOM,
  layout: {
    'text-field': ['get', 'symbol'],
    'text-font': [LABEL_FONT],
    'text-size': ['interpolate', ['linear'], ['zoom'], MINERAL_LETTERS_MIN_ZOOM, 7, 6, 10],
    'text-allow-overlap': true,
  },
  paint: { 'text-color': '#1f2937' },
} satisfies LayerProps;

export const countryLabelLayer = {
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
    'text-color': PALETTES.light.label,
    'text-halo-color': PALETTES.light.labelHalo,
    'text-halo-width': 1.5,
  },
} satisfies LayerProps;
