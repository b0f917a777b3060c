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

const server = http.createServer((request, response) => {
  const method = request.method ?? 'GET';
  const target = request.url ?? '/';
  const refusal = checkRequest(method, target);
  if (!refusal) {
    // Next answers its own errors; this only catches a failure of the handler itself.
    handle(request, response).catch((/** @type {unknown} */ error) => {
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
