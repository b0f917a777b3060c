/** @mapbox/mapbox-gl-sync-move ships no types: it keeps the cameras of maps in step. */
declare module '@mapbox/mapbox-gl-sync-move' {
  import type { Map } from 'maplibre-gl';
  /** Syncs the maps' moves; returns a function that stops it. */
  export default function syncMove(...maps: Map[]): () => void;
}
