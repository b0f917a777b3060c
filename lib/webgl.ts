export type WebglSupport = 'checking' | 'yes' | 'no';

let support: WebglSupport | undefined;
const listeners = new Set<() => void>();

/**
 * Whether this browser can draw the map. The browser is asked without creating a context (a
 * throwaway WebGL context costs start-up time, and MapLibre creates its own): the WebGL 2 API
 * must exist, and MapLibre reports through `markWebglUnavailable` when its context then fails.
 */
export function detectWebgl(): WebglSupport {
  support ??= typeof WebGL2RenderingContext === 'undefined' ? 'no' : 'yes';
  return support;
}

/** The map could not create its WebGL context: say so to every subscriber. */
export function markWebglUnavailable(): void {
  support = 'no';
  for (const listener of listeners) listener();
}

/** Subscribes to a change of `detectWebgl()`'s answer (for useSyncExternalStore). */
export function subscribeToWebgl(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
