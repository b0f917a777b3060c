// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: {
    // Message files are compiled at build time (icu-minify): the browser gets ready-to-format
    // messages and a ~1 KB formatter instead of the ICU parser (intl-messageformat, ~10 KB gzip).
    // The server-only texts (About page, feed) are compiled too: the server formats every message
    // with the same precompiled formatter.
    messages: {
      path: ['./lib/i18n/messages', './lib/i18n/server'],
      format: 'json',
      locales: ['en', 'ru'],
      precompile: true,
    },
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Off in normal builds; `ATLAS_SOURCE_MAPS=1 npm run build` writes the browser's source maps for
  // `npm run size:sources` (scripts/js-sources.ts), which says where the first-load bytes come from.
  productionBrowserSourceMaps: process.env.ATLAS_SOURCE_MAPS === '1',
  // Types are checked by `npm run typecheck` (TypeScript 7, several times faster), which CI runs
  // before building; checking again inside `next build` would only slow every build down.
  typescript: { ignoreBuildErrors: true },
  // A self-contained server under .next/standalone, which scripts/build.ts copies into its own
  // release folder under dist/ and switches to only after the build succeeded (atomic deploys).
  output: 'standalone',
  outputFileTracingRoot: __dirname,
  // The preview image's fonts (lib/og/fonts.ts reads them at run time).
  outputFileTracingIncludes: {
    '/og': [
      './node_modules/@fontsource/noto-sans/files/noto-sans-{latin,cyrillic,cyrillic-ext}-{400,600}-normal.woff',
    ],
  },
  // Set by scripts/build.ts so the release folder, /api/health and the server log share one id;
  // null (Next's random id) when next build runs on its own.
  generateBuildId: async () => process.env.ATLAS_BUILD_ID ?? null,
  // ATLAS_AS_OF: the dataset's as-of day, inlined so pages need not bundle meta.json for it
  // (lib/search-params.ts, LAST_DAY).
  env: {
    ATLAS_BUILD_ID: process.env.ATLAS_BUILD_ID ?? 'unreleased',
    ATLAS_AS_OF: require('./data/meta.json').asOf,
  },
  // Fewer, larger browser chunks (Turbopack's production chunker, experimental in Next 16.3+): a
  // page is opened far more often from a shared link than navigated to, so it loads what it needs
  // in as few files as the chunker allows. Measured against the default: the first load of `/`
  // 11 → 5 JavaScript files and 182.7 → 179.2 KB gzip (fewer chunk wrappers and gzip windows);
  // every view opened from a link ~3.4 KB smaller; all ten views of a session together +4.8 KB,
  // as lazily loaded views now carry some shared code each. The framework stays one file shared by
  // every route. See README, "Performance".
  experimental: {
    turbopackChunking: {
      minChunkSize: 1_000_000,
      maxChunkCountPerGroup: 2,
      maxMergeChunkSize: 1_000_000,
    },
  },
  turbopack: {
    resolveAlias: {
      // lib/search-params.ts, read on the server and in the browser, imports its parsers from
      // 'nuqs/server' (the 'nuqs' entry is a client module). In the browser that file would be a
      // second copy of what 'nuqs' already ships for useQueryStates (~2 KB gzip): same functions.
      'nuqs/server': { browser: 'nuqs' },
    },
  },
  // No next/image in the app: /_next/image answers 404 instead of fetching and resizing.
  images: { unoptimized: true },
  // Security headers. The per-route ones (the CSP with its per-request nonce, X-Frame-Options) are
  // sent by proxy.ts on every path but the static folders below; every value comes from
  // lib/security/policy.mjs, which the proxy and the request guard read too.
  async headers() {
    const { ASSET_CSP, CONSTANT_HEADERS } = await import('./lib/security/policy.mjs');
    const everyResponse = Object.entries(CONSTANT_HEADERS).map(([key, value]) => ({ key, value }));
    // The MapLibre worker, a file under /_next/static, runs under the asset policy.
    const staticFile = [
      { key: 'Content-Security-Policy', value: ASSET_CSP },
      { key: 'X-Frame-Options', value: 'DENY' },
    ];
    return [
      { source: '/:path*', headers: everyResponse },
      // Next already serves these as `public, max-age=31536000, immutable`: the scripts, styles,
      // fonts and geometry, each named by its content hash (lib/fonts.ts, lib/map-config.ts).
      { source: '/_next/static/:path*', headers: staticFile },
      // The benchmark's baseline page (bench/), copied in by npm run bench only.
      { source: '/bench/:path*', headers: staticFile },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
