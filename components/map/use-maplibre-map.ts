import type * as MapLibreGL from 'maplibre-gl';
import type {
  AttributionControl,
  MapEventType,
  MapGeoJSONFeature,
  Map as MapLibreMap,
  MapOptions,
  PointLike,
  StyleSpecification,
} from 'maplibre-gl';
import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { loadMapLibre, WORKER_FAILED, workerFailure } from '@/lib/maplibre-module';
import { type DeclaredSource, nothingSynced, syncSources } from './map-sync';

/** MapLibre as its own module file (lib/maplibre-module.ts), already preloaded by the page. */
const MAPLIBRE = typeof window === 'undefined' ? undefined : loadMapLibre();

/** A pointer event with the features of the interactive layers under the pointer. */
export interface MapPointerEvent {
  point: { x: number; y: number };
  features: MapGeoJSONFeature[];
}

/** The map's events the map view handles; each call sees the latest props. */
export interface MapHandlers {
  /** The first style has loaded: its fonts can be used, before the first frame is drawn. */
  onStyleLoad: (map: MapLibreMap) => void;
  onLoad: (map: MapLibreMap) => void;
  /** MapLibre's error events, and a map that could not be created (no WebGL, say). */
  onError: (error: { message: string; name?: string }, sourceId?: string) => void;
  /**
   * MapLibre's module or its workers did not arrive (a lost connection, a release gone): there is
   * no map to create, or none that will ever draw.
   */
  onModuleFailure: () => void;
  onClick: (event: MapPointerEvent) => void;
  onMouseMove: (event: MapPointerEvent) => void;
  /** The pointer left the interactive layers' features. */
  onMouseLeave: () => void;
  onMoveStart: (event: MapEventType['movestart']) => void;
  onMoveEnd: (event: MapEventType['moveend']) => void;
  onIdle: (map: MapLibreMap) => void;
  onData: (event: MapEventType['data']) => void;
  onResize: () => void;
}

/** What the map is created with; read once, when MapLibre has loaded. */
export type MapCreateOptions = Omit<MapOptions, 'container' | 'style' | 'attributionControl'>;

export interface MapLibreMapProps extends MapHandlers {
  /** Set to the map once it is created, null after unmount. */
  mapRef: RefObject<MapLibreMap | null>;
  options: MapCreateOptions;
  /** The base style: a new one is applied as a diff (MapLibre's default), keeping the camera. */
  style: StyleSpecification;
  /** Sources and layers drawn on the base style (see map-sync.ts). */
  sources: readonly DeclaredSource[];
  /** Layers whose features pointer events report (those not on the map yet are skipped). */
  interactiveLayerIds: readonly string[];
  cursor: string;
  /** Attribution HTML; the control reads it once, so a new text makes a new control. */
  attribution: string;
}

/**
 * MapLibre's `isStyleLoaded()` also waits for every source's tiles; adding and changing layers
 * needs only the style itself to have loaded.
 */
function styleLoaded(map: MapLibreMap): boolean {
  return map.style._loaded;
}

/**
 * The map view's MapLibre map: created once in the returned container (after MapLibre's module
 * has loaded), removed on unmount, with its zoom buttons and attribution, its base style, and the
 * declared sources and layers kept in step with the props. A small imperative stand-in for
 * react-map-gl, which did the same through components.
 */
export function useMapLibreMap(props: MapLibreMapProps): RefObject<HTMLDivElement | null> {
  const container = useRef<HTMLDivElement>(null);
  const [created, setCreated] = useState<{ map: MapLibreMap; lib: typeof MapLibreGL }>();
  const latest = useRef(props);
  /** The style the map has: the one it was created with, then each one set. */
  const appliedStyle = useRef<StyleSpecification | null>(null);
  const synced = useRef(nothingSynced());
  const { style, sources, cursor, attribution } = props;
  const map = created?.map;

  // Event handlers read the props through this, so they see the latest render's.
  useLayoutEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    let live = true;
    let made: MapLibreMap | undefined;
    MAPLIBRE?.then(
      (maplibre) => {
        if (!live || !container.current) return;
        const { options, style: initialStyle } = latest.current;
        made = new maplibre.Map({
          ...options,
          container: container.current,
          style: initialStyle,
          attributionControl: false,
        });
        appliedStyle.current = initialStyle;
        made.getCanvas().style.cursor = latest.current.cursor;
        made.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
        listen(made, latest);
        latest.current.mapRef.current = made;
        setCreated({ map: made, lib: maplibre });
      },
      () => live && latest.current.onModuleFailure(),
    ).catch((error: Error) => latest.current.onError(error));
    void workerFailure.then(() => live && latest.current.onModuleFailure());
    return () => {
      live = false;
      made?.remove();
      latest.current.mapRef.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    if (map) map.getCanvas().style.cursor = cursor;
  }, [map, cursor]);

  useLayoutEffect(() => {
    if (!map || appliedStyle.current === style) return;
    appliedStyle.current = style;
    // The new style drops the sources and layers added to the old one: `styledata` adds them back.
    map.setStyle(style);
  }, [map, style]);

  useLayoutEffect(() => {
    if (map && styleLoaded(map)) syncSources(map, sources, synced.current);
  }, [map, sources]);

  useEffect(() => {
    if (!map) return;
    // A new style (the colour scheme) drops what was added: add it again once the style is there.
    const resync = () => {
      if (styleLoaded(map)) syncSources(map, latest.current.sources, synced.current);
    };
    map.on('styledata', resync);
    return () => {
      map.off('styledata', resync);
    };
  }, [map]);

  useEffect(() => {
    if (!created) return;
    const control: AttributionControl = new created.lib.AttributionControl({
      compact: false,
      customAttribution: attribution,
    });
    created.map.addControl(control, 'bottom-right');
    return () => {
      // Gone already when the map itself was removed (unmount).
      if (created.map.hasControl(control)) created.map.removeControl(control);
    };
  }, [created, attribution]);

  return container;
}

/**
 * Forwards the map's events to the latest handlers. Pointer events carry the interactive layers'
 * features: a move from over some features to over none, or out of the map, is a "mouse leave",
 * and a click reports the features found by the last move.
 */
function listen(map: MapLibreMap, latest: RefObject<MapLibreMapProps>): void {
  let hovered: MapGeoJSONFeature[] | null = null;
  const featuresAt = (point: PointLike) =>
    map.queryRenderedFeatures(point, {
      layers: latest.current.interactiveLayerIds.filter((id) => map.getLayer(id)),
    });
  const track = (point: PointLike) => {
    const features = featuresAt(point);
    if (hovered?.length && features.length === 0) latest.current.onMouseLeave();
    hovered = features;
    return features;
  };
  map.once('style.load', () => latest.current.onStyleLoad(map));
  map.on('load', () => latest.current.onLoad(map));
  // A map created before its workers failed hears of it too: `workerFailure` reports it.
  map.on('error', (event) => {
    if (WORKER_FAILED.test(event.error.message)) return;
    // A source's failure names the source (MapLibre adds `sourceId` to the events it forwards).
    const { sourceId } = event as { sourceId?: unknown };
    latest.current.onError(event.error, typeof sourceId === 'string' ? sourceId : undefined);
  });
  map.on('mousemove', (event) => {
    latest.current.onMouseMove({ point: event.point, features: track(event.point) });
  });
  // Leaving the map's canvas leaves whatever was under the pointer, even at the canvas's edge,
  // where features are still found (react-map-gl queried there, so the hover stayed).
  map.on('mouseout', () => {
    if (hovered?.length) latest.current.onMouseLeave();
    hovered = null;
  });
  map.on('click', (event) => {
    latest.current.onClick({ point: event.point, features: hovered ?? featuresAt(event.point) });
  });
  map.on('movestart', (event) => latest.current.onMoveStart(event));
  map.on('moveend', (event) => latest.current.onMoveEnd(event));
  map.on('idle', () => latest.current.onIdle(map));
  map.on('data', (event) => latest.current.onData(event));
  map.on('resize', () => latest.current.onResize());
}
