/**
 * Issue 13, parts 6 and 7: the printed brief is one A4 page (printed to PDF by Chromium), the PNG
 * export's scales and key, and the embed's key, date and way to the full view.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import meta from '../../data/meta.json';
import minerals from '../../data/minerals.json';
import sources from '../../data/sources.json';
import type { Dataset } from '../../lib/data/schema';
import { readPngInfo } from '../../lib/export/png-text';
import { drawnMineralSymbols } from '../../lib/map-layers';
import { MINERAL_FILL } from '../../lib/map-style';
import { currentParams, mapContainer, openAtlas, waitForMapView } from './atlas-driver';
import { expect, test } from './fixtures';

/** Pages in a PDF as Chromium writes it: one `/Type /Page` dictionary each (`/Pages` is the tree). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** Prints the brief through the Export menu (its map image taken first), then to an A4 PDF. */
async function printBrief(page: Page): Promise<Buffer> {
  // The browser's print dialog cannot be driven; the menu's preparation and layout can.
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'true');
  });
  await page.getByTestId('export:button').click();
  await page.getByTestId('export:print').click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'true');
  await expect
    .poll(() => page.getByTestId('print:map').evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  return page.pdf({ format: 'A4' });
}

for (const { name, query } of [
  { name: 'Kazakhstan', query: '?country=KAZ' },
  { name: 'Kazakhstan in Russian', query: '?country=KAZ&lang=ru' },
  { name: 'the Israel–Kazakhstan pair', query: '?pair=ISR~KAZ' },
  { name: 'the overview', query: '' },
]) {
  test(`the brief of ${name} prints on one A4 page, with the map and sources`, async ({ page }) => {
    await openAtlas(page, query);
    const pdf = await printBrief(page);
    expect(pdfPageCount(pdf)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('print:brief')).toBeVisible();
    await expect(page.getByTestId('print:map')).toBeVisible();
    await expect(page.getByTestId('print:key').locator('li').first()).toBeVisible();
    await expect(page.getByTestId('print:notes').locator('li').first()).toBeVisible();
    // Endnotes name publishers and titles, not addresses.
    await expect(page.getByTestId('print:notes')).not.toContainText('http');
    // No interface controls on paper.
    await expect(page.getByTestId('export:button')).toBeHidden();
    await expect(page.locator('canvas.maplibregl-canvas')).toBeHidden();
    await expect(page.getByTestId('layers:panel')).toBeHidden();
  });
}

/** Exports the map as PNG at a scale: the file's bytes. */
async function exportPngFile(page: Page, scale: 1 | 2 | 3): Promise<Buffer> {
  await page.getByTestId('export:button').click();
  await page.getByTestId(`export:scale-${scale}`).check({ force: true });
  const download = page.waitForEvent('download');
  await page.getByTestId('export:png').click();
  const file = await readFile(await (await download).path());
  await page.keyboard.press('Escape');
  return file;
}

/** Exports the map as PNG at a scale and reads the file's size and texts. */
async function exportPng(page: Page, scale: 1 | 2 | 3) {
  return readPngInfo(new Uint8Array(await exportPngFile(page, scale)));
}

test('the PNG at 2× is twice the 1× image, and carries its key and the dataset version', async ({
  page,
}) => {
  await openAtlas(page, '?country=KAZ');
  const one = await exportPng(page, 1);
  const two = await exportPng(page, 2);
  expect(two.width).toBe(2 * one.width);
  // Text wraps at the same places at every scale, so the heights scale too (within rounding).
  expect(Math.abs(two.height - 2 * one.height)).toBeLessThanOrEqual(2);

  expect(two.text.Source).toContain(meta.version);
  expect(two.text.Title).toContain('Kazakhstan');
  // Every symbol the minerals layer draws on the day is keyed.
  // (The data files as they are: lib/data/load.ts is server-only; these parts are all it reads.)
  const data = { meta, minerals, sources } as unknown as Dataset;
  const symbols = drawnMineralSymbols(data, meta.asOf).map((s) => s.symbol);
  expect(symbols.length).toBeGreaterThan(1);
  const key = two.text.Description ?? '';
  for (const symbol of symbols) expect(key).toMatch(new RegExp(`(^|; )${symbol}: `));
  expect(key).toContain('Hatched: announced, not yet done');
});

test('the PNG keeps whole a minerals marker that the screen’s edge cuts in half', async ({
  page,
}) => {
  // Kumtor (data/minerals.json, drawn since 2022) exactly on the map's right edge, half cut off.
  const kumtor = { longitude: 78.2, latitude: 41.867 };
  const zoom = 5;
  await openAtlas(page);
  const box = await mapContainer(page).boundingBox();
  if (!box) throw new Error('map container has no box');
  const degreesToEdge = box.width / 2 / ((512 * 2 ** zoom) / 360);
  const camera = `${zoom}/${kumtor.latitude}/${Number((kumtor.longitude - degreesToEdge).toFixed(4))}`;
  await openAtlas(page, `?map=${camera}`);

  const png = PNG.sync.read(await exportPngFile(page, 1));
  // The marker's pale fill, in the image's right-hand strip (the key's swatches are further left).
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(MINERAL_FILL.slice(i, i + 2), 16));
  const fill: { x: number; y: number }[] = [];
  for (let y = 0; y < png.height; y += 1) {
    for (let x = png.width - 80; x < png.width; x += 1) {
      const i = (y * png.width + x) * 4;
      const d = Math.max(
        Math.abs(png.data[i]! - r!),
        Math.abs(png.data[i + 1]! - g!),
        Math.abs(png.data[i + 2]! - b!),
      );
      if (d <= 4) fill.push({ x, y });
    }
  }
  expect(fill.length, 'the marker is in the image').toBeGreaterThan(50);
  const xs = fill.map((p) => p.x);
  const ys = fill.map((p) => p.y);
  const [width, height] = [Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)];
  // A whole disc, clear of the image's edge, not a half disc against it.
  expect(Math.max(...xs), 'the marker is clear of the edge').toBeLessThan(png.width - 4);
  expect(Math.abs(width - height), `disc ${width}×${height} px`).toBeLessThanOrEqual(2);
  // The capture's zoom-out is put back, and the link keeps the user's camera.
  expect(currentParams(page).get('map')).toBe(camera);
});

test('exporting a framed view writes no camera into its link', async ({ page }) => {
  await openAtlas(page, '?country=KAZ');
  await exportPngFile(page, 1);
  expect(currentParams(page).has('map')).toBe(false);
});

test('the PNG is 2× by default', async ({ page }) => {
  await openAtlas(page, '?country=KAZ');
  await page.getByTestId('export:button').click();
  await expect(page.getByTestId('export:scale-2')).toBeChecked();
});

test('the embed shows its date and key, and opens the full view in a new tab', async ({
  page,
  context,
}) => {
  await page.goto('/embed?country=KAZ&date=2025-11-07&lang=ru');
  await waitForMapView(page, 'country=KAZ');
  await expect(page.getByTestId('embed:date')).toHaveText('Карта на 7 ноября 2025 г.');
  const key = page.getByTestId('embed:key');
  await expect(key).toContainText('Объявлено о присоединении');
  await expect(key.locator('li')).not.toHaveCount(0);

  const link = page.getByTestId('embed:open');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);

  // A click on the map (not on the key) opens the same view in a new tab.
  const opened = context.waitForEvent('page');
  const map = page.locator('canvas.maplibregl-canvas');
  const box = await map.boundingBox();
  if (!box) throw new Error('no map box');
  await page.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.3);
  const full = await opened;
  await full.waitForLoadState('domcontentloaded');
  expect(new URL(full.url()).pathname + new URL(full.url()).search).toBe(
    '/?country=KAZ&date=2025-11-07&lang=ru',
  );
  await full.close();

  // The keyboard's way: the link, focused and activated with Enter.
  const viaKeyboard = context.waitForEvent('page');
  await link.focus();
  await page.keyboard.press('Enter');
  const second = await viaKeyboard;
  expect(new URL(second.url()).search).toBe('?country=KAZ&date=2025-11-07&lang=ru');
  await second.close();
});

test('the browser’s own print (Ctrl+P) copies the map synchronously into the brief', async ({
  page,
}) => {
  await openAtlas(page, '?country=KAZ');
  const image = page.getByTestId('print:map');
  // What the browser fires before it lays the page out for print; repeated until the brief's
  // chunk, loaded once the page is idle, is there to render.
  await expect
    .poll(async () => {
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      return image.count();
    })
    .toBe(1);
  await expect(image).toHaveAttribute('src', /^data:image\/png/);
  // The copy holds the map, not a cleared WebGL buffer: many colours, not one.
  const colours = await image.evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) {
      seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    }
    return seen.size;
  });
  expect(colours).toBeGreaterThan(20);
  expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
});
