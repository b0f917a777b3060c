import { type RefObject, useCallback, useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { countryFeatureId } from '@/lib/geo/feature-id';
import { changesOf } from './use-source-states';

/** The source whose features carry the countries' states (see lib/map-style.ts). */
export const COUNTRIES_SOURCE = 'countries';

/** What the map shows of one country through feature state. */
interface CountryState {
  /** Fill colour; null draws the land colour. */
  fill: string | null;
  hatched: boolean;
  selected: boolean;
  hover: boolean;
  /** Outlined as changed (a Play step, the "What changed" panel). */
  changed: boolean;
}

const QUIET: CountryState = {
  fill: null,
  hatched: false,
  selected: false,
  hover: false,
  changed: false,
};

export interface CountryStates {
  fills: Readonly<Record<string, string>>;
  hatched: readonly string[];
  selected: string | null;
  changed: readonly string[];
}

/**
 * Keeps the countries' colours, hatching, selection and hover in MapLibre feature state, setting
 * only what changed: a date change or a hover is a handful of `setFeatureState` calls, where a
 * filter or a data-driven paint change would re-tile the whole countries source (issue 12).
 * A country's features share an id derived from its code (lib/geo/feature-id.ts). States wait
 * for `ready` (the style loaded). Returns the hover setter, called from pointer events without a
 * React render.
 */
export function useCountryStates(
  mapRef: RefObject<MapLibreMap | null>,
  ready: boolean,
  { fills, hatched, selected, changed }: CountryStates,
): (iso3: string | null) => void {
  /** What was last set, per ISO3, on which source object (a new style brings a new source). */
  const applied = useRef<{ source: unknown; states: Map<string, CountryState> }>({
    source: null,
    states: new Map(),
  });
  const hovered = useRef<string | null>(null);
  const wanted = useRef({ fills, hatched, selected, changed });

  const sync = useCallback(() => {
    const map = mapRef.current;
    const source = ready ? map?.getSource(COUNTRIES_SOURCE) : undefined;
    if (!map || !source) return;
    if (applied.current.source !== source) applied.current = { source, states: new Map() };
    const { states } = applied.current;
    const { fills: fill, hatched: hatch, selected: chosen, changed: outlined } = wanted.current;
    // Every country with a state to set, or one set before that may have to be cleared.
    const countries = new Set([
      ...Object.keys(fill),
      ...hatch,
      ...outlined,
      ...states.keys(),
      ...[chosen, hovered.current].filter((iso3) => iso3 !== null),
    ]);
    for (const iso3 of countries) {
      const next: CountryState = {
        fill: fill[iso3] ?? null,
        hatched: hatch.includes(iso3),
        selected: iso3 === chosen,
        hover: iso3 === hovered.current,
        changed: outlined.includes(iso3),
      };
      const changes = changesOf(states.get(iso3) ?? QUIET, next);
      if (!changes) continue;
      map.setFeatureState({ source: COUNTRIES_SOURCE, id: countryFeatureId(iso3) }, changes);
      states.set(iso3, next);
    }
  }, [mapRef, ready]);

  useEffect(() => {
    wanted.current = { fills, hatched, selected, changed };
    sync();
  }, [sync, fills, hatched, selected, changed]);

  // A style change (the OS colour scheme) re-creates the source without its states.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    map.on('styledata', sync);
    return () => {
      map.off('styledata', sync);
    };
  }, [mapRef, sync]);

  return useCallback(
    (iso3: string | null) => {
      if (hovered.current === iso3) return;
      hovered.current = iso3;
      sync();
    },
    [sync],
  );
}
