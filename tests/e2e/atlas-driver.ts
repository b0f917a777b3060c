/**
 * Domain verbs for the e2e specs: open a view, wait for the map, click a place by its
 * coordinates, read what the map drew.
 */
import type { Locator, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect } from './fixtures';

/** MapLibre's world is 512 px wide at zoom 0. */
const TILE_SIZE = 512;

export function mapContainer(page: Page): Locator {
  return page.getByTestId('map:container');
}

/** Opens a view and waits until the map has drawn its countries and gone idle. */
export async function openAtlas(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await waitForMapIdle(page);
}

/**
 * Opens a page and waits until React has hydrated it (components/layout/hydration-mark.tsx): for
 * views without a map, whose server-rendered controls do nothing before then.
 */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
}

export async function waitForMapIdle(page: Page): Promise<void> {
  await expect(mapContainer(page)).toHaveAttribute('data-map-idle', 'true');
}

/**
 * Where a longitude/latitude appears in the map container for a camera given as `map=z/lat/lon`
 * (Web Mercator, as MapLibre draws it).
 */
export function projectToContainer(
  camera: { zoom: number; latitude: number; longitude: number },
  point: { longitude: number; latitude: number },
  size: { width: number; height: number },
): { x: number; y: number } {
  const worldSize = TILE_SIZE * 2 ** camera.zoom;
  const mercator = (lon: number, lat: number) => {
    const sin = Math.sin((lat * Math.PI) / 180);
    return {
      x: ((lon + 180) / 360) * worldSize,
      y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * worldSize,
    };
  };
  const center = mercator(camera.longitude, camera.latitude);
  const target = mercator(point.longitude, point.latitude);
  return { x: target.x - center.x + size.width / 2, y: target.y - center.y + size.height / 2 };
}

/** Clicks the map where a place lies, for a view opened with that exact camera. */
export async function clickPlace(
  page: Page,
  camera: { zoom: number; latitude: number; longitude: number },
  place: { longitude: number; latitude: number },
): Promise<void> {
  const box = await mapContainer(page).boundingBox();
  if (!box) throw new Error('map container has no box');
  const { x, y } = projectToContainer(camera, place, box);
  await mapContainer(page).click({ position: { x, y } });
}

/**
 * What the map canvas shows: its size, how many distinct colours, and the share of pixels that
 * differ from the most common colour (the sea in every view we open). A blank or 0-px map fails.
 */
export async function mapPixels(
  page: Page,
): Promise<{ width: number; height: number; colours: number; nonBackgroundShare: number }> {
  const png = PNG.sync.read(await page.locator('canvas.maplibregl-canvas').screenshot());
  const counts = new Map<number, number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const rgba = png.data.readUInt32BE(i);
    counts.set(rgba, (counts.get(rgba) ?? 0) + 1);
  }
  const total = png.width * png.height;
  const background = Math.max(0, ...counts.values());
  return {
    width: png.width,
    height: png.height,
    colours: counts.size,
    nonBackgroundShare: 1 - background / total,
  };
}

/** The RGB colour at a place on the map (for a view opened with that exact camera). */
export async function colourAt(
  page: Page,
  camera: { zoom: number; latitude: number; longitude: number },
  place: { longitude: number; latitude: number },
): Promise<[number, number, number]> {
  const canvas = page.locator('canvas.maplibregl-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('map canvas has no box');
  const png = PNG.sync.read(await canvas.screenshot());
  const { x, y } = projectToContainer(camera, place, box);
  const index = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.data[index] ?? 0, png.data[index + 1] ?? 0, png.data[index + 2] ?? 0];
}

/** Waits until the map has drawn the view whose key contains every given part (e.g. "date=2020-09-20"). */
export async function waitForMapView(page: Page, ...parts: string[]): Promise<void> {
  await expect
    .poll(async () => {
      const key = (await mapContainer(page).getAttribute('data-map-view')) ?? '';
      const idle = await mapContainer(page).getAttribute('data-map-idle');
      return idle === 'true' && parts.every((part) => key.includes(part));
    })
    .toBe(true);
}

/** A screenshot of the map canvas, decoded. */
export async function mapImage(page: Page): Promise<PNG> {
  return PNG.sync.read(await page.locator('canvas.maplibregl-canvas').screenshot());
}

/** Share of pixels that differ between two same-sized screenshots. */
export function differingShare(a: PNG, b: PNG): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (a.data.readUInt32BE(i) !== b.data.readUInt32BE(i)) differing++;
  }
  return differing / (a.width * a.height);
}

/** The search params of the page's current URL. */
export function currentParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}
