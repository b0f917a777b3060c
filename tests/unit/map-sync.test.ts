import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  type DeclaredSource,
  deepEqual,
  layerChanges,
  LINE_AND_FILL_BUFFER,
  nothingSynced,
  type PlacedLayer,
  type SyncTarget,
  syncSources,
} from '@/components/map/map-sync';
import { countryFillLayer, countrySelectedLayer, PALETTES, slotOf } from '@/lib/map-style';

function collection(name: string): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 1,
        properties: { name },
        geometry: { type: 'Point', coordinates: [0, 0] },
      },
    ],
  };
}

const line = (overrides: Partial<PlacedLayer> = {}): PlacedLayer =>
  ({
    id: 'ties',
    type: 'line',
    beforeId: slotOf('ties'),
    layout: { visibility: 'visible', 'line-cap': 'round' },
    paint: { 'line-color': '#123456', 'line-width': ['case', ['feature-state', 'on'], 2, 1] },
    filter: ['==', ['get', 'kind'], 'arc'],
    ...overrides,
  }) as PlacedLayer;

/** A map that records the calls the sync makes and keeps the sources and layers they leave. */
function fakeMap() {
  const calls: string[] = [];
  const sources = new Map<string, unknown>();
  const layers = new Set<string>();
  const map = {
    getSource: (id: string) =>
      sources.has(id)
        ? { setData: (data: unknown) => (calls.push(`setData ${id}`), sources.set(id, data)) }
        : undefined,
    addSource: (id: string, source: { buffer?: number }) => (
      calls.push(`addSource ${id}${source.buffer === undefined ? '' : ` buffer ${source.buffer}`}`),
      sources.set(id, {})
    ),
    removeSource: (id: string) => (calls.push(`removeSource ${id}`), sources.delete(id)),
    getLayer: (id: string) => (layers.has(id) ? {} : undefined),
    addLayer: (layer: { id: string; source: string }, beforeId?: string) => {
      calls.push(`addLayer ${layer.id} on ${layer.source} before ${beforeId}`);
      layers.add(layer.id);
    },
    removeLayer: (id: string) => (calls.push(`removeLayer ${id}`), layers.delete(id)),
    moveLayer: (id: string, beforeId?: string) => calls.push(`moveLayer ${id} ${beforeId}`),
    setLayoutProperty: (id: string, name: string, value: unknown) =>
      calls.push(`layout ${id} ${name}=${JSON.stringify(value)}`),
    setPaintProperty: (id: string, name: string, value: unknown) =>
      calls.push(`paint ${id} ${name}=${JSON.stringify(value)}`),
    setFilter: (id: string, value: unknown) => calls.push(`filter ${id} ${JSON.stringify(value)}`),
    setLayerZoomRange: (id: string, min: number, max: number) =>
      calls.push(`zoom ${id} ${min}-${max}`),
  };
  return {
    map: map as unknown as SyncTarget,
    calls,
    /** What a new style does: drops every source and layer added to the old one. */
    resetStyle: () => (sources.clear(), layers.clear()),
  };
}

describe('deepEqual', () => {
  it('compares style values by structure', () => {
    expect(
      deepEqual(['case', ['feature-state', 'on'], 1, 0], ['case', ['feature-state', 'on'], 1, 0]),
    ).toBe(true);
    expect(deepEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(
      deepEqual(['case', ['feature-state', 'on'], 1, 0], ['case', ['feature-state', 'on'], 1, 1]),
    ).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual({ a: 1, c: 2 }, { a: 1, b: 2 })).toBe(false);
    expect(deepEqual([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
    expect(deepEqual(0, '0')).toBe(false);
  });
});

describe('layerChanges', () => {
  it('finds nothing to change in an equal layer built anew', () => {
    expect(layerChanges(line(), line())).toEqual([]);
    const { light } = PALETTES;
    expect(layerChanges(countryFillLayer(light), countryFillLayer(light))).toEqual([]);
  });

  it('changes only the paint properties a new palette changes', () => {
    expect(PALETTES.dark.hover).not.toBe(PALETTES.light.hover);
    expect(
      layerChanges(countrySelectedLayer(PALETTES.light), countrySelectedLayer(PALETTES.dark)),
    ).toEqual([
      {
        kind: 'paint',
        name: 'line-color',
        value: countrySelectedLayer(PALETTES.dark).paint['line-color'],
      },
    ]);
    expect(layerChanges(countryFillLayer(PALETTES.light), countryFillLayer(PALETTES.dark))).toEqual(
      [
        {
          kind: 'paint',
          name: 'fill-color',
          value: ['coalesce', ['feature-state', 'fill'], PALETTES.dark.land],
        },
      ],
    );
  });

  it('sets only visibility when a layer is hidden', () => {
    const hidden = line({ layout: { visibility: 'none', 'line-cap': 'round' } });
    expect(layerChanges(line(), hidden)).toEqual([
      { kind: 'layout', name: 'visibility', value: 'none' },
    ]);
  });

  it('unsets a dropped property, sets a changed filter, moves and rezooms', () => {
    const next = line({
      beforeId: slotOf('top'),
      paint: { 'line-color': '#123456' },
      filter: ['==', ['get', 'kind'], 'route'],
      minzoom: 2,
    });
    expect(layerChanges(line(), next)).toEqual([
      { kind: 'move', beforeId: slotOf('top') },
      { kind: 'paint', name: 'line-width', value: undefined },
      { kind: 'filter', value: ['==', ['get', 'kind'], 'route'] },
      { kind: 'zoom', minzoom: 2, maxzoom: undefined },
    ]);
  });
});

describe('syncSources', () => {
  const declared = (data: FeatureCollection, layer = line()): DeclaredSource[] => [
    { id: 'ties', data, layers: [layer] },
  ];

  it('adds each source, then its layers under their slots', () => {
    const { map, calls } = fakeMap();
    syncSources(map, declared(collection('a')), nothingSynced());
    expect(calls).toEqual([
      `addSource ties buffer ${LINE_AND_FILL_BUFFER}`,
      `addLayer ties on ties before ${slotOf('ties')}`,
    ]);
  });

  it('keeps MapLibre’s wide tile buffer for a source that also draws labels or circles', () => {
    for (const type of ['symbol', 'circle'] as const) {
      const { map, calls } = fakeMap();
      const layers = [line(), line({ id: 'ties-label', type } as Partial<PlacedLayer>)];
      syncSources(map, [{ id: 'ties', data: collection('a'), layers }], nothingSynced());
      expect(calls[0]).toBe('addSource ties');
    }
  });

  it('sets nothing again for the same declaration, nor for equal data built anew', () => {
    const { map, calls } = fakeMap();
    const synced = nothingSynced();
    syncSources(map, declared(collection('a')), synced);
    calls.length = 0;
    syncSources(map, declared(collection('a')), synced);
    expect(calls).toEqual([]);
  });

  it("sets a source's data when it changed, and touches no layer", () => {
    const { map, calls } = fakeMap();
    const synced = nothingSynced();
    syncSources(map, declared(collection('a')), synced);
    calls.length = 0;
    syncSources(map, declared(collection('b')), synced);
    expect(calls).toEqual(['setData ties']);
  });

  it('hides a layer with one layout change, leaving its source alone', () => {
    const { map, calls } = fakeMap();
    const synced = nothingSynced();
    const data = collection('a');
    syncSources(map, declared(data), synced);
    calls.length = 0;
    syncSources(
      map,
      declared(data, line({ layout: { visibility: 'none', 'line-cap': 'round' } })),
      synced,
    );
    expect(calls).toEqual(['layout ties visibility="none"']);
  });

  it('adds everything again after a new style dropped it, with the latest data', () => {
    const { map, calls, resetStyle } = fakeMap();
    const synced = nothingSynced();
    syncSources(map, declared(collection('a')), synced);
    resetStyle();
    calls.length = 0;
    syncSources(map, declared(collection('b')), synced);
    expect(calls).toEqual([
      `addSource ties buffer ${LINE_AND_FILL_BUFFER}`,
      `addLayer ties on ties before ${slotOf('ties')}`,
    ]);
  });

  it('removes what is no longer declared: the layers first, then the source', () => {
    const { map, calls } = fakeMap();
    const synced = nothingSynced();
    syncSources(map, declared(collection('a')), synced);
    calls.length = 0;
    syncSources(map, [], synced);
    expect(calls).toEqual(['removeLayer ties', 'removeSource ties']);
    calls.length = 0;
    syncSources(map, declared(collection('a')), synced);
    expect(calls).toEqual([
      `addSource ties buffer ${LINE_AND_FILL_BUFFER}`,
      `addLayer ties on ties before ${slotOf('ties')}`,
    ]);
  });
});
