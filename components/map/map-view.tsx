'use client';

import type { FeatureCollection, Point } from 'geojson';
import { useLocale } from 'next-intl';
import type { MapEventType, Map as MapLibreMap } from 'maplibre-gl';
import {
  memo,
  type RefObject,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { type Camera, camerasEqual, MAX_ZOOM, MIN_ZOOM, roundCamera } from '@/lib/camera';
import labelPoints from '@/lib/geo/label-points.json';
import type { LabelProperties } from '@/lib/geo/topology';
import {
  type ArcRoute,
  type Edge,
  type OffscreenTarget,
  offscreenTargets,
} from '@/lib/geo/offscreen';
import { ALL_FOCUS_BOUNDS, type Bounds, FIT_PADDING_PX, GEOMETRY_URLS } from '@/lib/map-config';
import type { CapturableMap } from '@/lib/export/png';
import { isExportCameraEvent } from '@/lib/export/export-camera';
import { MAP_FONT_FACES } from '@/lib/fonts';
import { drawingOrder, interactiveLayerIds, LAYERS, type LayerEntry } from '@/lib/layer-registry';
import {
  baseStyle,
  C5_LABEL,
  type ColorScheme,
  countryBorderLayer,
  countryChangedLayer,
  countryFillLayer,
  countryLabelLayer,
  countrySelectedLayer,
  type DrawnLayer,
  HATCH_IMAGE,
  hatchPattern,
  LABEL_FONT,
  PALETTES,
  slotOf,
} from '@/lib/map-style';
import { prefetchGlyphs } from '@/lib/map-glyphs';
import { withChangedArcs } from '@/lib/map-layers';
import type { LayerId } from '@/lib/search-params';
import type { ChangeOutline } from '@/lib/data/changes';
import { markWebglUnavailable } from '@/lib/webgl';
import { geometryName, type Hovered } from './hover';
import { targetOf } from './pointer-target';
import type { DeclaredSource, PlacedLayer } from './map-sync';
import { useCountryStates } from './use-country-states';
import { type MapPointerEvent, useMapLibreMap } from './use-maplibre-map';
import { type StatedSource, useSourceStates } from './use-source-states';

const FRAME_MAX_ZOOM = 5.5;
/**
 * Room around a framed view: its labels stand beside their anchors (Israel's went off the edge
 * with a tighter frame), and Fit all and the zoom buttons sit in the corners.
 */
const FRAME_PADDING_PX = 48;
const FRAME_DURATION_MS = 700;
/** Room kept at the map's edges for Fit all, the zoom buttons and the attribution. */
const EDGE_MARGIN = { top: 66, right: 12, bottom: 40, left: 12 };
/** Closer than this, two markers for one country (a corner) are one. */
const EDGE_SEPARATION_PX = 160;
/** How an upward arrow turns to point at each edge. */
const EDGE_TURN: Record<Edge, string> = {
  top: '',
  right: 'rotate-90',
  bottom: 'rotate-180',
  left: '-rotate-90',
};
const EDGE_ANCHOR = {
  left: 'translate(0, -50%)',
  right: 'translate(-100%, -50%)',
  top: 'translate(-50%, 0)',
  bottom: 'translate(-50%, -100%)',
} as const;

/**
 * An off-screen marker's arrow, pointing at its edge: drawn, not typed. The UI font's Latin subset
 * has ↑ and ↓ but not ← or →, for which the browser downloaded four fallback font files (Noto Sans
 * Hebrew's and Arabic's) while the map was starting.
 */
function EdgeArrow({ edge }: { edge: Edge }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 10 10"
      className={`inline-block size-[0.8em] align-[-0.05em] ${EDGE_TURN[edge]}`}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M5 9V1M1.5 4.5 5 1l3.5 3.5" />
    </svg>
  );
}

export type { Hovered } from './hover';

export interface MapViewProps {
  /** Camera from the link; when null the map frames `frame`. */
  camera: Camera | null;
  /** What to frame when the link has no camera: the selection, or the story. */
  frame: Bounds;
  layers: readonly LayerId[];
  /** ISO3 codes the user can select (the dataset's countries). */
  selectable: readonly string[];
  selected: string | null;
  /**
   * Identifies what the map is asked to show (date, layers, selection); written to
   * `data-map-view` when the map goes idle with it drawn, so tests can wait for a given view.
   */
  viewKey: string;
  /** Fill colour per ISO3; countries not listed are quiet context. */
  fills: Readonly<Record<string, string>>;
  /** Countries hatched as "announced, not done". */
  hatched: readonly string[];
  /** What to outline as changed: countries (ISO3) and ties (`A~B`); none by default. */
  changed?: ChangeOutline;
  /** Map label per ISO3, in the UI language. */
  labels: Readonly<Record<string, string>>;
  /**
   * Each layer drawn from the dataset (lib/layer-registry.ts): its features for the selection and
   * their feature states on the view's day.
   */
  sources: Readonly<Partial<Record<LayerId, StatedSource>>>;
  /** Each arc with its ends, to say where the arcs that leave the view go. */
  arcRoutes: readonly ArcRoute[];
  /** Text of the map's own controls, in the UI language. */
  text: {
    ariaLabel: string;
    loading: string;
    fitAll: string;
    fitAllHint: string;
    geometryError: string;
    mapError: string;
    thisArea: string;
    zoomIn: string;
    zoomOut: string;
    /** Attribution HTML (a link to Natural Earth), in the UI language. */
    attribution: string;
    /** Accessible name and hint of a marker pointing at an arc's off-screen end. */
    offscreen: (name: string) => string;
    offscreenHint: (name: string) => string;
  };
  /** Western Sahara drawn as part of Morocco (the link's worldview on its day, lib/worldview.ts). */
  westernSaharaInMorocco?: boolean;
  /** Called with the map once it has loaded (the compare view syncs two maps). */
  onMap?: (map: MapLibreMap) => void;
  /** Set to the map once it has loaded (null after unmount), for the PNG export. */
  captureRef?: RefObject<CapturableMap | null>;
  /** Embeds let the page scroll: one-finger drags and plain wheel scrolls pass through. */
  cooperativeGestures?: boolean;
  onSelect: (iso3: string) => void;
  /** A click on a country outside the dataset, with its name in the UI language. */
  onOutsideClick: (name: string) => void;
  onSelectPair: (pair: string) => void;
  onSelectProject: (id: string) => void;
  onCameraChange: (camera: Camera) => void;
  onHover: (hovered: Hovered | null) => void;
}

const NOTHING_CHANGED: ChangeOutline = { countries: [], pairs: [] };
/** MapLibre's container fills the view (see the Tailwind note in the README). */
const MAP_CONTAINER_STYLE = { position: 'relative', width: '100%', height: '100%' } as const;

/** The registry's layers in drawing order: the base style holds a slot for each. */
const DRAWING_ORDER = drawingOrder();
const INTERACTIVE_LAYERS = interactiveLayerIds();
/** The registry's entries, in link order (each layer goes under its own slot whatever the order). */
const ENTRIES: readonly LayerEntry<LayerId>[] = Object.values(LAYERS);
/** One label anchor per dataset country (written by scripts/build-geo.ts). */
const LABEL_POINTS = labelPoints as FeatureCollection<Point, LabelProperties>;
/** The sources drawn from the build's geometry files: without them there is no map. */
const GEOMETRY_SOURCES: ReadonlySet<string> = new Set(['countries', 'borders']);

function cameraOf(map: MapLibreMap): Camera {
  const center = map.getCenter();
  return roundCamera({ zoom: map.getZoom(), latitude: center.lat, longitude: center.lng });
}

function visibility(layers: readonly LayerId[], id: LayerId) {
  return { visibility: layers.includes(id) ? ('visible' as const) : ('none' as const) };
}

/**
 * Hidden layers are created the first time they are shown: until then they cost no source, no
 * tiling and no shader program. Once created they stay, toggled by visibility.
 */
function useCreatedLayers(layers: readonly LayerId[]): ReadonlySet<LayerId> {
  const [created, setCreated] = useState<ReadonlySet<LayerId>>(() => new Set(layers));
  if (layers.some((id) => !created.has(id))) {
    const next = new Set([...created, ...layers]);
    setCreated(next);
    return next;
  }
  return created;
}

/** The hook a test installs before the page loads to receive the map (see onLoad). */
type TestHookWindow = Window & { __atlasOnMap?: (map: MapLibreMap) => void };

let darkQuery: MediaQueryList | null = null;

/** The OS dark-scheme query, made once: a new `matchMedia` for every render costs each time. */
function darkScheme(): MediaQueryList {
  darkQuery ??= window.matchMedia('(prefers-color-scheme: dark)');
  return darkQuery;
}

function subscribeToScheme(onChange: () => void): () => void {
  const query = darkScheme();
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** The OS colour scheme, live; light on the server. */
function useColorScheme(): ColorScheme {
  return useSyncExternalStore(
    subscribeToScheme,
    () => (darkScheme().matches ? 'dark' : 'light'),
    () => 'light',
  );
}

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Marks the map as idle with `view` drawn (`data-map-idle`, `data-map-view`: what tests and the
 * bench wait for). Written on the element in MapLibre's `idle` event itself, not through React
 * state: a state update would be committed only after the browser has shown the frame, which on
 * software WebGL waits for the GPU work of the whole frame, and the bench compares with the
 * baseline page's `idle` event, which does not.
 */
function markDrawn(container: HTMLElement | null, view: string): void {
  if (!container) return;
  container.dataset.mapView = view;
  container.dataset.mapIdle = 'true';
}

/** Marks the map as busy (moving, or loading data) until its next `idle`. */
function markBusy(container: HTMLElement | null): void {
  if (container) container.dataset.mapIdle = 'false';
}

function MapViewImpl({
  camera,
  frame,
  layers,
  viewKey,
  selectable,
  selected,
  fills,
  hatched,
  changed = NOTHING_CHANGED,
  labels,
  sources,
  arcRoutes,
  text,
  cooperativeGestures = false,
  westernSaharaInMorocco = false,
  onMap,
  captureRef,
  onSelect,
  onOutsideClick,
  onSelectPair,
  onSelectProject,
  onCameraChange,
  onHover,
}: MapViewProps) {
  const mapRef = useRef<MapLibreMap>(null);
  const locale = useLocale();
  const [pointer, setPointer] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const [everIdle, setEverIdle] = useState(false);
  /** What did not arrive, so the map cannot be drawn: shown instead of "Loading map…". */
  const [failure, setFailure] = useState<'geometry' | 'module' | null>(null);
  /** Read by the idle handler: a map whose countries did not arrive is idle, but not drawn. */
  const geometryFailed = useRef(false);
  const [offscreen, setOffscreen] = useState<OffscreenTarget[]>([]);
  /** True from a camera move's start to its end: the pointer's tooltip would be stale. */
  const moving = useRef(false);
  // Layers that use the hatch image wait for it: it is registered when the style has loaded.
  const [styleReady, setStyleReady] = useState(false);
  // The camera this map last reported; a URL camera equal to it came from us, not from outside.
  const reportedCamera = useRef<Camera | null>(camera);
  const framed = useRef<string>(frame.join(','));
  /**
   * The box the map was last fitted to, until the user moves it: when the container then changes
   * size (layout settling after load, a phone turned) the box is fitted again, rather than MapLibre
   * keeping the centre and zoom and cutting the frame's edges (Israel in the Israel–Uzbekistan view).
   */
  const fitted = useRef<{ bounds: Bounds; padding: number } | null>(
    camera ? null : { bounds: frame, padding: FRAME_PADDING_PX },
  );
  /** Set while a refit after a resize runs with no camera in the link: it reports nothing. */
  const quietRefit = useRef(false);

  useEffect(
    () => () => {
      if (captureRef) captureRef.current = null;
    },
    [captureRef],
  );

  // The countries and borders of the view's worldview: addresses MapLibre's worker downloads and
  // parses itself (lib/geo/build-map-geometry.ts), so the page's main thread decodes nothing.
  const geometry = GEOMETRY_URLS[westernSaharaInMorocco ? 'merged' : 'apart'];

  // The camera follows the link when it changes from outside (Back/Forward, a pasted link);
  // otherwise a new selection is framed. Our own reports change nothing.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const frameKey = frame.join(',');
    if (!camerasEqual(camera, reportedCamera.current)) {
      reportedCamera.current = camera;
      framed.current = frameKey;
      fitted.current = camera ? null : { bounds: frame, padding: FRAME_PADDING_PX };
      if (camera) map.jumpTo({ center: [camera.longitude, camera.latitude], zoom: camera.zoom });
      else map.fitBounds(frame, { padding: FRAME_PADDING_PX, animate: false });
    } else if (frameKey !== framed.current) {
      framed.current = frameKey;
      fitted.current = { bounds: frame, padding: FRAME_PADDING_PX };
      map.fitBounds(frame, {
        padding: FRAME_PADDING_PX,
        maxZoom: FRAME_MAX_ZOOM,
        duration: prefersReducedMotion() ? 0 : FRAME_DURATION_MS,
      });
    }
    // styleReady: a selection or Back made while MapLibre was still loading applies once it has.
  }, [camera, frame, styleReady]);

  // A new view whose drawing happens to be unchanged (same arcs on the next day) makes MapLibre
  // skip the frame, and so the idle event that marks the view as drawn. One repaint per view
  // change guarantees it; it runs after the sources' setData (the map sync is a layout effect,
  // and layout effects run before effects).
  useEffect(() => {
    mapRef.current?.triggerRepaint();
  }, [viewKey]);

  const labelData = useMemo(
    (): FeatureCollection<Point, LabelProperties & { label: string }> => ({
      type: 'FeatureCollection',
      features: LABEL_POINTS.features.map((f) => ({
        ...f,
        properties: { ...f.properties, label: labels[f.properties.iso3] ?? '' },
      })),
    }),
    [labels],
  );

  const created = useCreatedLayers(layers);
  const setHovered = useCountryStates(mapRef, styleReady, {
    fills,
    hatched,
    selected,
    changed: changed.countries,
  });

  const palette = PALETTES[useColorScheme()];
  const mapStyle = useMemo(() => baseStyle(palette, DRAWING_ORDER, MAP_FONT_FACES), [palette]);
  // Built once per palette: the sync (map-sync.ts) compares each layer with the one it last set and
  // changes MapLibre's only where they differ, so nothing is set again while the palette stays.
  const baseLayers = useMemo(
    () => ({
      fill: countryFillLayer(palette),
      border: countryBorderLayer(palette),
      selected: countrySelectedLayer(palette),
      label: countryLabelLayer(palette),
    }),
    [palette],
  );

  const handleClick = useCallback(
    (event: MapPointerEvent) => {
      const target = targetOf(event.features);
      if (!target) return;
      if (target.kind === 'mineral') onSelectProject(target.id);
      else if (target.kind === 'arc') onSelectPair(target.pair);
      else if (target.kind === 'embassy') onSelect(target.host);
      else if (target.iso3 && selectable.includes(target.iso3)) onSelect(target.iso3);
      else onOutsideClick(geometryName(target, locale) || text.thisArea);
    },
    [selectable, onSelect, onOutsideClick, onSelectPair, onSelectProject, text.thisArea, locale],
  );

  const handleMouseMove = useCallback(
    (event: MapPointerEvent) => {
      if (moving.current) return;
      const target = targetOf(event.features);
      setHovered(target?.kind === 'country' ? target.iso3 : null);
      setPointer(
        target !== null &&
          (target.kind !== 'country' || (target.iso3 !== null && selectable.includes(target.iso3))),
      );
      onHover(target ? { target, x: event.point.x, y: event.point.y } : null);
    },
    [onHover, selectable, setHovered],
  );

  const handleMouseLeave = useCallback(() => {
    setHovered(null);
    setPointer(false);
    onHover(null);
  }, [onHover, setHovered]);

  const tiesShown = layers.includes('ties');
  // The data layers' states on the day, the ties' with those that changed marked for their halo.
  const statedSources = useMemo(() => {
    if (!styleReady) return null;
    const stated: Record<string, StatedSource> = {};
    for (const [id, source] of Object.entries(sources)) {
      if (!source || !created.has(id as LayerId)) continue;
      stated[id] =
        id === 'ties' ? { ...source, states: withChangedArcs(source, changed.pairs) } : source;
    }
    return stated;
  }, [styleReady, sources, created, changed.pairs]);
  useSourceStates(mapRef, statedSources);
  const updateOffscreen = useCallback(() => {
    const map = mapRef.current;
    if (!map || !tiesShown) {
      setOffscreen([]);
      return;
    }
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    setOffscreen(
      offscreenTargets(arcRoutes, (position) => map.project(position as [number, number]), {
        width,
        height,
        margin: EDGE_MARGIN,
        minSeparation: EDGE_SEPARATION_PX,
      }),
    );
  }, [arcRoutes, tiesShown]);
  useEffect(updateOffscreen, [updateOffscreen]);

  const handleMoveStart = useCallback(
    (event: MapEventType['movestart']) => {
      moving.current = true;
      // A drag, wheel or key: the user's view now, not a frame to keep.
      if (event.originalEvent) fitted.current = null;
      markBusy(containerRef.current);
      // Whatever the pointer was over has moved away from it.
      setHovered(null);
      onHover(null);
      setOffscreen([]);
    },
    [onHover, setHovered],
  );

  const handleMoveEnd = useCallback(
    (event: MapEventType['moveend']) => {
      moving.current = false;
      updateOffscreen();
      const quiet = quietRefit.current;
      quietRefit.current = false;
      // The PNG export's brief zoom-out and its return are not the user's view.
      if (quiet || isExportCameraEvent(event)) return;
      const next = cameraOf(event.target);
      if (camerasEqual(next, reportedCamera.current)) return;
      reportedCamera.current = next;
      onCameraChange(next);
    },
    [onCameraChange, updateOffscreen],
  );

  const refit = useCallback(() => {
    const map = mapRef.current;
    const fit = fitted.current;
    if (map && fit) {
      // A link without a camera means "the frame": keep it that way in the address bar.
      quietRefit.current = camera === null;
      map.fitBounds(fit.bounds, { padding: fit.padding, maxZoom: FRAME_MAX_ZOOM, animate: false });
    }
    updateOffscreen();
  }, [updateOffscreen, camera]);

  /** Widens the view to take in an off-screen arc end. */
  const showEnd = useCallback(
    (iso3: string) => {
      const map = mapRef.current;
      const end = arcRoutes.flatMap((route) => route.ends).find((e) => e.iso3 === iso3);
      if (!map || !end) return;
      const view = map.getBounds();
      const bounds: Bounds = [
        Math.min(view.getWest(), end.lon),
        Math.min(view.getSouth(), end.lat),
        Math.max(view.getEast(), end.lon),
        Math.max(view.getNorth(), end.lat),
      ];
      fitted.current = { bounds, padding: FIT_PADDING_PX };
      map.fitBounds(bounds, {
        padding: FIT_PADDING_PX,
        duration: prefersReducedMotion() ? 0 : FRAME_DURATION_MS,
      });
    },
    [arcRoutes],
  );

  // The initial view is read once; later camera changes go through the effect above.
  const initialView = useMemo(
    () =>
      camera
        ? { center: [camera.longitude, camera.latitude] as [number, number], zoom: camera.zoom }
        : {
            bounds: frame,
            fitBoundsOptions: { padding: FRAME_PADDING_PX, maxZoom: FRAME_MAX_ZOOM },
          },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  /** The sources and layers drawn on the base style, each layer under its slot. */
  const declared = useMemo((): readonly DeclaredSource[] => {
    if (!styleReady) return [];
    const placed = (layer: DrawnLayer): PlacedLayer => ({ ...layer, beforeId: slotOf(layer.id) });
    /** A registry entry's layers, shown or hidden with the entry. */
    // The spread layout is typed as the union of every layer type's: each entry's is its own.
    const entryLayers = (entry: LayerEntry<LayerId>): PlacedLayer[] =>
      entry.style(palette).map(
        (layer) =>
          ({
            ...placed(layer),
            layout: { ...layer.layout, ...visibility(layers, entry.id) },
          }) as PlacedLayer,
      );
    // Small sources first: MapLibre's worker takes sources in the order they are added, so the
    // labels, arcs and points come back (and their first frames compile their shader programs)
    // while it still cuts the 240 countries, instead of all together after them. The drawing
    // order is the slots', not this one.
    const list: DeclaredSource[] = [
      { id: 'labels', data: labelData, layers: [placed(baseLayers.label)] },
    ];
    for (const entry of ENTRIES) {
      if (entry.data.from === 'countries' || !created.has(entry.id)) continue;
      // Features for the selection: the day changes their states, not the data.
      const data = entry.data.from === 'dataset' ? sources[entry.id]?.features : entry.data.url;
      if (data) list.push({ id: entry.id, data, layers: entryLayers(entry) });
    }
    list.push(
      {
        // Set once: colours, hatching, hover and selection are feature states.
        id: 'countries',
        data: geometry.countries,
        layers: [
          placed(baseLayers.fill),
          placed(baseLayers.selected),
          placed(countryChangedLayer),
          ...ENTRIES.filter(
            (entry) => entry.data.from === 'countries' && created.has(entry.id),
          ).flatMap(entryLayers),
        ],
      },
      { id: 'borders', data: geometry.borders, layers: [placed(baseLayers.border)] },
    );
    return list;
  }, [styleReady, geometry, labelData, baseLayers, palette, layers, created, sources]);

  const mapContainer = useMapLibreMap({
    mapRef,
    options: {
      ...initialView,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      cooperativeGestures,
      // Fading labels in and out costs repaints (and CPU on software WebGL) for no information.
      fadeDuration: 0,
      locale: {
        'Map.Title': text.ariaLabel,
        'NavigationControl.ZoomIn': text.zoomIn,
        'NavigationControl.ZoomOut': text.zoomOut,
      },
    },
    style: mapStyle,
    sources: declared,
    interactiveLayerIds: INTERACTIVE_LAYERS,
    cursor: pointer ? 'pointer' : 'grab',
    attribution: text.attribution,
    // The country names and the C5 label: the glyphs of nearly every label the first view draws.
    onStyleLoad: (map) => {
      void prefetchGlyphs(map, LABEL_FONT, [...Object.values(labels), C5_LABEL]);
    },
    onLoad: (map) => {
      // Lets a test spy on the map (tests/e2e/redraw.spec.ts); nothing sets it in use.
      (window as TestHookWindow).__atlasOnMap?.(map);
      map.addImage(HATCH_IMAGE, hatchPattern());
      setStyleReady(true);
      if (captureRef) captureRef.current = map;
      onMap?.(map);
      updateOffscreen();
    },
    onError: (error, sourceId) => {
      // MapLibre could not create its WebGL context: the gate says so instead of the map.
      if (error.name === 'GPUInitializationError') markWebglUnavailable();
      else if (!everIdle && sourceId && GEOMETRY_SOURCES.has(sourceId)) {
        // The first view's countries did not arrive (MapLibre does not try again): say so,
        // rather than "Loading map…" for ever. Later (another worldview's file), it is logged
        // as other errors are.
        console.warn('Could not load country geometry', error);
        geometryFailed.current = true;
        setFailure('geometry');
      } else console.error(error);
    },
    onModuleFailure: () => setFailure('module'),
    onClick: handleClick,
    onMouseMove: handleMouseMove,
    onMouseLeave: handleMouseLeave,
    onMoveStart: handleMoveStart,
    onMoveEnd: handleMoveEnd,
    // Idle only counts once the countries are drawn: an empty style is idle too.
    onIdle: (map) => {
      if (!map.getSource('countries') || geometryFailed.current) {
        return markBusy(containerRef.current);
      }
      markDrawn(containerRef.current, viewKey);
      setEverIdle(true);
    },
    onData: (event) => {
      if (event.dataType === 'source') markBusy(containerRef.current);
    },
    onResize: refit,
  });

  return (
    <div
      className="relative h-full w-full"
      data-testid="map:container"
      ref={containerRef}
      // Written by the map's events (markDrawn, markBusy), not by renders: see markDrawn.
      data-map-idle="false"
      data-map-view=""
    >
      {/* Before the map in the DOM: first in Tab order, as it is first on screen (top left). */}
      <button
        type="button"
        title={text.fitAllHint}
        onClick={() => {
          fitted.current = { bounds: ALL_FOCUS_BOUNDS, padding: FIT_PADDING_PX };
          mapRef.current?.fitBounds(ALL_FOCUS_BOUNDS, { padding: FIT_PADDING_PX });
        }}
        data-testid="map:fit-all"
        className="absolute top-2.5 left-2.5 z-10 rounded bg-white px-2.5 py-1.5 text-sm font-semibold shadow ring-1 ring-black/10 hover:bg-gray-50"
      >
        {text.fitAll}
      </button>
      <div ref={mapContainer} style={MAP_CONTAINER_STYLE} />
      {offscreen.map((target) => (
        <button
          key={`${target.iso3}:${target.edge}`}
          type="button"
          aria-label={text.offscreen(labels[target.iso3] ?? target.iso3)}
          title={text.offscreenHint(labels[target.iso3] ?? target.iso3)}
          onClick={() => showEnd(target.iso3)}
          data-testid={`map:offscreen:${target.iso3}`}
          data-edge={target.edge}
          className="absolute z-10 min-h-6 rounded-full bg-white/90 px-2 text-xs font-semibold whitespace-nowrap text-blue-900 shadow ring-1 ring-blue-900/30 hover:bg-white"
          style={{ left: target.x, top: target.y, transform: EDGE_ANCHOR[target.edge] }}
        >
          {target.edge === 'right' || target.edge === 'bottom' ? (
            <>
              {labels[target.iso3]} <EdgeArrow edge={target.edge} />
            </>
          ) : (
            <>
              <EdgeArrow edge={target.edge} /> {labels[target.iso3]}
            </>
          )}
        </button>
      ))}
      {!everIdle && (
        <p
          role="status"
          className="absolute inset-0 z-10 flex items-center justify-center bg-white/60 text-gray-700"
        >
          {failure === 'geometry'
            ? text.geometryError
            : failure === 'module'
              ? text.mapError
              : text.loading}
        </p>
      )}
    </div>
  );
}

/** The MapLibre map: countries, borders, labels and the data layers, with selection and camera reporting. */
export const MapView = memo(MapViewImpl);
