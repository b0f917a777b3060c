import type { FeatureCollection } from 'geojson';
import { type RefObject, useCallback, useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureState, FeatureStates } from '@/lib/map-layers';

/** A data layer's source as the map draws it: its features and their states on the day. */
export interface StatedSource {
  features: FeatureCollection;
  states: FeatureStates;
}

/** What was last set on one source: per source object and data (a new one starts over). */
interface Applied {
  source: unknown;
  features: FeatureCollection;
  states: Map<number, FeatureState>;
}

/** The keys of `next` whose values differ from `previous` (all of them when there is none). */
export function changesOf<S extends object>(previous: S | undefined, next: S): Partial<S> | null {
  const before = previous as Record<string, unknown> | undefined;
  const changes = Object.entries(next).filter(([key, value]) => before?.[key] !== value);
  return changes.length > 0 ? (Object.fromEntries(changes) as Partial<S>) : null;
}

/**
 * Keeps the data layers' feature states (lib/map-layers.ts) on their sources, setting only what
 * changed: a date change is a few `setFeatureState` calls, not a `setData` that re-tiles the
 * source. `sources` is keyed by source id; null until the map's style has loaded. A source added
 * later (a layer shown for the first time), a new style (the colour scheme) or new features (a
 * new selection) get every state again.
 */
export function useSourceStates(
  mapRef: RefObject<MapLibreMap | null>,
  sources: Readonly<Record<string, StatedSource>> | null,
): void {
  const applied = useRef(new Map<string, Applied>());
  const wanted = useRef(sources);

  const sync = useCallback(() => {
    const map = mapRef.current;
    if (!map || !wanted.current) return;
    for (const [id, { features, states }] of Object.entries(wanted.current)) {
      const source = map.getSource(id);
      if (!source) continue;
      let done = applied.current.get(id);
      if (!done || done.source !== source || done.features !== features) {
        done = { source, features, states: new Map() };
        applied.current.set(id, done);
      }
      for (const [featureId, next] of states) {
        const changes = changesOf(done.states.get(featureId), next);
        if (!changes) continue;
        map.setFeatureState({ source: id, id: featureId }, changes);
        done.states.set(featureId, next);
      }
    }
  }, [mapRef]);

  useEffect(() => {
    wanted.current = sources;
    sync();
  }, [sources, sync]);

  const ready = sources !== null;
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    // A source is added (or re-added with a new style) after the render that asked for it.
    const onSource = (event: { sourceId?: string }) => {
      if (event.sourceId && wanted.current?.[event.sourceId]) sync();
    };
    map.on('styledata', sync);
    map.on('sourcedata', onSource);
    return () => {
      map.off('styledata', sync);
      map.off('sourcedata', onSource);
    };
  }, [mapRef, sync, ready]);
}
