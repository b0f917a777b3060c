/**
 * Responses of the data API. Every 200 carries a strong ETag (a hash of its body) and may be
 * cached for five minutes; a matching If-None-Match gets a 304 without a body. Errors are JSON
 * `{ error: { parameter, message } }` and are never cached. The versioned files the pages fetch
 * (the dataset, the UI messages) are apart: immutable for a year, under an address that changes
 * with their content (`versionedFileAnswer`).
 */
import { toCsv, type Table } from '../csv';
import { etagOf, matchesEtag } from '../server/etag.mjs';

export { etagOf, matchesEtag };

/** Cache policy of every 200 and 304. */
export const CACHE_CONTROL_OK = 'public, max-age=300, stale-while-revalidate=86400';
/** Methods every API route answers. */
export const ALLOWED_METHODS = 'GET, HEAD';

const JSON_TYPE = 'application/json; charset=utf-8';
/** RFC 7946 media type. */
export const GEOJSON_TYPE = 'application/geo+json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';

/** HTTP statuses the API answers with on failure. */
export type ErrorStatus = 400 | 404 | 405 | 414 | 500;

/** Body of every error answer. */
export interface ErrorBody {
  error: {
    /** The query parameter at fault; null when the fault is not in one parameter. */
    parameter: string | null;
    message: string;
  };
}

function okAnswer(request: Request, body: string, headers: Record<string, string>): Response {
  const etag = etagOf(body);
  const cache = {
    'Cache-Control': CACHE_CONTROL_OK,
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
  };
  if (matchesEtag(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers: cache });
  }
  return new Response(body, { status: 200, headers: { ...cache, ...headers } });
}

/** A 200 with `value` as JSON (or a 304 if the client has it). */
export function jsonAnswer(request: Request, value: unknown, contentType = JSON_TYPE): Response {
  return okAnswer(request, JSON.stringify(value), { 'Content-Type': contentType });
}

/** A 200 with a text body of the given media type (or a 304 if the client has it). */
export function textAnswer(request: Request, body: string, contentType: string): Response {
  return okAnswer(request, body, { 'Content-Type': contentType });
}

/** A 200 with the table as a CSV download (or a 304 if the client has it). */
export function csvAnswer(request: Request, table: Table, filename: string): Response {
  return okAnswer(request, toCsv(table), {
    'Content-Type': CSV_TYPE,
    'Content-Disposition': `attachment; filename="${filename}"`,
  });
}

/**
 * A versioned file (the dataset, the UI messages), whose address names its content: at `current`
 * exactly, `value()` as JSON that any cache may keep for a year. Any other address (another
 * version, from a page cached before a release, or parameters added) gets a 307 to `current`: one
 * answer kept once, rather than one built afresh for every address a client invents. The Location
 * is relative, so it does not depend on the Host header.
 */
export function versionedFileAnswer(
  request: Request,
  current: string,
  value: () => unknown,
): Response {
  const { pathname, search } = new URL(request.url);
  if (pathname + search !== current) {
    return new Response(null, {
      status: 307,
      headers: { Location: current, 'Cache-Control': 'no-cache' },
    });
  }
  return new Response(JSON.stringify(value()), {
    headers: {
      'Content-Type': JSON_TYPE,
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** A JSON error that is never cached. */
export function errorAnswer(
  status: ErrorStatus,
  parameter: string | null,
  message: string,
  headers: Record<string, string> = {},
): Response {
  const body: ErrorBody = { error: { parameter, message } };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': JSON_TYPE,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    },
  });
}
