import { type NextRequest, NextResponse } from 'next/server';
import { LANG_HEADER, linkLang } from '@/lib/i18n/lang';
import { generateNonce } from '@/lib/security/csp';
import { NONCE_HEADER, routeSecurityHeaders } from '@/lib/security/headers';

/**
 * Sends each response its Content-Security-Policy with a fresh nonce, and X-Frame-Options; tells
 * the root layout the link's language (LANG_HEADER) for `<html lang>`.
 * Next reads the nonce back from the request's CSP header while rendering and stamps it on its
 * inline RSC scripts and chunk tags, which is why it must be set on the request too. Pages render
 * per request already (they read the query), so nonces cost no static rendering.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = generateNonce();
  const headers = routeSecurityHeaders(request.nextUrl.pathname, {
    nonce,
    dev: process.env.NODE_ENV === 'development',
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set(LANG_HEADER, linkLang(request.nextUrl.searchParams));
  requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy'] ?? '');
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Every path but the static files, whose CSP and cache headers come from next.config.js.
  matcher: ['/((?!_next/static/|_next/image|geo/|fonts/|bench/).*)'],
};
