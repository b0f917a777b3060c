// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Types are checked by `npm run typecheck` (TypeScript 7, several times faster), which CI runs
  // before building; checking again inside `next build` would only slow every build down.
  typescript: { ignoreBuildErrors: true },
  // Security headers. The per-route ones (the CSP with its per-request nonce, X-Frame-Options) are
  // sent by proxy.ts on every path but the static folders below; the values live in lib/security/
  // and tests/unit/security.test.ts checks that these literals match them.
  async headers() {
    // lib/security/headers.ts PERMISSIONS_POLICY: features the app never uses, denied.
    const permissionsPolicy = [
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
    // lib/security/csp.ts ASSET_CSP: the page policy without a nonce; the MapLibre worker, a file
    // under /_next/static, runs under it.
    const assetCsp = [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "connect-src 'self'",
      "worker-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; ');
    const everyResponse = [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'Permissions-Policy', value: permissionsPolicy },
      { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ];
    const staticFile = [
      { key: 'Content-Security-Policy', value: assetCsp },
      { key: 'X-Frame-Options', value: 'DENY' },
    ];
    // Rebuilt by every build under the same names (not content-hashed), so not `immutable`: a day
    // fresh, then a week served stale while the browser revalidates.
    const dailyCache = [
      { key: 'Cache-Control', value: 'public, max-age=86400, stale-while-revalidate=604800' },
    ];
    return [
      { source: '/:path*', headers: everyResponse },
      // Next already serves these as `public, max-age=31536000, immutable`.
      { source: '/_next/static/:path*', headers: staticFile },
      { source: '/geo/:path*', headers: [...staticFile, ...dailyCache] },
      { source: '/fonts/:path*', headers: [...staticFile, ...dailyCache] },
      // The benchmark's baseline page (bench/), copied in by npm run bench only.
      { source: '/bench/:path*', headers: staticFile },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
