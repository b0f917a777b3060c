/**
 * The map's data layers, one entry each: how the map draws it (MapLibre layers as a function of
 * the palette, and where they go in the drawing order), what it draws from (the countries'
 * feature states, or a small source of its own with its data builders), what answers the pointer,
 * its legend rows (read by both the on-screen legend and the PNG export, so they cannot drift
 * from the map), and its message keys. The GeoJSON download's builders are keyed by the same ids
 * in lib/export/geojson.ts.
 *
 * A new layer is an entry here, its id in `LAYER_IDS` (lib/search-params.ts, which parses links)
 * and its messages in both message files: tests/unit/layer-registry.test.ts adds a throwaway one.
 */
import type { FeatureCollection } from 'geojson';
import { ACCORDS_STATUSES } from './data/enums';
import type { DatasetIso3 } from './data/enums';
import { isNamedSymbol, isWordSymbol, type WordSymbol } from './data/minerals-geojson';
import type { Dataset } from './data/schema';
import type { Translate } from './i18n/mission-label';
import {
  drawnMineralSymbols,
  embassyFeatures,
  embassyStates,
  type FeatureStates,
  mineralFeatures,
  mineralPoints,
  mineralStates,
  statusesOn,
  tieArcFeatures,
  tieArcs,
  tieArcStates,
} from './map-layers';
import {
  accordsHatchLayer,
  arcChangedLayer,
  C5_DASH,
  C5_LINE_WIDTH,
  c5LabelLayer,
  c5OutlineLayer,
  COLORS,
  DISPUTED_DASH,
  type DrawnLayer,
  disputedLayer,
  disputedOutlineLayer,
  embassyCountLayer,
  embassyLayer,
  MINERAL_FILL,
  mineralPointLayer,
  mineralSymbolLayer,
  type Palette,
  STAGE_RING,
  TIE_DASH,
  TIE_STYLE,
  tieArcLayer,
} from './map-style';
import { C5_OUTLINE_URL } from './map-config';
import { LAYER_IDS, type LayerId, type Pair } from './search-params';
import { isHatched, STATUS_STYLE } from './status-style';

/** A translator over all message namespaces (`useTranslations()` or `shareTranslator` in lib/i18n/translator.ts). */
export type { Translate };

/** One row of a layer's legend, as the screen and the PNG export both draw it. */
export type LegendEntry =
  | { kind: 'heading'; layer: string; label: string }
  | {
      kind: 'fill';
      layer: string;
      label: string;
      color: string;
      /** Diagonal hatching over the fill, as the map draws "announced, not done". */
      hatched: boolean;
      outline?: { color: string; dash: readonly number[] };
      /** A longer definition under the label (on screen only). */
      detail?: string;
    }
  | {
      kind: 'line';
      layer: string;
      label: string;
      color: string;
      /** Line width in CSS pixels, as on the map. */
      width: number;
      /** Dash pattern in line widths (MapLibre's `line-dasharray`), or null for solid. */
      dash: readonly number[] | null;
    }
  | { kind: 'ring'; layer: string; label: string; fill: string; stroke: string }
  /** A short text drawn in a point (the minerals' W, Au, Gas). */
  | { kind: 'symbol'; layer: string; label: string; symbol: string; fill: string; stroke: string };

export type LegendKind = LegendEntry['kind'];

/**
 * The base map's layers that data layers are drawn against: a data layer's MapLibre layers go
 * just under the one it names (`below`), in registry order. `top` is above everything.
 */
export const BASE_LAYERS = [
  'country-fill',
  'country-border',
  'country-selected',
  // What changed (a Play step, the "What changed" panel): country outlines (arcs: the ties layer).
  'country-changed',
  'country-label',
] as const;
export type Anchor = (typeof BASE_LAYERS)[number] | 'top';

/** What a layer's data builders get for the view's day. */
export interface DatasetContext {
  data: Dataset;
  day: string;
  selection: { country: DatasetIso3 | null; pair: Pair | null };
  /** Writes the word symbols (REE, Gas) of minerals in the UI language. */
  symbol: (symbol: WordSymbol) => string;
}

/** What a layer's features are built from: the view's selection and language, not its day. */
export type SelectionContext = Omit<DatasetContext, 'day'>;

export type LayerData =
  /** Drawn from the countries source: feature states and fixed filters, no data of its own. */
  | { from: 'countries' }
  /**
   * A small source of its own from the dataset: every feature the layer can draw for the
   * selection, with numeric ids (`build`, run when the selection or the language changes), and
   * which of them are shown on the view's day and how (`states`: feature states, so a date change
   * reloads no source; every feature gets one, shown or not). The layers' paint reads the states,
   * and features whose state `shown` is not true answer no click or hover.
   */
  | {
      from: 'dataset';
      build: (context: SelectionContext) => FeatureCollection;
      states: (context: DatasetContext) => FeatureStates;
    }
  /** A source of its own: a GeoJSON file the build writes (lib/geo/build-map-geometry.ts). */
  | { from: 'file'; url: string };

export interface LayerEntry<Id extends string = string> {
  id: Id;
  /** MapLibre layers, bottom to top, for a palette (ids unique across the registry). */
  style: (palette: Palette) => readonly DrawnLayer[];
  /** The base layer these are drawn under; `depths` puts single layers elsewhere. */
  below: Anchor;
  depths?: Readonly<Record<string, Anchor>>;
  data: LayerData;
  /** Which of `style`'s layers answer clicks and hover (topmost first in MapView's list). */
  interactive: readonly string[];
  /**
   * Legend rows with the map's colours (no heading: see `headed`). `t` translates keys of every
   * namespace; the on-screen legend adds the notes of `messages.notes` under them. Given what the
   * map draws (`drawn`, as the exports pass it), a layer also keys each symbol it draws.
   */
  legend: (t: Translate, drawn?: DatasetContext) => LegendEntry[];
  /** Whether the legend shows a heading over the rows (layers with several rows). */
  headed: boolean;
  messages: {
    /** The layer's name (toggle, legend heading). */
    name: string;
    /** Notes under the legend on screen, in order. */
    notes: readonly string[];
  };
}

export type Registry<Id extends string = string> = { readonly [K in Id]: LayerEntry<K> };

const accords: LayerEntry<'accords'> = {
  id: 'accords',
  style: () => [accordsHatchLayer],
  below: 'country-border',
  data: { from: 'countries' },
  interactive: [],
  legend: (t, drawn) => {
    // The exports key only the statuses the map shows that day; the screen lists them all.
    const shown = drawn ? new Set(Object.values(statusesOn(drawn.data, drawn.day))) : null;
    const statuses = ACCORDS_STATUSES.filter((status) => !shown || shown.has(status));
    return [
      ...statuses.map((status): LegendEntry => ({
        kind: 'fill',
        layer: 'accords',
        label: t(`status.${status}`),
        color: STATUS_STYLE[status].fill,
        hatched: isHatched(status),
        detail: t(`statusDefinition.${status}`),
      })),
      ...(statuses.some(isHatched)
        ? [
            {
              kind: 'fill',
              layer: 'accords',
              label: t('layers.announcedHatch'),
              color: '#ffffff',
              hatched: true,
            } satisfies LegendEntry,
          ]
        : []),
    ];
  },
  headed: true,
  messages: { name: 'layers.names.accords', notes: [] },
};

const ties: LayerEntry<'ties'> = {
  id: 'ties',
  // The halo under the ties that changed draws from the same features (feature state `changed`).
  style: () => [arcChangedLayer, tieArcLayer],
  below: 'country-label',
  data: {
    from: 'dataset',
    build: ({ data, selection }) => tieArcFeatures(data, selection),
    states: ({ data, day, selection }) => tieArcStates(data, day, selection),
  },
  interactive: [tieArcLayer.id],
  legend: (t, drawn) => {
    const drawnLevels = drawn
      ? new Set<string>(
          tieArcs(drawn.data, drawn.day, drawn.selection).features.map((f) => f.properties.level),
        )
      : null;
    return Object.entries(TIE_STYLE)
      .filter(([level]) => !drawnLevels || drawnLevels.has(level))
      .map(([level, style]): LegendEntry => ({
        kind: 'line',
        layer: 'ties',
        label: t(`layers.tieLevels.${level}`),
        color: style.color,
        width: style.width,
        dash: TIE_DASH[level as keyof typeof TIE_STYLE] ?? null,
      }));
  },
  headed: true,
  // The scope note (whose ties are drawn) depends on the view: the layer panel writes it.
  messages: { name: 'layers.names.ties', notes: [] },
};

/** One key row per symbol the minerals layer draws on the day, in the UI language. */
function mineralSymbolKey({ data, day, symbol }: DatasetContext, t: Translate): LegendEntry[] {
  return drawnMineralSymbols(data, day).map(({ symbol: drawnSymbol, mineral }) => ({
    kind: 'symbol',
    layer: 'minerals',
    symbol: isWordSymbol(drawnSymbol) ? symbol(drawnSymbol) : drawnSymbol,
    label: isNamedSymbol(drawnSymbol) ? t(`key.mineralNames.${drawnSymbol}`) : mineral,
    fill: MINERAL_FILL,
    stroke: STAGE_RING.unknown,
  }));
}

const minerals: LayerEntry<'minerals'> = {
  id: 'minerals',
  style: () => [mineralPointLayer, mineralSymbolLayer],
  below: 'country-label',
  data: {
    from: 'dataset',
    build: ({ data, symbol }) => mineralFeatures(data, symbol),
    states: ({ data, day }) => mineralStates(data, day),
  },
  interactive: [mineralPointLayer.id],
  legend: (t, drawn) => {
    const stages = drawn
      ? new Set<string>(
          mineralPoints(drawn.data, drawn.day).features.map((f) => f.properties.stage ?? 'unknown'),
        )
      : null;
    return [
      ...Object.entries(STAGE_RING)
        .filter(([stage]) => !stages || stages.has(stage))
        .map(([stage, color]): LegendEntry => ({
          kind: 'ring',
          layer: 'minerals',
          label: t(`layers.stages.${stage}`),
          fill: MINERAL_FILL,
          stroke: color,
        })),
      ...(drawn ? mineralSymbolKey(drawn, t) : []),
    ];
  },
  headed: true,
  messages: { name: 'layers.names.minerals', notes: ['layers.mineralSymbols', 'layers.stageRing'] },
};

const embassies: LayerEntry<'embassies'> = {
  id: 'embassies',
  style: () => [embassyLayer, embassyCountLayer],
  below: 'top',
  data: {
    from: 'dataset',
    build: ({ data }) => embassyFeatures(data),
    states: ({ data, day }) => embassyStates(data, day),
  },
  interactive: [embassyLayer.id],
  legend: (t) => [
    {
      kind: 'ring',
      layer: 'embassies',
      label: t('export.legend.embassies'),
      fill: '#ffffff',
      stroke: COLORS.embassy,
    },
  ],
  headed: false,
  messages: { name: 'layers.names.embassies', notes: ['layers.embassiesNote'] },
};

const c5: LayerEntry<'c5'> = {
  id: 'c5',
  style: () => [c5OutlineLayer, c5LabelLayer],
  below: 'country-selected',
  data: { from: 'file', url: C5_OUTLINE_URL },
  interactive: [],
  legend: (t) => [
    {
      kind: 'line',
      layer: 'c5',
      label: t('layers.names.c5'),
      color: COLORS.c5,
      width: C5_LINE_WIDTH,
      dash: C5_DASH,
    },
  ],
  headed: false,
  messages: { name: 'layers.names.c5', notes: ['layers.c5Label'] },
};

const disputed: LayerEntry<'disputed'> = {
  id: 'disputed',
  style: () => [disputedLayer, disputedOutlineLayer],
  below: 'country-border',
  // The dashed outline lies over the borders its hatch lies under.
  depths: { [disputedOutlineLayer.id]: 'country-selected' },
  data: { from: 'countries' },
  interactive: [],
  legend: (t) => [
    {
      kind: 'fill',
      layer: 'disputed',
      label: t('layers.names.disputed'),
      color: '#ffffff',
      hatched: true,
      outline: { color: COLORS.disputed, dash: DISPUTED_DASH },
    },
  ],
  headed: false,
  messages: { name: 'layers.names.disputed', notes: ['layers.disputedNote'] },
};

/** Every data layer, by id. */
export const LAYERS: Registry<LayerId> = { accords, ties, minerals, embassies, c5, disputed };

type AnyRegistry = Readonly<Record<string, LayerEntry>>;

/** Any palette: drawing order and interactivity do not depend on colours. */
const PLAIN_PALETTE = {} as Palette;

/**
 * The ids of the map's layers in drawing order, bottom to top: the base layers, each with the
 * data layers anchored under it (in registry order). The base style gets a slot per id.
 */
export function drawingOrder(registry: AnyRegistry = LAYERS): string[] {
  const layers = Object.values(registry).flatMap((entry) =>
    entry.style(PLAIN_PALETTE).map((layer) => ({
      id: layer.id!,
      below: entry.depths?.[layer.id!] ?? entry.below,
    })),
  );
  const under = (anchor: Anchor) => layers.filter((l) => l.below === anchor).map((l) => l.id);
  return [...BASE_LAYERS.flatMap((base) => [...under(base), base]), ...under('top')];
}

/** Layer ids that answer the pointer, topmost first: data layers over the countries. */
export function interactiveLayerIds(
  registry: AnyRegistry = LAYERS,
  order: readonly string[] = drawingOrder(registry),
): string[] {
  const ids = Object.values(registry).flatMap((entry) => entry.interactive);
  return [...ids.sort((a, b) => order.indexOf(b) - order.indexOf(a)), 'country-fill'];
}

/**
 * The legend for the visible layers, with the map's colours: the headed layers (several rows)
 * first, in link order and each under its heading, then the one-row layers under one heading.
 * Given what the map draws (`drawn`), each symbol drawn gets a row too (the exports' full key).
 */
export function legendEntries(
  view: { layers: readonly string[] },
  t: Translate,
  registry: AnyRegistry = LAYERS,
  order: readonly string[] = LAYER_IDS,
  drawn?: DatasetContext,
): LegendEntry[] {
  const visible = order.filter((id) => view.layers.includes(id) && registry[id]);
  const entryOf = (id: string) => registry[id]!;
  const headed = visible.filter((id) => entryOf(id).headed);
  const rest = visible.filter((id) => !entryOf(id).headed);
  // After headed groups the one-row layers need a heading too, or they read as the last group's.
  const restHeading: LegendEntry[] =
    headed.length > 0 && rest[0]
      ? [{ kind: 'heading', layer: rest[0], label: t('export.legend.other') }]
      : [];
  return [
    ...headed.flatMap((id): LegendEntry[] => [
      { kind: 'heading', layer: id, label: t(entryOf(id).messages.name) },
      ...entryOf(id).legend(t, drawn),
    ]),
    ...restHeading,
    ...rest.flatMap((id) => entryOf(id).legend(t, drawn)),
  ];
}
