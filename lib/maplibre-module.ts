import type * as MapLibreGL from 'maplibre-gl';

/**
 * MapLibre GL's own ES module file, emitted by the bundler as a content-hashed static file
 * (`/_next/static/media/maplibre-gl.<hash>.mjs`, cached as immutable), not compiled into a chunk.
 * Loaded as a native module the browser fetches and compiles off the main thread, like the
 * baseline's plain script, instead of one bundler factory evaluated there (~1 MB of code).
 * The same path on the server and in the browser, so the page can preload it (MapLibrePreload).
 */
export const MAPLIBRE_URL = new URL('maplibre-gl/dist/maplibre-gl.mjs', import.meta.url).href;

// Bundlers rewrite MapLibre's own worker URL into a broken one (blank map, "Worker failed to
// load"); pointing at the worker module through import.meta.url makes the bundler emit it.
const WORKER_URL = new URL('maplibre-gl/dist/maplibre-gl-worker.mjs', import.meta.url).href;

/**
 * MapLibre's error when a worker's script fails to load (maplibre-gl 6): without its workers the
 * style's sources never load, and the map would say "Loading map…" for ever.
 */
export const WORKER_FAILED = /^Worker failed to load/;

let loading: Promise<typeof MapLibreGL> | undefined;
let reportWorkerFailure: () => void = () => {};
/** Settles when MapLibre's workers fail to load; never otherwise. */
export const workerFailure = new Promise<void>((resolve) => {
  reportWorkerFailure = resolve;
});

/**
 * MapLibre GL, imported once (components/map/use-maplibre-map.ts). Its worker starts as soon as the module
 * is there (`prewarm`): the worker's code downloads and compiles while the page hydrates, instead
 * of after the map is created. A worker that does not load settles `workerFailure`.
 */
export function loadMapLibre(): Promise<typeof MapLibreGL> {
  if (!loading) {
    loading = import(/* webpackIgnore: true */ /* turbopackIgnore: true */ MAPLIBRE_URL).then(
      (maplibre: typeof MapLibreGL) => {
        maplibre.setWorkerUrl(WORKER_URL);
        maplibre.prewarm();
        // Subscribed in the task that started the workers: a failed load is reported in a later
        // task. A map's own error event is no help here: the map subscribes when it is created,
        // usually after the prewarmed workers have failed.
        maplibre.getGlobalDispatcher().on('error', (event) => {
          if (WORKER_FAILED.test(event.error.message)) reportWorkerFailure();
        });
        return maplibre;
      },
    );
    // Callers that only start the download ignore a failure; the map says so (useMapLibreMap).
    loading.catch(() => {});
  }
  return loading;
}
