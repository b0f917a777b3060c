import type { FontFacesSpecification, StyleSpecification } from 'maplibre-gl';
import type { LayerProps } from 'react-map-gl/maplibre';

/** The font name our symbol layers ask for; resolved through the style's `font-faces`. */
export const LABEL_FONT = 'Noto Sans Regular';

/**
 * Label fonts served by the app itself (copied from @fontsource by scripts/copy-fonts.ts), split by
 * script. MapLibre downloads a file only when it draws a character in its range, and shapes
 * Hebrew and Arabic right-to-left with no RTL plugin and no glyph server.
 */
const FONT_FACES: FontFacesSpecification = {
  [LABEL_FONT]: [
    {
      url: '/fonts/noto-sans-latin-400.woff2',
      'unicode-range': ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+2000-206F'],
    },
    {
      url: '/fonts/noto-sans-cyrillic-400.woff2',
      'unicode-range': ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'],
    },
    { url: '/fonts/noto-sans-hebrew-400.woff2', 'unicode-range': ['U+0590-05FF', 'U+FB1D-FB4F'] },
    {
      url: '/fonts/noto-sans-arabic-400.woff2',
      'unicode-range': ['U+0600-06FF', 'U+0750-077F', 'U+FB50-FDFF', 'U+FE70-FEFC'],
    },
  ],
};

export const COLORS = {
  water: '#d7e3ec',
  land: '#efece6',
  border: '#b9b3a8',
  selected: '#1f2937',
  hover: '#374151',
  label: '#1f2937',
  labelHalo: '#ffffff',
};

/**
 * The base style holds only the background and fonts; every source and layer is a react-map-gl
 * child, so data changes update sources in place instead of rebuilding the style.
 */
export const BASE_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'water', type: 'background', paint: { 'background-color': COLORS.water } }],
  'font-faces': FONT_FACES,
};

export const countryFillLayer = {
  id: 'country-fill',
  type: 'fill',
  paint: {
    'fill-color': ['coalesce', ['get', 'fill'], COLORS.land],
  },
} satisfies LayerProps;

export const countryBorderLayer = {
  id: 'country-border',
  type: 'line',
  paint: { 'line-color': COLORS.border, 'line-width': 0.6 },
} satisfies LayerProps;

export const countryHoverLayer = {
  id: 'country-hover',
  type: 'line',
  paint: { 'line-color': COLORS.hover, 'line-width': 1.2 },
} satisfies LayerProps;

export const countrySelectedLayer = {
  id: 'country-selected',
  type: 'line',
  paint: { 'line-color': COLORS.selected, 'line-width': 2.5 },
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
    'text-color': COLORS.label,
    'text-halo-color': COLORS.labelHalo,
    'text-halo-width': 1.5,
  },
} satisfies LayerProps;
