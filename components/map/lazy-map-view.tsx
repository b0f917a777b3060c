'use client';

import 'maplibre-gl/dist/maplibre-gl.css';
import { type ComponentType, useSyncExternalStore } from 'react';
import { loadMapLibre } from '@/lib/maplibre-module';
import type { MapViewProps } from './map-view';
import { MapLoading } from './webgl-gate';

// The map's code (its MapLibre wrapper, styles, layers) is its own chunk, so it is not part
// of what the page must load and run before it is interactive. It is requested as soon as this
// module runs (before hydration), beside MapLibre itself and its worker. The page preloads the
// countries' geometry, which MapLibre's worker then finds in the browser's cache.
let LoadedMapView: ComponentType<MapViewProps> | null = null;
/** Why the chunk did not load (a lost connection, or a release newer than the kept ones). */
let loadError: Error | null = null;
const listeners = new Set<() => void>();
if (typeof window !== 'undefined') {
  void loadMapLibre();
  import('./map-view')
    .then(
      (module) => {
        LoadedMapView = module.MapView;
      },
      (error: Error) => {
        loadError = error;
      },
    )
    .finally(() => {
      for (const listener of listeners) listener();
    });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The map (components/map/map-view.tsx), loaded in its own chunk; browser only (WebGL).
 *
 * Not `next/dynamic`: its lazy component suspends once even when the chunk is already there, and
 * React then holds back the map's first render for up to 300 ms (its throttle on revealing
 * suspended content), during which the page is idle and MapLibre is not started.
 */
export function MapView(props: MapViewProps) {
  const ready = useSyncExternalStore(
    subscribe,
    () => LoadedMapView !== null || loadError !== null,
    () => false,
  );
  // The page's boundary says so, with a reload (components/layout/load-failure-boundary.tsx).
  if (ready && loadError) throw loadError;
  return ready && LoadedMapView ? <LoadedMapView {...props} /> : <MapLoading />;
}
