/**
 * Bytes of the first view: one cold load of `/` in a fresh context, recording every response of
 * the page and its workers until the map's first idle (plus a second for stragglers). Sizes are
 * gzip -9 of the decoded bodies (node:zlib), so they do not depend on how the server compresses;
 * the bytes the server actually sent (encoded body) are kept alongside.
 *
 * How JavaScript is split into maplibre-gl and the rest: every JS response is cut into units.
 * A Turbopack chunk (`(globalThis.TURBOPACK||…).push([script, id, factory, id, factory, …])`) is
 * parsed with the TypeScript parser and each module factory is a unit; any other file (the
 * Turbopack runtime, MapLibre's worker module) is one unit. A unit is maplibre-gl when it carries
 * MapLibre's fingerprint: its version string (from node_modules/maplibre-gl/package.json) AND
 * either the "MapLibre GL JS" licence banner or at least 20 occurrences of "maplibre". Code that
 * only loads or mentions MapLibre (react-map-gl's lazy import, Turbopack's asset-URL stubs for the
 * worker) mentions "maplibre" a handful of times without the version and counts as "other".
 * A chunk's gzip size is shared between the two classes in proportion to the gzip sizes of its
 * maplibre units and of the rest, compressed separately.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { newContext, launchBrowser, waitForFirstIdle } from './browser';
import { ROOT } from './config';

export type ResourceKind =
  'document' | 'js' | 'css' | 'geometry' | 'map-font' | 'ui-font' | 'rsc' | 'other';

export interface ResourceBytes {
  url: string;
  kind: ResourceKind;
  resourceType: string;
  status: number;
  /** Decoded body. */
  rawBytes: number;
  /** gzip -9 of the decoded body. */
  gzipBytes: number;
  /** Body bytes as sent (after the server's own compression), from the browser; -1 if unknown. */
  transferBytes: number;
  /** When the request started and its response ended, in ms after the document request started. */
  startMs: number | null;
  endMs: number | null;
  /** JS only: gzip bytes attributed to maplibre-gl and to the rest. */
  maplibreGzip?: number;
  otherGzip?: number;
  maplibreRaw?: number;
  units?: number;
  maplibreUnits?: number;
}

export interface BytesResult {
  path: string;
  resources: ResourceBytes[];
  js: {
    maplibreGzip: number;
    otherGzip: number;
    totalGzip: number;
    maplibreRaw: number;
    otherRaw: number;
    transferBytes: number;
  };
  data: {
    documentGzip: number;
    geometryGzip: number;
    mapFontsGzip: number;
    rscGzip: number;
    totalGzip: number;
  };
  cssGzip: number;
  uiFontsBytes: number;
  classification: string;
}

export const CLASSIFICATION =
  'JS unit = one Turbopack module (chunks parsed) or one whole non-Turbopack file; maplibre-gl = ' +
  'unit contains the MapLibre version string AND ("MapLibre GL JS" banner OR >=20 "maplibre"); ' +
  'mixed chunks split by separate gzip of each part, scaled to the chunk gzip size.';

export function gzipSize(data: Buffer | string): number {
  return gzipSync(data, { level: 9 }).length;
}

const MAPLIBRE_VERSION: string = (
  JSON.parse(
    readFileSync(path.join(ROOT, 'node_modules', 'maplibre-gl', 'package.json'), 'utf8'),
  ) as { version: string }
).version;

/** True for MapLibre's own code (see the module comment), false for code that only mentions it. */
export function isMaplibreUnit(code: string, version = MAPLIBRE_VERSION): boolean {
  if (!code.includes(version)) return false;
  if (code.includes('MapLibre GL JS')) return true;
  const mentions = code.match(/maplibre/gi)?.length ?? 0;
  return mentions >= 20;
}

/**
 * The module factories of a Turbopack chunk as [start, end) ranges of the source, or null when
 * the file is not a Turbopack chunk.
 */
export function turbopackModules(code: string): Array<[number, number]> | null {
  const source = ts.createSourceFile(
    'chunk.js',
    code,
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.JS,
  );
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement)) continue;
    const call = statement.expression;
    if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) continue;
    if (
      call.expression.name.text !== 'push' ||
      !/TURBOPACK/.test(call.expression.expression.getText(source))
    ) {
      continue;
    }
    const list = call.arguments[0];
    if (!list || !ts.isArrayLiteralExpression(list)) continue;
    const ranges: Array<[number, number]> = [];
    // [script, id, factory, id, factory, …]: the factories are every second element from index 2.
    for (let i = 2; i < list.elements.length; i += 2) {
      const factory = list.elements[i]!;
      ranges.push([factory.getStart(source), factory.end]);
    }
    return ranges;
  }
  return null;
}

/** Splits one JS file's gzip size between maplibre-gl and the rest. */
export function splitJs(code: string): {
  gzip: number;
  maplibreGzip: number;
  otherGzip: number;
  maplibreRaw: number;
  units: number;
  maplibreUnits: number;
} {
  const gzip = gzipSize(code);
  const ranges = turbopackModules(code);
  if (ranges === null || ranges.length === 0) {
    const maplibre = isMaplibreUnit(code);
    return {
      gzip,
      maplibreGzip: maplibre ? gzip : 0,
      otherGzip: maplibre ? 0 : gzip,
      maplibreRaw: maplibre ? Buffer.byteLength(code) : 0,
      units: 1,
      maplibreUnits: maplibre ? 1 : 0,
    };
  }
  const maplibreRanges = ranges.filter(([start, end]) => isMaplibreUnit(code.slice(start, end)));
  if (maplibreRanges.length === 0) {
    return {
      gzip,
      maplibreGzip: 0,
      otherGzip: gzip,
      maplibreRaw: 0,
      units: ranges.length,
      maplibreUnits: 0,
    };
  }
  let maplibreCode = '';
  let rest = '';
  let cursor = 0;
  for (const [start, end] of maplibreRanges) {
    rest += code.slice(cursor, start);
    maplibreCode += code.slice(start, end);
    cursor = end;
  }
  rest += code.slice(cursor);
  const a = gzipSize(maplibreCode);
  const b = gzipSize(rest);
  const maplibreGzip = Math.round((gzip * a) / (a + b));
  return {
    gzip,
    maplibreGzip,
    otherGzip: gzip - maplibreGzip,
    maplibreRaw: Buffer.byteLength(maplibreCode),
    units: ranges.length,
    maplibreUnits: maplibreRanges.length,
  };
}

const FONT = /\.(woff2?|ttf|otf)(\?|$)/i;

/**
 * What a response is for. Map fonts are the font files MapLibre fetches itself for its labels
 * (the style's font-faces: a `fetch`); UI fonts are those the page's CSS loads (`font`).
 */
export function classify(url: string, resourceType: string, contentType: string): ResourceKind {
  const { pathname, searchParams } = new URL(url);
  if (resourceType === 'document') return 'document';
  if (searchParams.has('_rsc') || contentType.includes('text/x-component')) return 'rsc';
  if (pathname.endsWith('.topo.json')) return 'geometry';
  if (FONT.test(pathname)) return resourceType === 'font' ? 'ui-font' : 'map-font';
  if (/javascript|ecmascript/.test(contentType) || /\.m?js$/.test(pathname)) return 'js';
  if (contentType.includes('text/css') || pathname.endsWith('.css')) return 'css';
  return 'other';
}

interface Captured {
  url: string;
  resourceType: string;
  status: number;
  contentType: string;
  body: Buffer | null;
  transferBytes: number;
  /** Request start (ms since the epoch) and response end (ms after it), -1 when unknown. */
  startTime: number;
  responseEnd: number;
}

export async function measureBytes(
  origin: string,
  pagePath: string,
  log: (line: string) => void,
): Promise<BytesResult> {
  const browser = await launchBrowser();
  const captured: Array<Promise<Captured>> = [];
  try {
    const context = await newContext(browser);
    context.on('response', (response) => {
      captured.push(
        (async () => {
          const request = response.request();
          const [body, sizes] = await Promise.all([
            response.body().catch(() => null),
            request.sizes().catch(() => null),
          ]);
          const timing = request.timing();
          return {
            url: response.url(),
            resourceType: request.resourceType(),
            status: response.status(),
            contentType: (await response.headerValue('content-type')) ?? '',
            body,
            transferBytes: sizes ? sizes.responseBodySize : -1,
            startTime: timing.startTime,
            responseEnd: timing.responseEnd,
          };
        })(),
      );
    });
    const page = await context.newPage();
    await page.goto(origin + pagePath, { waitUntil: 'commit' });
    await waitForFirstIdle(page);
    await page.waitForTimeout(1000);
    const responses = await Promise.all(captured);
    await context.close();

    const documentStart =
      responses.find((r) => r.resourceType === 'document')?.startTime ??
      Math.min(...responses.map((r) => r.startTime));
    const resources: ResourceBytes[] = [];
    for (const r of responses) {
      if (r.status < 200 || r.status >= 300) continue;
      // Worker responses can lack a body in the protocol: fetch the same URL again.
      const body = r.body ?? Buffer.from(await (await fetch(r.url)).arrayBuffer());
      const kind = classify(r.url, r.resourceType, r.contentType);
      const resource: ResourceBytes = {
        url: r.url.replace(origin, ''),
        kind,
        resourceType: r.resourceType,
        status: r.status,
        rawBytes: body.length,
        gzipBytes: gzipSize(body),
        transferBytes: r.transferBytes,
        startMs: r.startTime > 0 ? Math.round(r.startTime - documentStart) : null,
        endMs:
          r.startTime > 0 && r.responseEnd >= 0
            ? Math.round(r.startTime - documentStart + r.responseEnd)
            : null,
      };
      if (kind === 'js') {
        const split = splitJs(body.toString('utf8'));
        resource.maplibreGzip = split.maplibreGzip;
        resource.otherGzip = split.otherGzip;
        resource.units = split.units;
        resource.maplibreUnits = split.maplibreUnits;
        resource.maplibreRaw = split.maplibreRaw;
      }
      resources.push(resource);
    }
    const sum = (kind: ResourceKind, pick: (r: ResourceBytes) => number) =>
      resources.filter((r) => r.kind === kind).reduce((total, r) => total + pick(r), 0);
    const js = resources.filter((r) => r.kind === 'js');
    const maplibreRaw = js.reduce((t, r) => t + (r.maplibreRaw ?? 0), 0);
    const data = {
      documentGzip: sum('document', (r) => r.gzipBytes),
      geometryGzip: sum('geometry', (r) => r.gzipBytes),
      mapFontsGzip: sum('map-font', (r) => r.gzipBytes),
      rscGzip: sum('rsc', (r) => r.gzipBytes),
      totalGzip: 0,
    };
    data.totalGzip = data.documentGzip + data.geometryGzip + data.mapFontsGzip + data.rscGzip;
    const result: BytesResult = {
      path: pagePath,
      resources,
      js: {
        maplibreGzip: js.reduce((t, r) => t + (r.maplibreGzip ?? 0), 0),
        otherGzip: js.reduce((t, r) => t + (r.otherGzip ?? 0), 0),
        totalGzip: js.reduce((t, r) => t + r.gzipBytes, 0),
        maplibreRaw,
        otherRaw: js.reduce((t, r) => t + r.rawBytes, 0) - maplibreRaw,
        transferBytes: js.reduce((t, r) => t + Math.max(0, r.transferBytes), 0),
      },
      data,
      cssGzip: sum('css', (r) => r.gzipBytes),
      uiFontsBytes: sum('ui-font', (r) => r.rawBytes),
      classification: CLASSIFICATION,
    };
    log(
      `  bytes ${pagePath}: ${resources.length} responses, JS ${js.length} files, ` +
        `maplibre ${(result.js.maplibreGzip / 1024).toFixed(1)} KB + other ${(result.js.otherGzip / 1024).toFixed(1)} KB gzip`,
    );
    return result;
  } finally {
    await browser.close();
  }
}
