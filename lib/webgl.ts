export type WebglSupport = 'checking' | 'yes' | 'no';

let cached: WebglSupport | undefined;

/** Whether this browser can create a WebGL context (MapLibre needs one). Checked once per page. */
export function detectWebgl(): WebglSupport {
  if (cached === undefined) {
    try {
      const canvas = document.createElement('canvas');
      cached = canvas.getContext('webgl2') || canvas.getContext('webgl') ? 'yes' : 'no';
    } catch {
      cached = 'no';
    }
  }
  return cached;
}
