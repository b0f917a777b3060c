// @ts-check
/**
 * The production server (`npm start`): serves the release `dist/current` points to (see
 * lib/server/release.mjs) with Next's own request handler, behind the request checks of
 * lib/server/guard.mjs, which refuse oversized, over-many-parameter, malformed and non-GET
 * requests before Next spends any work on them.
 *
 * Environment: PORT (default 3000), HOST (default: every interface), SITE_URL (checked at
 * start-up by instrumentation.ts), ATLAS_DATA_DIR (the data/ compared with the built-in dataset
 * at start-up; default this project's data/).
 */
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { checkRequest, refusalAnswer, refusalLogLine } from './lib/server/guard.mjs';
import { currentRelease } from './lib/server/release.mjs';
import {
  canonicalTarget,
  captureResponse,
  finishView,
  HASHED_CSP_ENV,
  isShareable,
  sendView,
  ViewCache,
  viewTreatment,
} from './lib/server/view-cache.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || undefined;

let release;
try {
  release = currentRelease(root);
} catch (error) {
  console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

// What Next's generated standalone server.js does, with our own HTTP server in front.
const { config } = JSON.parse(
  readFileSync(path.join(release.dir, '.next', 'required-server-files.json'), 'utf8'),
);
// (Object.assign: Next's types make NODE_ENV read-only.)
Object.assign(process.env, {
  NODE_ENV: 'production',
  __NEXT_PRIVATE_STANDALONE_CONFIG: JSON.stringify(config),
  // Pages are rendered without a nonce and get their inline scripts' hashes instead (below).
  [HASHED_CSP_ENV]: '1',
});
process.env.ATLAS_DATA_DIR ??= path.join(root, 'data');
process.chdir(release.dir);

const next = createRequire(path.join(release.dir, 'server.js'))('next');
const app = next({
  dir: release.dir,
  dev: false,
  port,
  hostname: host ?? 'localhost',
  conf: config,
});
await app.prepare();
const handle = app.getRequestHandler();

/**
 * Rendered pages kept in memory (lib/server/view-cache.mjs); a few hundred views of ~200 KB with
 * their gzip copies stay under the byte cap.
 */
const views = new ViewCache({ maxEntries: 500, maxBytes: 64 * 1024 * 1024 });
/**
 * Data API answers kept in memory, apart from the pages so that requests for many dates cannot
 * push the pages out (answers are 1–100 KB; the whole dataset ~600 KB).
 */
const apiAnswers = new ViewCache({ maxEntries: 2000, maxBytes: 32 * 1024 * 1024 });
/**
 * The release's static files as served (lib/server/view-cache.mjs, STATIC_FILES): a first visit
 * of the dashboard asks for ~3 MB of them, each compressed once here rather than per request.
 */
const staticFiles = new ViewCache({ maxEntries: 1000, maxBytes: 64 * 1024 * 1024 });
/** `ATLAS_VIEW_CACHE=off` renders every page and API answer (the bench measures their cost). */
const cacheViews = process.env.ATLAS_VIEW_CACHE !== 'off';
/**
 * Where answers of a kind are kept.
 * @param {'cache' | 'api' | 'static'} treatment
 */
function storeFor(treatment) {
  return treatment === 'api' ? apiAnswers : treatment === 'static' ? staticFiles : views;
}
/** Renders under way, by key, so a burst of requests for one new address renders it once. */
const rendering = new Map();

/**
 * Has Next render an answer into memory, hashes a page's inline scripts into its CSP, and returns
 * it, stored under `key` (but for 'render') when the answer may be shared (isShareable). A
 * HEAD is rendered as a GET, whose body is needed for the hashes (and to be stored); sendView
 * leaves the body out.
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 * @param {Exclude<import('./lib/server/view-cache.mjs').Treatment, 'pass'>} treatment
 * @param {string} key the canonical target, rendered instead of the target as received
 */
async function renderView(request, response, treatment, key) {
  const { method, url, headers } = request;
  const saved = { 'accept-encoding': headers['accept-encoding'] };
  // Compression happens once per stored view (or in nginx), not inside Next.
  delete headers['accept-encoding'];
  if (treatment !== 'render') {
    // The whole answer is needed to store it; sendView answers If-None-Match from it.
    Object.assign(saved, {
      'if-none-match': headers['if-none-match'],
      'if-modified-since': headers['if-modified-since'],
    });
    delete headers['if-none-match'];
    delete headers['if-modified-since'];
    request.url = key;
  }
  request.method = 'GET';
  const captured = captureResponse(response);
  /** @type {Awaited<typeof captured>} */
  let answer;
  try {
    // Next's handler of a route resolves only once the response has really finished, which
    // sendView does later: the answer is ready when Next ends it (or the handler failed).
    const handled = handle(request, response);
    await Promise.race([captured, handled]);
    answer = await captured;
  } finally {
    Object.assign(request, { method, url });
    for (const [name, value] of Object.entries(saved)) {
      if (value !== undefined) headers[name] = value;
    }
  }
  const shareable = treatment !== 'render' && isShareable(answer, treatment);
  const view = finishView(answer, shareable);
  if (shareable) storeFor(treatment).set(key, view);
  return view;
}

/**
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 * @param {Exclude<import('./lib/server/view-cache.mjs').Treatment, 'pass'>} treatment
 */
async function serveView(request, response, treatment) {
  const key = canonicalTarget(request.url ?? '/');
  if (treatment !== 'render') {
    const kept = storeFor(treatment).get(key);
    if (kept) return sendView(kept, request, response);
    const pending = rendering.get(key);
    if (pending) {
      const view = await pending.catch(() => null);
      if (view) return sendView(view, request, response);
    }
  }
  const render = renderView(request, response, treatment, key);
  if (treatment !== 'render') {
    rendering.set(key, render);
    render.finally(() => rendering.delete(key)).catch(() => {});
  }
  sendView(await render, request, response);
}

const server = http.createServer((request, response) => {
  const method = request.method ?? 'GET';
  const target = request.url ?? '/';
  const refusal = checkRequest(method, target);
  if (!refusal) {
    const treatment = viewTreatment(method, target, request.headers, cacheViews);
    // Next answers its own errors; this only catches a failure of the handler itself.
    (treatment === 'pass'
      ? handle(request, response)
      : serveView(request, response, treatment)
    ).catch((/** @type {unknown} */ error) => {
      console.error(`[server] ${method} ${target.slice(0, 100)} failed:`, error);
      if (!response.headersSent) response.writeHead(500, { 'Cache-Control': 'no-store' });
      response.end();
    });
    return;
  }
  console.warn(refusalLogLine(method, target, refusal));
  const answer = refusalAnswer(refusal, target);
  response.writeHead(answer.status, answer.headers);
  response.end(method === 'HEAD' ? undefined : answer.body);
});

server.listen(port, host, () => {
  const address = server.address();
  const shownPort = typeof address === 'object' && address ? address.port : port;
  console.log(
    `Accords Atlas release ${release.id} ready on http://${host ?? 'localhost'}:${shownPort}`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
