import type { GeoJSON } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { DrawnLayer } from '@/lib/map-style';

/** A layer as the map view declares it: drawn under `beforeId` (its slot in the base style). */
export type PlacedLayer = DrawnLayer & { beforeId?: string };

/** A GeoJSON source the map view declares, with the layers drawn from it. */
export interface DeclaredSource {
  id: string;
  /** The features, or the address of a GeoJSON file MapLibre's worker downloads and parses. */
  data: GeoJSON | string;
  layers: readonly PlacedLayer[];
}

/** One change to an existing layer, to bring it from one declaration to the next. */
export type LayerChange =
  | { kind: 'move'; beforeId: string | undefined }
  | { kind: 'layout' | 'paint'; name: string; value: unknown }
  | { kind: 'filter'; value: unknown }
  | { kind: 'zoom'; minzoom: number | undefined; maxzoom: number | undefined };

/** Structural equality of style values (expressions, colours, numbers), as react-map-gl had it. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => deepEqual(item, b[i]))
    );
  }
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  return (
    aKeys.length === Object.keys(b).length &&
    aKeys.every(
      (key) =>
        Object.hasOwn(b, key) && deepEqual((a as Record<string, unknown>)[key], bRecord[key]),
    )
  );
}

type Properties = Readonly<Record<string, unknown>> | undefined;

/** Each property of `next` that differs from `previous`, and each one dropped (as undefined). */
function propertyChanges(previous: Properties, next: Properties): [string, unknown][] {
  if (previous === next) return [];
  const before = previous ?? {};
  const after = next ?? {};
  return [
    ...Object.entries(after).filter(([name, value]) => !deepEqual(value, before[name])),
    ...Object.keys(before)
      .filter((name) => !Object.hasOwn(after, name))
      .map((name): [string, unknown] => [name, undefined]),
  ];
}

/**
 * What to change on a layer already on the map to go from its `previous` declaration to `next`:
 * only the layout and paint properties, filter and zoom range whose values differ. A palette
 * change or a visibility toggle sets just those properties, and sets nothing on any other layer:
 * a filter set again would re-tile the layer's whole source for nothing.
 */
export function layerChanges(previous: PlacedLayer, next: PlacedLayer): LayerChange[] {
  const changes: LayerChange[] = [];
  if (next.beforeId !== previous.beforeId) changes.push({ kind: 'move', beforeId: next.beforeId });
  for (const [name, value] of propertyChanges(previous.layout, next.layout)) {
    changes.push({ kind: 'layout', name, value });
  }
  for (const [name, value] of propertyChanges(previous.paint, next.paint)) {
    changes.push({ kind: 'paint', name, value });
  }
  const filterOf = (layer: PlacedLayer) => ('filter' in layer ? layer.filter : undefined);
  if (!deepEqual(filterOf(previous), filterOf(next))) {
    changes.push({ kind: 'filter', value: filterOf(next) });
  }
  if (next.minzoom !== previous.minzoom || next.maxzoom !== previous.maxzoom) {
    changes.push({ kind: 'zoom', minzoom: next.minzoom, maxzoom: next.maxzoom });
  }
  return changes;
}

/** The map methods the sync calls. */
export type SyncTarget = Pick<
  MapLibreMap,
  | 'getSource'
  | 'addSource'
  | 'removeSource'
  | 'getLayer'
  | 'addLayer'
  | 'removeLayer'
  | 'moveLayer'
  | 'setLayoutProperty'
  | 'setPaintProperty'
  | 'setFilter'
  | 'setLayerZoomRange'
>;

/** What the sync last gave the map: per source its data, per layer its declaration. */
export interface Synced {
  data: Map<string, GeoJSON | string>;
  layers: Map<string, PlacedLayer>;
}

export function nothingSynced(): Synced {
  return { data: new Map(), layers: new Map() };
}

type Layout = Parameters<SyncTarget['setLayoutProperty']>;
type Paint = Parameters<SyncTarget['setPaintProperty']>;
type Filter = Parameters<SyncTarget['setFilter']>[1];

// The names and values come from our own layers, which type-check as MapLibre layers (DrawnLayer);
// the diff itself works on plain property maps.
function applyChange(map: SyncTarget, id: string, change: LayerChange): void {
  switch (change.kind) {
    case 'move':
      map.moveLayer(id, change.beforeId);
      break;
    case 'layout':
      map.setLayoutProperty(id, change.name as Layout[1], change.value as Layout[2]);
      break;
    case 'paint':
      map.setPaintProperty(id, change.name as Paint[1], change.value as Paint[2]);
      break;
    case 'filter':
      map.setFilter(id, change.value as Filter);
      break;
    case 'zoom':
      map.setLayerZoomRange(id, change.minzoom ?? 0, change.maxzoom ?? 24);
      break;
  }
}

/**
 * Tile buffer, in pixels of a 512 px tile, of a source whose layers are all fills and lines:
 * wider than half the widest line (the 9 px halo of a changed tie) with its joins and caps.
 * MapLibre's default, 128, suits labels and circles, whose placement looks across tile edges; on
 * fills and lines every pixel more is geometry the worker cuts and software WebGL processes again
 * in each neighbouring tile (first idle −2 to −4 % of CPU in an interleaved comparison).
 */
export const LINE_AND_FILL_BUFFER = 32;

function bufferFor(layers: readonly PlacedLayer[]): { buffer?: number } {
  const linesAndFills = layers.every((layer) => layer.type === 'line' || layer.type === 'fill');
  return linesAndFills ? { buffer: LINE_AND_FILL_BUFFER } : {};
}

/**
 * Brings the map's sources and layers to the declared ones, touching only what differs from what
 * it last gave the map (`synced`, updated in place): a missing source or layer is added (the first
 * time, or again after a new style dropped it), a source's data is set again only when it changed,
 * a layer gets only its changed properties, and what is no longer declared is removed. Call it with
 * the style loaded.
 */
export function syncSources(
  map: SyncTarget,
  declared: readonly DeclaredSource[],
  synced: Synced,
): void {
  const sourceIds = new Set(declared.map((source) => source.id));
  const layerIds = new Set(declared.flatMap((source) => source.layers.map((layer) => layer.id)));
  for (const id of synced.layers.keys()) {
    if (layerIds.has(id)) continue;
    if (map.getLayer(id)) map.removeLayer(id);
    synced.layers.delete(id);
  }
  for (const id of synced.data.keys()) {
    if (sourceIds.has(id)) continue;
    if (map.getSource(id)) map.removeSource(id);
    synced.data.delete(id);
  }
  for (const { id, data, layers } of declared) {
    const source = map.getSource<GeoJSONSource>(id);
    if (!source) map.addSource(id, { type: 'geojson', data, ...bufferFor(layers) });
    else if (!deepEqual(synced.data.get(id), data)) source.setData(data);
    synced.data.set(id, data);
    for (const layer of layers) {
      const previous = synced.layers.get(layer.id);
      if (!map.getLayer(layer.id)) {
        const { beforeId, ...spec } = layer;
        map.addLayer({ ...spec, source: id }, beforeId);
      } else if (previous) {
        for (const change of layerChanges(previous, layer)) applyChange(map, layer.id, change);
      }
      synced.layers.set(layer.id, layer);
    }
  }
}
