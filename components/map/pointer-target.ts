import { LAYERS } from '@/lib/layer-registry';
import { embassyLayer, mineralPointLayer, tieArcLayer } from '@/lib/map-style';
import type { HoverTarget } from './hover';

/** What the map reports of a feature under the pointer (MapLibre's queried features). */
export interface PointerFeature {
  source: string;
  layer: { id: string };
  properties: Record<string, unknown> | null;
  /** Its feature state: the data layers' `shown` on the view's day (lib/map-layers.ts). */
  state: Record<string, unknown>;
}

/** Sources whose features are shown by feature state: a hidden one answers no pointer. */
const STATED_SOURCES: ReadonlySet<string> = new Set(
  Object.values(LAYERS).flatMap((entry) => (entry.data.from === 'dataset' ? [entry.id] : [])),
);

/**
 * What the topmost feature under the pointer is, for clicks and the tooltip (features topmost
 * first). Features of the data layers that are not shown on the view's day (feature state
 * `shown`) are skipped: they are there, transparent, for other days.
 */
export function targetOf(features: readonly PointerFeature[] | undefined): HoverTarget | null {
  const feature = features?.find((f) => !STATED_SOURCES.has(f.source) || f.state.shown === true);
  if (!feature) return null;
  const p = (feature.properties ?? {}) as Record<string, string | undefined>;
  switch (feature.layer.id) {
    case mineralPointLayer.id:
      return { kind: 'mineral', id: p.id ?? '', name: p.name ?? '' };
    case embassyLayer.id:
      // The senders on the view's day are a feature state.
      return { kind: 'embassy', host: p.host ?? '', senders: String(feature.state.senders ?? '') };
    case tieArcLayer.id:
      return { kind: 'arc', pair: p.pair ?? '', level: p.level ?? '' };
    default:
      // MapLibre turns null properties into the string "null".
      return {
        kind: 'country',
        iso3: p.iso3 && p.iso3 !== 'null' ? p.iso3 : null,
        name: p.name ?? '',
        nameRu: p.nameRu && p.nameRu !== 'null' ? p.nameRu : null,
      };
  }
}
