/**
 * Route handler wrappers, so that each route file under `app/api/` is a few lines. HEAD needs no
 * handler: Next answers it by running GET and sending its headers without the body.
 */
import 'server-only';
import { loadDataset } from '../data/load';
import type { Dataset } from '../data/schema';
import { ALLOWED_METHODS, errorAnswer } from './answer';
import type { QuerySpec } from './params';

/** What a GET handler receives once its query has been parsed. */
export interface GetInput<Q> {
  request: Request;
  query: Q;
  data: Dataset;
}

/** Path of the request, shortened for a message. */
function pathOf(request: Request): string {
  try {
    const { pathname } = new URL(request.url);
    return pathname.length > 80 ? `${pathname.slice(0, 80)}…` : pathname;
  } catch {
    return '(unreadable URL)';
  }
}

/** The answer when building one failed: logged on the server, no detail to the client. */
function internalError(request: Request, error: unknown): Response {
  console.error(`[api] ${request.method} ${pathOf(request)} failed:`, error);
  return errorAnswer(500, null, 'the answer could not be built; this is a bug in the server');
}

/**
 * A GET handler that parses the query with `spec` (a bad one gets a 400 or 414 JSON error),
 * then calls `handle`. Never throws: an unexpected exception becomes a 500 without a stack trace.
 * `context` is the route context Next passes (for `params`), typed by the caller.
 */
export function withGet<Q, C extends unknown[] = []>(
  spec: QuerySpec<Q>,
  handle: (input: GetInput<Q>, ...context: C) => Response | Promise<Response>,
): (request: Request, ...context: C) => Promise<Response> {
  return async (request, ...context) => {
    try {
      const data = loadDataset();
      const query = spec.parse(new URL(request.url).search, { asOf: data.meta.asOf });
      if (!query.ok) return errorAnswer(query.status, query.parameter, query.message);
      return await handle({ request, query: query.value, data }, ...context);
    } catch (error) {
      return internalError(request, error);
    }
  };
}

/** 405 for every method but GET and HEAD. */
export function methodNotAllowed(request: Request): Response {
  return errorAnswer(
    405,
    null,
    `${request.method} is not allowed; the data API is read-only (${ALLOWED_METHODS})`,
    { Allow: ALLOWED_METHODS },
  );
}

/**
 * The methods an API route refuses; re-export them from each route file. One handler under five
 * names, as Next wants one export per method.
 * @alias
 */
export const POST = methodNotAllowed;
/** @alias */
export const PUT = methodNotAllowed;
/** @alias */
export const PATCH = methodNotAllowed;
/** @alias */
export const DELETE = methodNotAllowed;
/** @alias */
export const OPTIONS = methodNotAllowed;

/** Routes listed in 404 messages. */
export const API_ROUTES = [
  '/api/countries',
  '/api/countries/{iso3}',
  '/api/ties',
  '/api/events',
  '/api/minerals',
  '/api/health',
] as const;

/** JSON 404 for any path under /api that no route serves, whatever the method. */
export function routeNotFound(request: Request): Response {
  return errorAnswer(
    404,
    null,
    `no API route at ${pathOf(request)}; the routes are ${API_ROUTES.join(', ')}`,
  );
}
