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
};

module.exports = withNextIntl(nextConfig);
