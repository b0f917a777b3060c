import { type NextRequest, NextResponse } from 'next/server';
import { LANG_HEADER, linkLang } from '@/lib/i18n/lang';
import { generateNonce } from '@/lib/security/csp';
import { NONCE_HEADER, routeSecurityHeaders } from '@/lib/security/headers';
import { HASHED_CSP_ENV } from '@/lib/server/view-cache.mjs';

/**
 * Sends each response its Content-Security-Policy and X-Frame-Options; tells the root layout the
 * link's language (LANG_HEADER) for `<html lang>`.
 * Under the production server (server.mjs sets HASHED_CSP_ENV) pages get no nonce: server.mjs
 * adds the hashes of the inline scripts each page carries, so the same page can be cached and
 * shared (lib/server/view-cache.mjs). Elsewhere (`next dev`) each response gets a fresh nonce,
 * which Next reads back from the request's CSP header while rendering and stamps on its inline
 * RSC scripts and chunk tags, which is why it must be set on the request too.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = process.env[HASHED_CSP_ENV] === '1' ? null : generateNonce();
  const headers = routeSecurityHeaders(request.nextUrl.pathname, {
    nonce,
    dev: process.env.NODE_ENV === 'development',
  });
  const requestHeaders = new Headers(request.headers);
  if (nonce) requestHeaders.set(NONCE_HEADER, nonce);
  else requestHeaders.delete(NONCE_HEADER);
  requestHeaders.set(LANG_HEADER, linkLang(request.nextUrl.searchParams));
  requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy'] ?? '');
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Every path but the static files, whose CSP and cache headers come from next.config.js.
  matcher: ['/((?!_next/static/|_next/image|bench/).*)'],
};
