import { use } from 'react';

/**
 * How client components get a large, versioned resource (the dataset, the UI messages) without it
 * travelling in every page's RSC payload.
 *
 * On the server, the page hands the value it already has to `provide` before rendering, and
 * client components read it back while they are rendered to HTML, so each view is in the HTML as
 * before. In the browser they fetch it once from its versioned URL, which any cache may keep for a
 * year and which the page preloads; hydration waits for it (React's `use`). A page naming a version
 * the server no longer has is loaded again, to be the current release's. A fetch that fails for a
 * passing reason (no network, a server error) is tried again twice; one that still fails throws a
 * `PageResourceError` to the nearest error boundary (components/layout/load-failure-boundary.tsx).
 */
export interface PageResource<T> {
  /** The resource's address for a version; the version names its content, so it never changes. */
  url(version: string): string;
  /** Server only: the value client components render from for this version. */
  provide(version: string, value: T): void;
  /** The value, in a client component: the server's copy while rendering HTML, else fetched once. */
  use(version: string): T;
}

/** A page resource that could not be fetched: `status` is null when no answer came. */
export class PageResourceError extends Error {
  readonly what: string;
  readonly status: number | null;
  constructor(what: string, status: number | null) {
    super(`The ${what} could not be loaded (${status === null ? 'no answer' : `HTTP ${status}`}).`);
    this.name = 'PageResourceError';
    this.what = what;
    this.status = status;
  }
}

/** How long to wait before the second and the third try of a fetch that failed in passing. */
export const RETRY_DELAYS_MS = [1_000, 3_000] as const;

/** No answer, or one from a server or proxy that was busy or restarting: worth another try. */
const mayPass = (status: number | null) =>
  status === null || status === 408 || status === 429 || status >= 500;

/**
 * The JSON at `address`, and whether the server sent it from another address; or the HTTP status of
 * a failure (null: no answer, or not JSON).
 */
async function fetchJson(
  address: string,
): Promise<{ value: unknown; redirected: boolean } | { status: number | null }> {
  try {
    const response = await fetch(address);
    return response.ok
      ? { value: await response.json(), redirected: response.redirected }
      : { status: response.status };
  } catch {
    return { status: null };
  }
}

/**
 * A page an earlier release rendered (held by a shared cache for its stale-while-revalidate time,
 * or open since before a deploy) names a version the server no longer has, and the server sends
 * the current one instead (app/api/dataset/route.ts, app/api/messages/route.ts). The page's HTML
 * and code are then the earlier release's and this value the current one's, so the page is loaded
 * again, to be the current release's throughout. Once per address and tab: if the reload brings
 * the same page back (a cache still serving it), it is shown with what came.
 * True when the page is being reloaded.
 */
function reloadForCurrentRelease(address: string): boolean {
  const key = `accords-atlas.reloaded-for:${address}`;
  try {
    if (window.sessionStorage.getItem(key) !== null) return false;
    window.sessionStorage.setItem(key, '1');
  } catch {
    // No session storage (a privacy setting): no way to tell a second reload from the first.
    return false;
  }
  window.location.reload();
  return true;
}

/**
 * A resource served at `url(version)`. `what` names it in the error a failed fetch throws.
 * The server's copies live on `globalThis`: client components are rendered in another module
 * graph (the SSR layer) than the page that provides them.
 */
export function pageResource<T>(what: string, url: (version: string) => string): PageResource<T> {
  const serverKey = Symbol.for(`accords-atlas.${what}`);
  const server = globalThis as unknown as Record<symbol, Map<string, T> | undefined>;
  const fetched = new Map<string, Promise<T>>();

  async function load(version: string): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const address = url(version);
      const result = await fetchJson(address);
      if ('value' in result) {
        // Rendering stays suspended while the page reloads.
        if (result.redirected && reloadForCurrentRelease(address)) return new Promise<T>(() => {});
        return result.value as T;
      }
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || !mayPass(result.status)) {
        throw new PageResourceError(what, result.status);
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  return {
    url,
    provide(version, value) {
      (server[serverKey] ??= new Map()).set(version, value);
    },
    use(version) {
      if (typeof window === 'undefined') {
        const value = server[serverKey]?.get(version);
        if (value === undefined) throw new Error(`nothing was provided for the ${what} ${version}`);
        return value;
      }
      // A failed fetch stays failed until the page is loaded again: forgetting it would have React's
      // own retry of the failed render fetch again, without end while the server keeps failing.
      let promise = fetched.get(version);
      if (!promise) fetched.set(version, (promise = load(version)));
      return use(promise);
    },
  };
}
