// @ts-check
/**
 * Entity tags, shared by the data API (lib/api/answer.ts) and the server's cache of rendered
 * answers (lib/server/view-cache.mjs), so that an answer has the same ETag whichever of them sent
 * it. Plain JavaScript so that the server runs on Node without a build step.
 */
import { createHash } from 'node:crypto';

/**
 * Strong ETag of a body: the quoted base64url SHA-1 of its bytes (UTF-8 for a string).
 * @param {string | Uint8Array} body
 * @returns {string}
 */
export function etagOf(body) {
  const hash = createHash('sha1');
  if (typeof body === 'string') hash.update(body, 'utf8');
  else hash.update(body);
  return `"${hash.digest('base64url')}"`;
}

/**
 * True when an If-None-Match header names this ETag (weak comparison, RFC 9110 13.1.2).
 * @param {string | null | undefined} ifNoneMatch
 * @param {string} etag
 * @returns {boolean}
 */
export function matchesEtag(ifNoneMatch, etag) {
  if (ifNoneMatch === null || ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
