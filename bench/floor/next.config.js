// @ts-check
/**
 * The bench's "Next floor" (bench/floor.ts): the smallest App Router page that draws the
 * baseline's map. Built and served with `next build` / `next start`, no other setting.
 * @type {import('next').NextConfig}
 */
module.exports = { poweredByHeader: false };
