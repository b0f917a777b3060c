/**
 * Which security headers each route gets. The proxy (proxy.ts) sends the per-route ones (CSP and
 * X-Frame-Options) on every path it matches; next.config.js sends the constant ones on every path,
 * and the asset policy on the static folders the proxy skips. tests/unit/security.test.ts checks
 * that next.config.js sends exactly these values.
 */
import { documentCsp, RESOURCE_CSP } from './csp';

/** How a path is treated. */
export type RouteKind = 'page' | 'embed' | 'resource';

/** Route handlers that answer data or images, never HTML. */
const RESOURCE_PREFIXES = ['/api', '/og'] as const;

function isUnder(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

/** The kind of a request path. Unknown paths are pages: they answer the HTML 404 page. */
export function routeKind(pathname: string): RouteKind {
  if (RESOURCE_PREFIXES.some((prefix) => isUnder(pathname, prefix))) return 'resource';
  if (isUnder(pathname, '/embed')) return 'embed';
  return 'page';
}

/**
 * Browser features the app never uses, denied to it and to any frame. Only names Chromium knows:
 * an unknown one is logged as a console error on every page. Clipboard writes stay allowed (the
 * share menu copies links).
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/** Sent on every response by next.config.js, whatever the route. */
export const CONSTANT_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
  // Pages this app opens in new tabs (sources, the full dashboard) get no handle on it.
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Name of the request header that carries the nonce to server components (Next's convention). */
export const NONCE_HEADER = 'x-nonce';

export interface RouteHeaderOptions {
  /**
   * This response's nonce (used by pages only); null when server.mjs authorises the page's inline
   * scripts by their hashes instead (lib/server/view-cache.mjs).
   */
  nonce: string | null;
  dev: boolean;
}

/** The per-route headers the proxy sends: the CSP, and X-Frame-Options except on /embed. */
export function routeSecurityHeaders(
  pathname: string,
  { nonce, dev }: RouteHeaderOptions,
): Record<string, string> {
  const kind = routeKind(pathname);
  if (kind === 'resource') {
    return { 'Content-Security-Policy': RESOURCE_CSP, 'X-Frame-Options': 'DENY' };
  }
  const csp = documentCsp({ nonce, dev, frameAncestors: kind === 'embed' ? 'any' : 'none' });
  // X-Frame-Options has no "any" value: /embed simply does not send it (and frame-ancestors,
  // which supersedes it where supported, says *).
  return kind === 'embed'
    ? { 'Content-Security-Policy': csp }
    : { 'Content-Security-Policy': csp, 'X-Frame-Options': 'DENY' };
}
