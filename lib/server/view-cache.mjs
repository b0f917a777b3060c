// @ts-check
/**
 * How server.mjs lets caches serve pages without weakening the Content-Security-Policy, and keeps
 * the data API's answers in memory.
 *
 * A per-request nonce makes every page unique, so no cache could hold one. Instead, pages are
 * rendered without a nonce (proxy.ts, when server.mjs says so through HASHED_CSP_ENV) and this
 * module authorises exactly the inline scripts each page carries, by their SHA-256 hashes, in the
 * page's own `script-src`. A page is then a pure function of its release and its address: the
 * server keeps rendered views in memory (ViewCache, keyed by the canonical target) and tells
 * shared caches (nginx in deploy/) they may keep them too (SHARED_CACHE_CONTROL). An injected
 * inline script still cannot run: its hash is not in the policy of the page it was injected into.
 *
 * The data API's answers are pure functions of the release and the query too (the dataset is
 * built in; the default date is its `asOf`), so the server keeps each one it computed, once
 * serialised and gzipped, under the same kind of key, and answers again from memory: Next's
 * request handling costs more than the answer itself.
 *
 * Plain JavaScript so that the server runs on Node without a build step.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { etagOf, matchesEtag } from './etag.mjs';

/** @typedef {'pass' | 'render' | 'cache' | 'api' | 'static'} Treatment */

/** Set by server.mjs before Next starts; proxy.ts then sends pages without a nonce. */
export const HASHED_CSP_ENV = 'ATLAS_HASHED_CSP';

/**
 * Pages whose HTML depends on nothing but the release and the address (path and query), so
 * their rendered bytes may be kept and shared. (Not the 404 page: unknown paths are unbounded.)
 * Nothing they render reads a request header but the language proxy.ts derives from the query
 * (absolute URLs come from SITE_URL, not Host), so a forged header cannot poison the cache.
 */
const CACHEABLE_PATHS = new Set(['/', '/embed', '/about']);

/** The data API, whose answers server.mjs keeps in memory (all but /api/health, below). */
const API = /^\/api(?:\/|$)/;

/** API paths never kept: health must say how an instance is now. */
const LIVE_API_PATHS = new Set(['/api/health']);

/**
 * The release's own files (scripts, styles, fonts, geometry; the bench's baseline page): server.mjs
 * keeps each one it served, gzipped once, instead of Next compressing the same megabyte of
 * MapLibre again for every visitor (~70 ms of CPU per first visit of the dashboard).
 */
const STATIC_FILES = /^\/(?:_next\/static\/|bench\/)/;

/**
 * Other paths whose answers are never HTML pages rendered by Next (route handlers, Next's own):
 * server.mjs hands them to Next untouched, streaming.
 */
const PASS_THROUGH = /^\/(?:_next\/|og(?:\/|$)|icon\.svg|feed\.xml$)/;

/**
 * Request headers of Next's client router (RSC payload requests, prefetches, server actions):
 * their answers are not the page's HTML and must not be stored under its key.
 */
const ROUTER_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-action'];

/**
 * Browsers revalidate every time (max-age=0: a new release shows at once); shared caches keep a
 * page 5 minutes and may serve it stale for a day while they fetch a fresh one in the background.
 * Safe because a page changes only with a release, and deploy/run.sh empties nginx's cache when
 * it starts one.
 */
export const SHARED_CACHE_CONTROL = 'public, max-age=0, s-maxage=300, stale-while-revalidate=86400';

/**
 * What server.mjs does with a request: 'pass' (to Next, untouched), 'render' (to Next, with its
 * HTML hashed into the CSP, not stored), 'cache' (the same, and the page kept under its canonical
 * target), 'api' (a data API answer, kept under its canonical target) or 'static' (one of the
 * release's files, kept the same way).
 * @param {string} method
 * @param {string} target the request target, path and query, as received
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {boolean} [cacheViews] false: never 'cache' nor 'api' (ATLAS_VIEW_CACHE=off; files are
 *   still kept: they cost nothing to measure)
 * @returns {Treatment}
 */
export function viewTreatment(method, target, headers, cacheViews = true) {
  if (method !== 'GET' && method !== 'HEAD') return 'pass';
  const queryStart = target.indexOf('?');
  const pathname = queryStart === -1 ? target : target.slice(0, queryStart);
  if (API.test(pathname)) return cacheViews && !LIVE_API_PATHS.has(pathname) ? 'api' : 'pass';
  // A range request is Next's to answer (206); the whole file is kept from a plain GET.
  if (STATIC_FILES.test(pathname)) return headers.range === undefined ? 'static' : 'pass';
  if (PASS_THROUGH.test(pathname)) return 'pass';
  const routerRequest =
    ROUTER_HEADERS.some((name) => headers[name] !== undefined) ||
    /[?&]_rsc=/.test(target.slice(queryStart));
  if (routerRequest) return 'render';
  return cacheViews && CACHEABLE_PATHS.has(pathname) ? 'cache' : 'render';
}

/**
 * The key of a query parameter as URLSearchParams reads it (`+` and %-escapes decoded). The `&`
 * in front stops it from dropping a leading `?`, which is part of the key here.
 * @param {string} pair `key=value`, still encoded
 */
function parameterKey(pair) {
  return new URLSearchParams(`&${pair}`).keys().next().value ?? '';
}

/**
 * The key a request target is cached under: its path, then its parameters sorted by name. Both
 * the app (a link's keys are read by name, docs/links.md) and the API (which refuses repeated
 * keys) read a query by name, so the order of different names changes nothing they answer;
 * parameters with one name keep their order (the sort is stable, by decoded name), as the first
 * one is the one read. The parameters themselves stay exactly as sent, and the server renders the
 * canonical target, so a stored answer is the answer to its own key.
 * @param {string} target the request target, path and query, as received
 * @returns {string}
 */
export function canonicalTarget(target) {
  const queryStart = target.indexOf('?');
  if (queryStart === -1) return target;
  const pairs = target
    .slice(queryStart + 1)
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => ({ pair, key: parameterKey(pair) }));
  pairs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const pathname = target.slice(0, queryStart);
  return pairs.length === 0 ? pathname : `${pathname}?${pairs.map(({ pair }) => pair).join('&')}`;
}

/**
 * The CSP source of every inline script in an HTML document (`<script>` without `src`), in order
 * of appearance, each once. A browser hashes a script's text exactly as it appears between the
 * tags, which is what Next writes (it escapes `</script` inside its payloads), as UTF-8.
 *
 * The page is searched as latin1, one character per byte, without decoding its UTF-8 (a page is
 * ~100–200 KB, every request): the tags are ASCII, so the offsets found are byte offsets, and each
 * script is hashed from its own bytes.
 * @param {Buffer} body
 * @returns {string[]}
 */
export function inlineScriptHashes(body) {
  /** @type {Set<string>} */
  const hashes = new Set();
  for (const match of body
    .toString('latin1')
    .matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/dgi)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) continue;
    // Data blocks (JSON-LD and the like) never run; only JavaScript needs authorising.
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'module' && !type.includes('javascript')) continue;
    const [start, end] = match.indices?.[2] ?? [0, 0];
    const digest = createHash('sha256').update(body.subarray(start, end)).digest('base64');
    hashes.add(`'sha256-${digest}'`);
  }
  return [...hashes];
}

/**
 * The policy with the given script hashes added to `script-src`; a policy without `script-src`
 * is returned unchanged (it falls back to default-src, which stays as strict).
 * @param {string} policy
 * @param {readonly string[]} hashes
 * @returns {string}
 */
export function withScriptHashes(policy, hashes) {
  if (hashes.length === 0) return policy;
  return policy.replace(
    /(^|;\s*)(script-src\b[^;]*)/i,
    (_, start, directive) => `${start}${directive.trimEnd()} ${hashes.join(' ')}`,
  );
}

/**
 * @typedef {object} View A rendered answer, ready to send again.
 * @property {number} status
 * @property {Record<string, string | string[] | number>} headers
 * @property {Buffer} body
 * @property {Buffer | null} gzip the body compressed once, for clients that accept gzip
 * @property {string} etag
 */

/**
 * Makes a captured answer sendable: an HTML page gets its inline scripts' hashes in its CSP, and,
 * when `shared`, an ETag, a gzip copy and `Vary: Accept-Encoding`; a shared page also gets the
 * shared-cache policy, while an API answer keeps the one its route chose (lib/api/answer.ts).
 * @param {{ status: number, headers: import('node:http').OutgoingHttpHeaders, body: Buffer }} captured
 * @param {boolean} shared
 * @returns {View}
 */
export function finishView({ status, headers, body }, shared) {
  /** @type {Record<string, string | string[] | number>} */
  const out = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && name !== 'content-length') out[name] = value;
  }
  const html = String(out['content-type'] ?? '').startsWith('text/html');
  const policy = out['content-security-policy'];
  if (html && typeof policy === 'string') {
    out['content-security-policy'] = withScriptHashes(policy, inlineScriptHashes(body));
  }
  const etag = etagOf(body);
  if (shared) {
    if (html) out['cache-control'] = SHARED_CACHE_CONTROL;
    out['etag'] = etag;
    const vary = String(out['vary'] ?? '');
    if (!/accept-encoding/i.test(vary))
      out['vary'] = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
  }
  return { status, headers: out, body, gzip: shared ? gzipSync(body) : null, etag };
}

/**
 * Whether a rendered answer may be kept and shared: a complete 200 without a cookie, and either an
 * HTML page ('cache') or an API answer or file whose route declared it public ('api', 'static';
 * errors are `no-store`, so a bad parameter is answered afresh every time).
 * @param {{ status: number, headers: import('node:http').OutgoingHttpHeaders }} captured
 * @param {'cache' | 'api' | 'static'} treatment
 * @returns {boolean}
 */
export function isShareable({ status, headers }, treatment) {
  if (status !== 200 || headers['set-cookie'] !== undefined) return false;
  if (treatment === 'cache') return String(headers['content-type'] ?? '').startsWith('text/html');
  const policy = String(headers['cache-control'] ?? '');
  return /\bpublic\b/.test(policy) && !/\b(?:private|no-store|no-cache)\b/.test(policy);
}

/** Headers that describe a body, which a 304 has none of. */
const BODY_HEADERS = new Set(['content-type', 'content-length', 'content-encoding']);

/**
 * Sends a view, compressed when the client accepts gzip, or 304 when it already has it. The 304
 * carries the view's other headers (its CSP with the script hashes, Vary, X-Frame-Options…): a
 * cache updates its stored headers from a 304, and clients that read the answer's own headers
 * (Playwright's, some proxies) must not see a page without its policy.
 * @param {View} view
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export function sendView(view, request, response) {
  const headers = { ...view.headers };
  if (view.gzip && matchesEtag(request.headers['if-none-match'], view.etag)) {
    for (const name of BODY_HEADERS) {
      delete headers[name];
      // (Left on the response by Next when this request rendered the view.)
      response.removeHeader(name);
    }
    response.writeHead(304, headers);
    response.end();
    return;
  }
  const gzip = view.gzip !== null && /\bgzip\b/.test(String(request.headers['accept-encoding']));
  const body = gzip && view.gzip ? view.gzip : view.body;
  if (gzip) headers['content-encoding'] = 'gzip';
  headers['content-length'] = body.length;
  response.writeHead(view.status, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * Makes Next's handler write into memory instead of the socket, and resolves with what it wrote
 * once it ends the response; the response is then as new (nothing sent) for sendView.
 * @param {import('node:http').ServerResponse} response
 * @returns {Promise<{ status: number, headers: import('node:http').OutgoingHttpHeaders, body: Buffer }>}
 */
export function captureResponse(response) {
  /** @type {Buffer[]} */
  const chunks = [];
  /** @param {unknown} chunk @param {unknown} encoding */
  const keep = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(
      typeof chunk === 'string'
        ? Buffer.from(
            chunk,
            /** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8'),
          )
        : Buffer.from(/** @type {Uint8Array} */ (chunk)),
    );
  };
  /** @param {unknown[]} args */
  const callback = (args) => args.find((arg) => typeof arg === 'function');
  const patched = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (response));
  return new Promise((resolve) => {
    patched.writeHead = (/** @type {number} */ status, /** @type {unknown[]} */ ...rest) => {
      response.statusCode = status;
      const headers = rest.find((arg) => typeof arg === 'object' && arg !== null);
      if (Array.isArray(headers)) {
        for (let i = 0; i + 1 < headers.length; i += 2)
          response.setHeader(headers[i], headers[i + 1]);
      } else if (headers) {
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
      }
      return response;
    };
    patched.flushHeaders = () => {};
    patched.write = (/** @type {unknown} */ chunk, /** @type {unknown[]} */ ...rest) => {
      keep(chunk, rest[0]);
      const done = callback(rest);
      if (done) queueMicrotask(() => done());
      return true;
    };
    patched.end = (/** @type {unknown} */ chunk, /** @type {unknown[]} */ ...rest) => {
      keep(chunk, rest[0]);
      for (const name of ['writeHead', 'flushHeaders', 'write', 'end']) delete patched[name];
      resolve({
        status: response.statusCode,
        headers: response.getHeaders(),
        body: Buffer.concat(chunks),
      });
      const done = callback(rest);
      if (done) queueMicrotask(() => done());
      return response;
    };
  });
}

/**
 * Rendered views (or API answers) in memory, least recently used dropped first, bounded by count
 * and bytes (any query string is a key: junk parameters must not grow memory without bound).
 */
export class ViewCache {
  /** @type {Map<string, View>} */
  #views = new Map();
  #bytes = 0;

  /** @param {{ maxEntries: number, maxBytes: number }} limits */
  constructor({ maxEntries, maxBytes }) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  get size() {
    return this.#views.size;
  }

  /** @param {string} key */
  get(key) {
    const view = this.#views.get(key);
    if (view) {
      this.#views.delete(key);
      this.#views.set(key, view);
    }
    return view;
  }

  /** @param {string} key @param {View} view */
  set(key, view) {
    const size = (/** @type {View} */ v) => v.body.length + (v.gzip?.length ?? 0);
    if (size(view) > this.maxBytes) return;
    const old = this.#views.get(key);
    if (old) {
      this.#views.delete(key);
      this.#bytes -= size(old);
    }
    this.#views.set(key, view);
    this.#bytes += size(view);
    for (const [oldest, dropped] of this.#views) {
      if (this.#views.size <= this.maxEntries && this.#bytes <= this.maxBytes) break;
      this.#views.delete(oldest);
      this.#bytes -= size(dropped);
    }
  }
}
