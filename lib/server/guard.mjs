// @ts-check
/**
 * The checks server.mjs makes on every request before Next.js sees it, with the answer to each
 * refusal. Plain JavaScript so that the server runs on Node without a build step.
 *
 * Why here and not in proxy.ts: Next's request adapter copies the query before any proxy code
 * runs, looping over every key (quadratic), so one 15 KB URL of 7,500 repeated keys cost about a
 * second of CPU per request. Methods and malformed paths are refused here too because some never
 * reach the proxy (TRACE, POST to a static file, a bad `%` in a path): Next answered them with
 * a bare 500.
 */

import { CONSTANT_HEADERS, RESOURCE_CSP } from '../security/policy.mjs';

/**
 * Longest request target (path and query, still percent-encoded). Links the app writes stay under
 * 1 KB, but a link with a junk value (`country=KKK…`, 5,000 characters) must still open the
 * dashboard with a notice (links.md: bad values never break a link), so the cap is well above.
 * Length alone costs little: Next's loop is quadratic in the number of parameters.
 */
export const MAX_TARGET_LENGTH = 8192;

/**
 * Most query parameters: a link has at most ten keys, plus the unknown ones it keeps (trackers).
 * Next's loop over 100 costs under a millisecond (measured); over 7,500 it cost a second.
 */
export const MAX_PARAMETERS = 100;

/** The site is read-only: every path answers these methods and no other. */
export const ALLOWED_METHODS = 'GET, HEAD';

/**
 * Query keys Next.js strips or mangles before a route handler sees them (route parameters are
 * passed as `nxtP…`, intercepted ones as `nxtI…`; `__proto__` is lost in Next's query object), so
 * the API's own strict parser could not refuse them.
 */
const RESERVED_KEY = /^(?:nxtP|nxtI|__proto__$)/;

/**
 * Headers of every refusal: the constant headers of every response and the route-handler policy
 * (lib/security/policy.mjs, which next.config.js and the proxy read too).
 */
export const REFUSAL_HEADERS = Object.freeze({
  ...CONSTANT_HEADERS,
  'Content-Security-Policy': RESOURCE_CSP,
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
});

/**
 * Why a request is refused.
 * @typedef {object} Refusal
 * @property {400 | 405 | 414} status
 * @property {string | null} parameter the query parameter at fault, if one is
 * @property {string} message
 */

/** @param {string} pathname */
function isApi(pathname) {
  return pathname === '/api' || pathname.startsWith('/api/');
}

/**
 * @param {string} text
 * @returns {string | null} the decoded text, or null if its percent-encoding is malformed
 */
function decoded(text) {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return null;
  }
}

/**
 * The refusal of a request, or null to hand it to Next. Linear in the target's length, which is
 * checked first.
 * @param {string} method
 * @param {string} target the request target as received (`/path?query`)
 * @returns {Refusal | null}
 */
export function checkRequest(method, target) {
  if (target.length > MAX_TARGET_LENGTH) {
    return {
      status: 414,
      parameter: null,
      message: `the address is ${target.length} characters long; the limit is ${MAX_TARGET_LENGTH}`,
    };
  }
  if (method !== 'GET' && method !== 'HEAD') {
    return {
      status: 405,
      parameter: null,
      message: `${method} is not allowed; this site is read-only (${ALLOWED_METHODS})`,
    };
  }
  const queryStart = target.indexOf('?');
  const pathname = queryStart === -1 ? target : target.slice(0, queryStart);
  const query = queryStart === -1 ? '' : target.slice(queryStart + 1);
  if (decoded(pathname) === null) {
    return { status: 400, parameter: null, message: 'the path has a malformed %-escape' };
  }
  const pairs = query.split('&', MAX_PARAMETERS + 2).filter((pair) => pair !== '');
  if (pairs.length > MAX_PARAMETERS) {
    return {
      status: 400,
      parameter: null,
      message: `the query has more than ${MAX_PARAMETERS} parameters`,
    };
  }
  if (isApi(pathname)) {
    for (const pair of pairs) {
      const key = decoded(pair.split('=', 1)[0] ?? '') ?? '';
      if (RESERVED_KEY.test(key)) {
        return { status: 400, parameter: key.slice(0, 64), message: 'reserved parameter name' };
      }
    }
  }
  return null;
}

/**
 * The answer to a refused request: JSON `{ error: { parameter, message } }` under /api (the data
 * API's error shape), plain text elsewhere; `Allow` on a 405.
 * @param {Refusal} refusal
 * @param {string} target
 * @returns {{ status: number, headers: Record<string, string>, body: string }}
 */
export function refusalAnswer(refusal, target) {
  const queryStart = target.indexOf('?');
  const api = isApi(queryStart === -1 ? target : target.slice(0, queryStart));
  /** @type {Record<string, string>} */
  const headers = { ...REFUSAL_HEADERS };
  if (refusal.status === 405) headers.Allow = ALLOWED_METHODS;
  headers['Content-Type'] = api ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8';
  const body = api
    ? JSON.stringify({ error: { parameter: refusal.parameter, message: refusal.message } })
    : `${refusal.status}: ${refusal.message}\n`;
  return { status: refusal.status, headers, body };
}

/**
 * One log line for a refusal, with the target cut short (it may be 15 KB of junk) and control
 * and bidi characters replaced (it must not forge or reorder log lines).
 * @param {string} method
 * @param {string} target
 * @param {Refusal} refusal
 */
export function refusalLogLine(method, target, refusal) {
  const shown = target.length > 100 ? `${target.slice(0, 100)}… (${target.length} chars)` : target;
  const safe = `${method.slice(0, 20)} ${shown}`.replace(
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    '?',
  );
  return `[server] refused ${safe}: ${refusal.status} ${refusal.message}`;
}
