'use client';

import 'maplibre-gl/dist/maplibre-gl.css';
import type { ExpressionSpecification } from 'maplibre-gl';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Map, {
  AttributionControl,
  Layer,
  type MapLayerMouseEvent,
  type MapRef,
  NavigationControl,
  Source,
  type ViewStateChangeEvent,
} from 'react-map-gl/maplibre';
import { type Camera, camerasEqual, MAX_ZOOM, MIN_ZOOM, roundCamera } from '@/lib/camera';
import { type DecodedGeometry, decodeGeometry, type CountriesTopology } from '@/lib/geo/topology';
import { ALL_FOCUS_BOUNDS, type Bounds, FIT_PADDING_PX, STORY_BOUNDS } from '@/lib/map-config';
import {
  BASE_STYLE,
  COLORS,
  countryBorderLayer,
  countryFillLayer,
  countryHoverLayer,
  countryLabelLayer,
  countrySelectedLayer,
} from './map-style';

// Bundlers rewrite MapLibre's own worker URL into a broken one (blank map, "Worker failed to
// load"); pointing at the worker module through import.meta.url makes the bundler emit it.
const WORKER_URL = new URL('maplibre-gl/dist/maplibre-gl-worker.mjs', import.meta.url).href;
const GEOMETRY_URL = '/geo/countries.topo.json';
const ATTRIBUTION = 'Borders: <a href="https://www.naturalearthdata.com/">Natural Earth</a> 1:50m';

export interface HoveredCountry {
  iso3: string | null;
  name: string;
  x: number;
  y: number;
}

export interface MapViewProps {
  /** Camera from the link; when null the map frames `fitBounds`. */
  camera: Camera | null;
  /** Frame used when the link has no camera. @default STORY_BOUNDS */
  fitBounds?: Bounds;
  /** ISO3 codes the user can select (the dataset's countries). */
  selectable: readonly string[];
  selected: string | null;
  /** Fill colour per ISO3; countries not listed are quiet context. */
  fills: Readonly<Record<string, string>>;
  /** Map label per ISO3, in the UI language. */
  labels: Readonly<Record<string, string>>;
  /** Text of the map's own controls, in the UI language. */
  text: {
    ariaLabel: string;
    loading: string;
    fitAll: string;
    fitAllHint: string;
    geometryError: string;
  };
  onSelect: (iso3: string) => void;
  /** A click on a country outside the dataset, with its Natural Earth name. */
  onOutsideClick: (name: string) => void;
  onCameraChange: (camera: Camera) => void;
  onHover: (hovered: HoveredCountry | null) => void;
}

function cameraOf(map: MapRef): Camera {
  const center = map.getCenter();
  return roundCamera({ zoom: map.getZoom(), latitude: center.lat, longitude: center.lng });
}

/** `['match', ['get', 'iso3'], 'KAZ', '#…', …, fallback]`, or the fallback when there is nothing to match. */
function matchByIso3(
  values: Readonly<Record<string, string>>,
  fallback: string,
): ExpressionSpecification | string {
  const entries = Object.entries(values).flat();
  return entries.length === 0
    ? fallback
    : (['match', ['get', 'iso3'], ...entries, fallback] as unknown as ExpressionSpecification);
}

function MapViewImpl({
  camera,
  fitBounds = STORY_BOUNDS,
  selectable,
  selected,
  fills,
  labels,
  text,
  onSelect,
  onOutsideClick,
  onCameraChange,
  onHover,
}: MapViewProps) {
  const mapRef = useRef<MapRef>(null);
  const [geometry, setGeometry] = useState<DecodedGeometry | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [idle, setIdle] = useState(false);
  const [everIdle, setEverIdle] = useState(false);
  const [geometryFailed, setGeometryFailed] = useState(false);
  // The camera this map last reported; a URL camera equal to it came from us, not from outside.
  const reportedCamera = useRef<Camera | null>(camera);

  useEffect(() => {
    const controller = new AbortController();
    fetch(GEOMETRY_URL, { signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`${GEOMETRY_URL}: HTTP ${response.status}`);
        return response.json() as Promise<CountriesTopology>;
      })
      .then((topology) => setGeometry(decodeGeometry(topology)))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        console.warn('Could not load country geometry', error);
        setGeometryFailed(true);
      });
    return () => controller.abort();
  }, []);

  // Back/Forward or a pasted link changed the camera: move the map; ignore our own reports.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || camerasEqual(camera, reportedCamera.current)) return;
    reportedCamera.current = camera;
    if (camera) map.jumpTo({ center: [camera.longitude, camera.latitude], zoom: camera.zoom });
    else map.fitBounds(fitBounds, { padding: FIT_PADDING_PX, animate: false });
  }, [camera, fitBounds]);

  const labelData = useMemo(() => {
    if (!geometry) return null;
    return {
      ...geometry.labels,
      features: geometry.labels.features.map((f) => ({
        ...f,
        properties: { ...f.properties, label: labels[f.properties.iso3] ?? '' },
      })),
    };
  }, [geometry, labels]);

  const fillColor = useMemo(() => matchByIso3(fills, COLORS.land), [fills]);

  const handleClick = useCallback(
    (event: MapLayerMouseEvent) => {
      const properties = event.features?.[0]?.properties as
        { iso3?: string | null; name?: string } | undefined;
      if (!properties) return;
      if (properties.iso3 && selectable.includes(properties.iso3)) onSelect(properties.iso3);
      else onOutsideClick(properties.name ?? 'This area');
    },
    [selectable, onSelect, onOutsideClick],
  );

  const handleMouseMove = useCallback(
    (event: MapLayerMouseEvent) => {
      const properties = event.features?.[0]?.properties as
        { iso3?: string | null; name?: string } | undefined;
      const iso3 = properties?.iso3 ?? null;
      setHovered(iso3);
      onHover(
        properties
          ? { iso3, name: properties.name ?? '', x: event.point.x, y: event.point.y }
          : null,
      );
    },
    [onHover],
  );

  const handleMouseLeave = useCallback(() => {
    setHovered(null);
    onHover(null);
  }, [onHover]);

  const handleMoveEnd = useCallback(
    (event: ViewStateChangeEvent) => {
      const next = cameraOf(event.target as unknown as MapRef);
      if (camerasEqual(next, reportedCamera.current)) return;
      reportedCamera.current = next;
      onCameraChange(next);
    },
    [onCameraChange],
  );

  const initialViewState = useMemo(
    () =>
      camera
        ? { longitude: camera.longitude, latitude: camera.latitude, zoom: camera.zoom }
        : { bounds: fitBounds, fitBoundsOptions: { padding: FIT_PADDING_PX } },
    // The initial view is read once; later camera changes go through the effect above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const hoverIsSelectable = hovered !== null && selectable.includes(hovered);

  return (
    <div
      className="relative h-full w-full"
      data-testid="map:container"
      data-map-idle={idle ? 'true' : 'false'}
    >
      <Map
        ref={mapRef}
        mapStyle={BASE_STYLE}
        workerUrl={WORKER_URL}
        initialViewState={initialViewState}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        dragRotate={false}
        pitchWithRotate={false}
        touchPitch={false}
        // Fading labels in and out costs repaints (and CPU on software WebGL) for no information.
        fadeDuration={0}
        attributionControl={false}
        locale={{ 'Map.Title': text.ariaLabel }}
        interactiveLayerIds={[countryFillLayer.id as string]}
        cursor={hoverIsSelectable ? 'pointer' : 'grab'}
        onClick={handleClick}
        onMouseMove={handleMouseMove}
        onMouseLeave={handleMouseLeave}
        onMoveEnd={handleMoveEnd}
        // Idle only counts once the countries are drawn: an empty style is idle too.
        onIdle={(event) => {
          const drawn = Boolean(event.target.getSource('countries'));
          setIdle(drawn);
          if (drawn) setEverIdle(true);
        }}
        onMoveStart={() => setIdle(false)}
        style={{ width: '100%', height: '100%' }}
      >
        <button
          type="button"
          title={text.fitAllHint}
          onClick={() => mapRef.current?.fitBounds(ALL_FOCUS_BOUNDS, { padding: FIT_PADDING_PX })}
          className="absolute top-2.5 left-2.5 z-10 rounded bg-white px-2.5 py-1.5 text-sm font-semibold shadow ring-1 ring-black/10 hover:bg-gray-50"
        >
          {text.fitAll}
        </button>
        <NavigationControl position="top-right" showCompass={false} />
        <AttributionControl
          position="bottom-right"
          compact={false}
          customAttribution={ATTRIBUTION}
        />
        {geometry && labelData && (
          <>
            <Source id="countries" type="geojson" data={geometry.countries}>
              <Layer {...countryFillLayer} paint={{ 'fill-color': fillColor }} />
              <Layer {...countryHoverLayer} filter={['==', ['get', 'iso3'], hovered ?? '']} />
              <Layer {...countrySelectedLayer} filter={['==', ['get', 'iso3'], selected ?? '']} />
            </Source>
            <Source id="borders" type="geojson" data={geometry.borders}>
              <Layer {...countryBorderLayer} beforeId={countryHoverLayer.id} />
            </Source>
            <Source id="labels" type="geojson" data={labelData}>
              <Layer {...countryLabelLayer} />
            </Source>
          </>
        )}
      </Map>
      {!everIdle && (
        <p
          role="status"
          className="absolute inset-0 z-10 flex items-center justify-center bg-white/60 text-gray-700"
        >
          {geometryFailed ? text.geometryError : text.loading}
        </p>
      )}
    </div>
  );
}

/** The MapLibre map: countries, borders and labels, with selection, hover and camera reporting. */
export const MapView = memo(MapViewImpl);
