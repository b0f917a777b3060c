/**
 * Which security headers each route gets. The proxy (proxy.ts) sends the per-route ones (CSP and
 * X-Frame-Options) on every path it matches; next.config.js sends the constant ones on every path,
 * and the asset policy on the static folders the proxy skips; both read the values from
 * ./policy.mjs.
 */
import { documentCsp, RESOURCE_CSP } from './policy.mjs';

export { CONSTANT_HEADERS, PERMISSIONS_POLICY } from './policy.mjs';

/** How a path is treated. */
export type RouteKind = 'page' | 'embed' | 'resource';

/** Route handlers that answer data, images or feeds, never HTML. */
const RESOURCE_PREFIXES = ['/api', '/og', '/feed.xml'] as const;

function isUnder(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

/** The kind of a request path. Unknown paths are pages: they answer the HTML 404 page. */
export function routeKind(pathname: string): RouteKind {
  if (RESOURCE_PREFIXES.some((prefix) => isUnder(pathname, prefix))) return 'resource';
  if (isUnder(pathname, '/embed')) return 'embed';
  return 'page';
}

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
