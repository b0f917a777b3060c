// @ts-check
/**
 * The security header values, in plain JavaScript so that the three places that send them read
 * this one module: next.config.js (constant headers, the asset policy), lib/server/guard.mjs
 * (refusals, before Next runs) and the TypeScript code (lib/security/*: the proxy's per-route
 * policies).
 *
 * Three Content-Security-Policies:
 * - `document`: HTML pages. Scripts need this response's nonce (Next stamps it on its own inline
 *   RSC scripts and chunk tags); everything else is same-origin, plus what MapLibre needs.
 * - `asset`: files under /_next/static (scripts, styles, fonts, geometry). The same sources
 *   without a nonce: the MapLibre worker is a same-origin module under /_next/static, and a
 *   worker is governed by the policy that comes with its own script, not by the page's.
 * - `resource`: JSON and images from route handlers (/api/*, /og). Nothing in them may load or
 *   run anything, should a browser ever open one as a document.
 */

/**
 * Who may put a page in a frame: nobody, or (only `/embed`) any site.
 * @typedef {'none' | 'any'} FrameAncestors
 */

/**
 * @typedef {object} DocumentCspOptions
 * @property {string | null} nonce This response's nonce; null for static files, which no inline
 *   script needs.
 * @property {boolean} dev `next dev` needs `'unsafe-eval'` (React rebuilds server error stacks
 *   with eval).
 * @property {FrameAncestors} frameAncestors
 */

/** @param {ReadonlyArray<readonly [string, ...string[]]>} directives */
function serialize(directives) {
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/**
 * The policy of an HTML page (nonce given) or of a static file under it (nonce null).
 * @param {DocumentCspOptions} options
 * @returns {string}
 */
export function documentCsp({ nonce, dev, frameAncestors }) {
  const scripts = nonce
    ? // 'strict-dynamic': the nonced chunk scripts may load the rest (Turbopack adds <script>
      // tags for lazy chunks); browsers that honour it ignore 'self', older ones fall back to it.
      ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]
    : ["'self'"];
  if (dev) scripts.push("'unsafe-eval'");
  return serialize([
    ['default-src', "'self'"],
    ['script-src', ...scripts],
    // React renders `style` props as style="…" attributes in the server HTML (about 40 on the
    // dashboard: timeline ticks, map size), and attributes cannot carry a nonce; a nonce in this
    // list would also make browsers ignore 'unsafe-inline'. Styles cannot run script, and
    // connect-src/img-src/font-src keep CSS from sending anything to another host.
    ['style-src', "'self'", "'unsafe-inline'"],
    // data: MapLibre's control icons (SVG data: URLs in maplibre-gl.css) and its placeholder PNG.
    // blob: MapLibre decodes fetched images through blob: URLs where createImageBitmap is missing.
    // Neither names another host.
    ['img-src', "'self'", 'data:', 'blob:'],
    // Tailwind's @font-face files; MapLibre's label fonts arrive through fetch (below) and are
    // registered from bytes with FontFace, which font-src does not govern.
    ['font-src', "'self'"],
    // The geometry, MapLibre's label fonts, Next's RSC requests (and next dev's HMR socket).
    ['connect-src', "'self'"],
    // MapLibre starts its worker from the same-origin URL the bundler emits; it would only use a
    // blob: worker for a cross-origin worker URL, which this app does not have.
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', frameAncestors === 'any' ? '*' : "'none'"],
  ]);
}

/**
 * The policy of a route handler's JSON, CSV or image: nothing may load, run or frame it. Inline
 * styles stay allowed only because Chromium lays out an image opened on its own (`/og` in a tab)
 * with style attributes, which `default-src 'none'` would report as violations.
 */
export const RESOURCE_CSP = serialize([
  ['default-src', "'none'"],
  ['style-src', "'unsafe-inline'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
]);

/** The policy of /_next/static (sent by next.config.js). */
export const ASSET_CSP = documentCsp({ nonce: null, dev: false, frameAncestors: 'none' });

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

/**
 * Sent on every response, whatever the route (by next.config.js, and by the guard's refusals).
 * @type {Readonly<Record<string, string>>}
 */
export const CONSTANT_HEADERS = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
  // Pages this app opens in new tabs (sources, the full dashboard) get no handle on it.
  'Cross-Origin-Opener-Policy': 'same-origin',
});
