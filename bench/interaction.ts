/**
 * Interaction latencies, measured inside the page (bench/page-harness.js):
 *
 * - click → panel: a real mouse click on a country on the map, to the moment the detail panel's
 *   heading reads that country's name and is visible. From the first view (`/`), countries in
 *   turn; Escape clears the selection between clicks, which puts the camera back on the first
 *   view, so every click lands on the same camera. Click points are interior points of each
 *   country (from the shipped TopoJSON), projected with the camera the app writes to `map=`; each
 *   is tried once before measuring, and a point that opens anything else (an arc, a mineral) is
 *   replaced by the next candidate. The context prefers reduced motion, so the app frames the
 *   selection without its 700 ms animation (nothing in the measured span depends on it).
 * - date change → idle: clicks on the timeline's tick buttons in turn, to the moment the map's
 *   data-map-view names the new date with data-map-idle="true".
 *   Measured on both servers (1× and the synthetic dataset).
 * - baseline repaint: window.__bench.repaint() on the baseline page (triggerRepaint → next idle).
 *
 * Each series starts with unrecorded warm-up repetitions.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Page } from '@playwright/test';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { launchBrowser, newContext, waitForFirstIdle, waitForMapView } from './browser';
import { ROOT } from './config';
import { type Summary, summarize } from './stats';

const WARM_UP = 2;
/** Countries clicked in turn: large enough at the first view's zoom to click reliably. */
const CLICK_TARGETS = ['KAZ', 'UZB', 'TKM', 'MAR', 'SDN'];
const TILE_SIZE = 512;

export interface Series {
  samples: number[];
  /** Same clicks, to the next animation frame after the outcome (when it starts to be painted). */
  frameSamples: number[];
  summary: Summary | null;
  frameSummary: Summary | null;
  errors: string[];
}

type DateSeries = Series & { days: string[]; noRedraw: string[] };

export interface InteractionResult {
  clickToPanel: Series & { targets: string[] };
  /** noRedraw: days whose change left the map as it was (no idle, data-map-view not updated). */
  dateChange: DateSeries;
  /** The same on the server with the synthetic dataset. */
  dateChangeScaled: DateSeries;
  baselineRepaint: Series;
}

interface Outcome {
  ok: boolean;
  latency?: number;
  frameLatency?: number;
  day?: string | null;
  reason?: string;
  heading?: string | null;
}

interface Camera {
  zoom: number;
  latitude: number;
  longitude: number;
}

function emptySeries(): Series {
  return { samples: [], frameSamples: [], summary: null, frameSummary: null, errors: [] };
}

function finish<S extends Series>(series: S): S {
  return {
    ...series,
    summary: summarize(series.samples),
    frameSummary: summarize(series.frameSamples),
  };
}

function record(series: Series, outcome: Outcome, counted: boolean): void {
  if (!outcome.ok) {
    series.errors.push(`${outcome.reason ?? 'failed'} (heading: ${outcome.heading ?? '-'})`);
    return;
  }
  if (!counted) return;
  series.samples.push(outcome.latency!);
  series.frameSamples.push(outcome.frameLatency!);
}

/** Web Mercator position of a place in the map container, for a camera (as MapLibre draws it). */
export function project(
  camera: Camera,
  [lon, lat]: Position,
  size: { width: number; height: number },
) {
  const worldSize = TILE_SIZE * 2 ** camera.zoom;
  const mercator = (lo: number, la: number) => {
    const sin = Math.sin((la * Math.PI) / 180);
    return {
      x: ((lo + 180) / 360) * worldSize,
      y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * worldSize,
    };
  };
  const center = mercator(camera.longitude, camera.latitude);
  const target = mercator(lon!, lat!);
  return { x: target.x - center.x + size.width / 2, y: target.y - center.y + size.height / 2 };
}

function insideRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) {
      inside = !inside;
    }
  }
  return inside;
}

function distanceToRing([x, y]: Position, ring: Position[]): number {
  let best = Infinity;
  const k = Math.cos((y! * Math.PI) / 180);
  for (let i = 1; i < ring.length; i++) {
    const [ax, ay] = ring[i - 1]!;
    const [bx, by] = ring[i]!;
    const dx = (bx! - ax!) * k;
    const dy = by! - ay!;
    const px = (x! - ax!) * k;
    const py = y! - ay!;
    const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(px - t * dx, py - t * dy));
  }
  return best;
}

/** Points well inside a country's largest part, deepest first. */
export function interiorPoints(geometry: Polygon | MultiPolygon, count = 8): Position[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const extent = (polygon: Position[][]) => {
    const xs = polygon[0]!.map((p) => p[0]!);
    const ys = polygon[0]!.map((p) => p[1]!);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const;
  };
  const area = (polygon: Position[][]) => {
    const [w, s, e, n] = extent(polygon);
    return (e - w) * (n - s);
  };
  const largest = [...polygons].sort((a, b) => area(b) - area(a))[0]!;
  const [w, s, e, n] = extent(largest);
  const points: Array<{ point: Position; depth: number }> = [];
  const steps = 16;
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      const point = [w + ((e - w) * i) / steps, s + ((n - s) * j) / steps];
      if (
        !insideRing(point, largest[0]!) ||
        largest.slice(1).some((hole) => insideRing(point, hole))
      ) {
        continue;
      }
      points.push({
        point,
        depth: Math.min(...largest.map((ring) => distanceToRing(point, ring))),
      });
    }
  }
  return points
    .sort((a, b) => b.depth - a.depth)
    .slice(0, count)
    .map((p) => p.point);
}

type CountriesTopology = Topology<{
  countries: GeometryCollection<{ iso3: string | null; name: string }>;
}>;

function loadCountries(): Map<string, Feature<Polygon | MultiPolygon>> {
  const topology = JSON.parse(
    readFileSync(path.join(ROOT, 'lib', 'geo', 'countries.topo.json'), 'utf8'),
  ) as CountriesTopology;
  const collection = feature(topology, topology.objects.countries);
  const byIso3 = new Map<string, Feature<Polygon | MultiPolygon>>();
  for (const f of collection.features) {
    const iso3 = (f.properties as { iso3?: string | null } | null)?.iso3;
    if (iso3 && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')) {
      byIso3.set(iso3, f as Feature<Polygon | MultiPolygon>);
    }
  }
  return byIso3;
}

function countryNames(): Map<string, string> {
  const countries = JSON.parse(readFileSync(path.join(ROOT, 'data', 'countries.json'), 'utf8')) as
    | Array<{ iso3: string; names: { en: string } }>
    | { countries: Array<{ iso3: string; names: { en: string } }> };
  const list = Array.isArray(countries) ? countries : countries.countries;
  return new Map(list.map((c) => [c.iso3, c.names.en]));
}

function cameraFromUrl(url: string): Camera | null {
  const value = new URL(url).searchParams.get('map');
  const parts = value?.split('/').map(Number);
  if (!parts || parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  return { zoom: parts[0]!, latitude: parts[1]!, longitude: parts[2]! };
}

async function outcomeOf(page: Page): Promise<Outcome> {
  return (await page.evaluate('window.__benchHarness.pending')) as Outcome;
}

/** Waits until the URL's `map=` is set and differs from `previous`, and returns it. */
async function waitForMapParam(page: Page, previous: string | null): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = new URL(page.url()).searchParams.get('map');
    if (value !== null && value !== previous) return value;
    if (Date.now() > deadline)
      throw new Error(`map= never changed from ${previous}: ${page.url()}`);
    await page.waitForTimeout(50);
  }
}

/** Clears the selection and waits until the first view's camera and map are back. */
async function clearSelection(page: Page, storyMap: string | null): Promise<void> {
  await page.keyboard.press('Escape');
  await waitForMapView(page, ['country=;pair=']);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const panelGone = (await page.locator('#detail-panel-title').count()) === 0;
    const mapParam = new URL(page.url()).searchParams.get('map');
    if (panelGone && (storyMap === null || mapParam === storyMap)) break;
    if (Date.now() > deadline) throw new Error(`selection did not clear (map=${mapParam})`);
    await page.waitForTimeout(50);
  }
  await waitForMapView(page, ['country=;pair=']);
}

async function clickToPanel(
  origin: string,
  reps: number,
  log: (line: string) => void,
): Promise<Series & { targets: string[] }> {
  const series = { ...emptySeries(), targets: [] as string[] };
  const countries = loadCountries();
  const names = countryNames();
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser, { reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await waitForFirstIdle(page);
    const box = await page.getByTestId('map:container').boundingBox();
    if (!box) throw new Error('map container has no box');

    // Select from the list, then clear: the app reframes the first view and writes its camera.
    const firstName = names.get(CLICK_TARGETS[0]!)!;
    await page.locator('aside button', { hasText: firstName }).first().click();
    await waitForMapView(page, [`country=${CLICK_TARGETS[0]};`]);
    const selectedMap = await waitForMapParam(page, null);
    await clearSelection(page, null);
    const storyMap = await waitForMapParam(page, selectedMap);
    const camera = cameraFromUrl(page.url());
    if (!camera) throw new Error(`no camera in the URL after clearing: ${page.url()}`);

    // Calibrate one click point per country (not measured).
    const targets: Array<{ iso3: string; name: string; x: number; y: number }> = [];
    for (const iso3 of CLICK_TARGETS) {
      const geometry = countries.get(iso3)?.geometry;
      const name = names.get(iso3);
      if (!geometry || !name) continue;
      for (const point of interiorPoints(geometry)) {
        const { x, y } = project(camera, point, box);
        // Clear of the "Fit all" button, the zoom buttons and the attribution.
        if (x < 130 || x > box.width - 60 || y < 50 || y > box.height - 40) continue;
        await page.evaluate(`window.__benchHarness.armPanel(${JSON.stringify(name)}, 4000)`);
        await page.mouse.click(box.x + x, box.y + y);
        const outcome = await outcomeOf(page);
        if (outcome.ok) await waitForMapView(page, [`country=${iso3};`]);
        await clearSelection(page, storyMap);
        if (outcome.ok) {
          targets.push({ iso3, name, x: box.x + x, y: box.y + y });
          break;
        }
      }
    }
    if (targets.length === 0) throw new Error('no country could be clicked on the first view');
    series.targets = targets.map((t) => t.iso3);
    log(`  click→panel targets: ${series.targets.join(', ')} (camera map=${storyMap})`);

    for (let i = 0; i < WARM_UP + reps; i++) {
      const target = targets[i % targets.length]!;
      await page.evaluate(`window.__benchHarness.armPanel(${JSON.stringify(target.name)})`);
      await page.mouse.click(target.x, target.y);
      const outcome = await outcomeOf(page);
      record(series, outcome, i >= WARM_UP);
      if (outcome.ok) await waitForMapView(page, [`country=${target.iso3};`]);
      await clearSelection(page, storyMap);
    }
    await context.close();
  } finally {
    await browser.close();
  }
  return finish(series);
}

/**
 * A date change the map has nothing to redraw for (same statuses, arcs and points) fires no
 * `idle`, so data-map-view keeps the previous date: such clicks time out after this long and are
 * counted apart (`noRedraw`), not as latencies.
 */
const NO_REDRAW_TIMEOUT_MS = 3000;

export async function dateChange(
  origin: string,
  reps: number,
): Promise<Series & { days: string[]; noRedraw: string[] }> {
  const series = { ...emptySeries(), days: [] as string[], noRedraw: [] as string[] };
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await waitForFirstIdle(page);
    const ticks = (await page.evaluate('window.__benchHarness.tickPoints()')) as Array<{
      day: string;
      x: number;
      y: number;
    }>;
    if (ticks.length < 2) throw new Error(`the timeline has ${ticks.length} clickable ticks`);
    const viewKey = await page.getByTestId('map:container').getAttribute('data-map-view');
    let current = /date=([^;]*)/.exec(viewKey ?? '')?.[1];
    let done = 0;
    const maxAttempts = 3 * (WARM_UP + reps) + ticks.length;
    for (let i = 0; done < WARM_UP + reps && i < maxAttempts; i++) {
      const tick = ticks[i % ticks.length]!;
      if (tick.day === current) continue;
      await page.evaluate(`window.__benchHarness.armDate(${NO_REDRAW_TIMEOUT_MS})`);
      await page.mouse.click(tick.x, tick.y);
      const outcome = await outcomeOf(page);
      current = tick.day;
      if (!outcome.ok && outcome.reason === 'timed out' && outcome.day === tick.day) {
        series.noRedraw.push(tick.day);
        continue;
      }
      record(series, outcome, done >= WARM_UP);
      if (outcome.ok && done >= WARM_UP) series.days.push(outcome.day ?? '?');
      done++;
    }
    await context.close();
  } finally {
    await browser.close();
  }
  return finish(series);
}

export async function baselineRepaint(url: string, reps: number): Promise<Series> {
  const series = emptySeries();
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url);
    await waitForFirstIdle(page);
    for (let i = 0; i < WARM_UP + reps; i++) {
      const ms = Number(await page.evaluate('window.__bench.repaint()'));
      if (i >= WARM_UP) series.samples.push(ms);
    }
    await context.close();
  } finally {
    await browser.close();
  }
  return finish(series);
}

export async function measureInteraction(
  origins: { x1: string; scaled: string },
  baselineUrl: string,
  reps: number,
  log: (line: string) => void,
): Promise<InteractionResult> {
  const failed = (error: unknown): Series => ({
    ...emptySeries(),
    errors: [String(error).split('\n')[0]!],
  });
  const clickToPanelResult = await clickToPanel(origins.x1, reps, log).catch((error: unknown) => ({
    ...failed(error),
    targets: [],
  }));
  log(`  click→panel: ${clickToPanelResult.samples.length} samples`);
  const dates = async (origin: string) => {
    const result = await dateChange(origin, reps).catch((error: unknown) => ({
      ...failed(error),
      days: [],
      noRedraw: [],
    }));
    log(
      `  date→idle on ${origin}: ${result.samples.length} samples, ${result.errors.length} errors`,
    );
    return result;
  };
  const dateChangeResult = await dates(origins.x1);
  const dateChangeScaled = await dates(origins.scaled);
  const baselineRepaintResult = await baselineRepaint(baselineUrl, reps).catch(failed);
  log(`  baseline repaint: ${baselineRepaintResult.samples.length} samples`);
  return {
    clickToPanel: clickToPanelResult,
    dateChange: dateChangeResult,
    dateChangeScaled,
    baselineRepaint: baselineRepaintResult,
  };
}
