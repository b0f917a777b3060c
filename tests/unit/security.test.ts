import { createRequire } from 'node:module';
import type { NextConfig } from 'next';
import { describe, expect, it } from 'vitest';
import {
  ASSET_CSP,
  cspDirective,
  documentCsp,
  generateNonce,
  RESOURCE_CSP,
} from '@/lib/security/csp';
import {
  CONSTANT_HEADERS,
  PERMISSIONS_POLICY,
  routeKind,
  routeSecurityHeaders,
} from '@/lib/security/headers';
import { config as proxyConfig } from '@/proxy';

const NONCE = 'AAECAwQFBgcICQoLDA0ODw==';

/** A policy as `directive → sources`, to compare whole policies without caring about spacing. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const page = (dev = false) => documentCsp({ nonce: NONCE, dev, frameAncestors: 'none' });
const embed = (dev = false) => documentCsp({ nonce: NONCE, dev, frameAncestors: 'any' });

describe('documentCsp', () => {
  it('allows only this origin, the nonce, and what MapLibre needs', () => {
    expect(directives(page())).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'worker-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it("never allows 'unsafe-eval' or inline scripts in production, on any policy", () => {
    for (const policy of [page(), embed(), ASSET_CSP, RESOURCE_CSP]) {
      expect(policy).not.toContain("'unsafe-eval'");
      expect(cspDirective(policy, 'script-src') ?? []).not.toContain("'unsafe-inline'");
    }
  });

  it("adds 'unsafe-eval' for next dev only", () => {
    expect(cspDirective(page(true), 'script-src')).toContain("'unsafe-eval'");
    expect(cspDirective(page(false), 'script-src')).not.toContain("'unsafe-eval'");
  });

  it('keeps the nonce out of style-src, where it would switch off unsafe-inline', () => {
    expect(cspDirective(page(), 'style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('lets any site frame /embed and no site frame the rest', () => {
    expect(cspDirective(embed(), 'frame-ancestors')).toEqual(['*']);
    expect(cspDirective(page(), 'frame-ancestors')).toEqual(["'none'"]);
    // Nothing else differs.
    const withoutFrameAncestors = (policy: string) =>
      Object.entries(directives(policy)).filter(([name]) => name !== 'frame-ancestors');
    expect(withoutFrameAncestors(embed())).toEqual(withoutFrameAncestors(page()));
  });

  it('names no other host, and no wildcard outside frame-ancestors', () => {
    const allowed =
      /^('self'|'none'|'unsafe-inline'|'strict-dynamic'|'nonce-[A-Za-z0-9+/=]+'|data:|blob:)$/;
    for (const policy of [page(), embed(), ASSET_CSP, RESOURCE_CSP]) {
      for (const [name, sources] of Object.entries(directives(policy))) {
        if (name === 'frame-ancestors') continue;
        for (const source of sources) expect(source, `${name} in ${policy}`).toMatch(allowed);
      }
    }
  });

  it('gives static files the page policy without a nonce', () => {
    expect(cspDirective(ASSET_CSP, 'script-src')).toEqual(["'self'"]);
    const withoutScripts = (policy: string) =>
      Object.entries(directives(policy)).filter(([name]) => name !== 'script-src');
    expect(withoutScripts(ASSET_CSP)).toEqual(withoutScripts(page()));
  });

  it('lets route-handler answers load and run nothing', () => {
    expect(directives(RESOURCE_CSP)).toEqual({
      'default-src': ["'none'"],
      'style-src': ["'unsafe-inline'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
  });
});

describe('generateNonce', () => {
  it('is 128 random bits in the base64 form Next reads back from the header', () => {
    const nonces = new Set(Array.from({ length: 1000 }, generateNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) {
      // next/dist/server/app-render/get-script-nonce-from-header.js
      expect(`'nonce-${nonce}'`).toMatch(/^'nonce-([A-Za-z0-9+/_-]+={0,2})'$/);
      expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
    }
  });
});

describe('routeSecurityHeaders', () => {
  const options = { nonce: NONCE, dev: false };

  it.each([
    ['/', 'page'],
    ['/embed', 'embed'],
    ['/embed/anything', 'embed'],
    ['/embedded', 'page'],
    ['/api', 'resource'],
    ['/api/ties', 'resource'],
    ['/apiary', 'page'],
    ['/og', 'resource'],
    ['/ogre', 'page'],
    ['/feed.xml', 'resource'],
    ['/about', 'page'],
    ['/no-such-page', 'page'],
  ] as const)('%s is a %s', (pathname, kind) => {
    expect(routeKind(pathname)).toBe(kind);
  });

  it('sends X-Frame-Options DENY and frame-ancestors none on the dashboard', () => {
    const headers = routeSecurityHeaders('/', options);
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['Content-Security-Policy']).toBe(page());
  });

  it('lets /embed be framed: no X-Frame-Options, frame-ancestors *', () => {
    const headers = routeSecurityHeaders('/embed', options);
    expect(headers).not.toHaveProperty('X-Frame-Options');
    expect(headers['Content-Security-Policy']).toBe(embed());
  });

  it('sends the resource policy on the API and the image route', () => {
    for (const path of ['/api/countries', '/og']) {
      expect(routeSecurityHeaders(path, options)).toEqual({
        'Content-Security-Policy': RESOURCE_CSP,
        'X-Frame-Options': 'DENY',
      });
    }
  });
});

describe('proxy matcher', () => {
  // A plain path regex: it must also compile as one, as path-to-regexp passes it through.
  const matcher = new RegExp(`^${proxyConfig.matcher[0]}$`);

  it.each(['/', '/embed', '/api/ties', '/og', '/icon.svg', '/no-such-page', '/_next/data/x'])(
    'runs on %s',
    (path) => expect(path).toMatch(matcher),
  );

  it.each(['/_next/static/chunks/a.js', '/_next/image', '/bench/baseline.html'])(
    'skips %s (next.config.js gives it the asset policy)',
    (path) => expect(path).not.toMatch(matcher),
  );
});

describe('next.config.js', () => {
  const config = createRequire(import.meta.url)('../../next.config.js') as NextConfig;

  async function headersFor(source: string): Promise<Record<string, string>> {
    const rules = (await config.headers?.()) ?? [];
    const rule = rules.find((r) => r.source === source);
    if (!rule) throw new Error(`no headers rule for ${source}`);
    return Object.fromEntries(rule.headers.map((h) => [h.key, h.value]));
  }

  it('drops X-Powered-By', () => {
    expect(config.poweredByHeader).toBe(false);
  });

  it('sends the constant headers of lib/security on every path', async () => {
    expect(await headersFor('/:path*')).toEqual(CONSTANT_HEADERS);
    expect(CONSTANT_HEADERS['Permissions-Policy']).toBe(PERMISSIONS_POLICY);
    expect(PERMISSIONS_POLICY).toMatch(/(^|, )camera=\(\)/);
    expect(PERMISSIONS_POLICY).toMatch(/(^|, )microphone=\(\)/);
    expect(PERMISSIONS_POLICY).toMatch(/(^|, )geolocation=\(\)/);
  });

  it('sends the asset policy on the static files the proxy skips, leaving their caching to Next', async () => {
    // Named by their content hash, they are immutable: Next says so itself.
    expect(await headersFor('/_next/static/:path*')).toEqual({
      'Content-Security-Policy': ASSET_CSP,
      'X-Frame-Options': 'DENY',
    });
  });
});
