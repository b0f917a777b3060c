/**
 * "Map as PNG": the map's pixels with a title above, and a legend, a citation and the borders'
 * attribution below. The layout (`layoutExport`) and text wrapping are pure (the legend rows come
 * from lib/layer-registry.ts); drawing goes through a small 2D-context interface, so tests run it
 * in Node with a fake canvas.
 *
 * MapLibre's WebGL canvas is cleared once the browser has composited a frame
 * (preserveDrawingBuffer is off, as it should be for speed), so its pixels can only be read while
 * a frame is being rendered: `captureMapCanvas` copies them inside a `render` event it asks for.
 */
import type { LegendEntry, LegendKind } from '@/lib/layer-registry';
import { HATCH_ALPHA, HATCH_RGB } from '@/lib/status-style';
import { EXPORT_CAMERA_EVENT } from './export-camera';
import { withPngText } from './png-text';

/** The hatch the map registers (lib/map-style.ts hatchPattern). */
const HATCH_COLOR = `rgba(${HATCH_RGB.join(', ')}, ${(HATCH_ALPHA / 255).toFixed(2)})`;
const TEXT_COLOR = '#111827';
const MUTED_TEXT_COLOR = '#4b5563';
const LEGEND_BORDER = '#d1d5db';
const FONT_FAMILY = '"Noto Sans", "Noto Sans Hebrew", "Noto Sans Arabic", sans-serif';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LegendCell extends Rect {
  /** Index of the entry in the legend. */
  index: number;
}

/** Size of the map area in image pixels; `pixelRatio` scales text and spacing (device pixels). */
export interface ExportSize {
  width: number;
  height: number;
  pixelRatio?: number;
}

export interface ExportLayout {
  /** Size of the whole image. */
  width: number;
  height: number;
  scale: number;
  padding: number;
  title: Rect;
  map: Rect;
  /** The legend box; null when no layer is visible. */
  legend: Rect | null;
  columns: number;
  cells: LegendCell[];
  /** Citation and attribution lines. */
  footer: Rect;
  font: { title: number; label: number; footer: number };
  lineHeight: { title: number; row: number; footer: number };
  /** Width of a legend swatch and the gap before its label. */
  swatch: { width: number; height: number; gap: number };
}

/** Spacing and type sizes at a pixel ratio of 1 (CSS pixels). */
const METRICS = {
  padding: 12,
  legendPadding: 8,
  columnGap: 16,
  minColumnWidth: 280,
  maxColumns: 6,
  titleFont: 18,
  titleLine: 24,
  labelFont: 12,
  row: 20,
  footerFont: 11,
  footerLine: 15,
  swatchWidth: 28,
  swatchHeight: 12,
  swatchGap: 8,
} as const;

/**
 * Where everything goes: the title band, the map at `size` (drawn 1:1 when `size` is the map
 * canvas's own size), the legend box in columns under it, then the footer. Stacked, so nothing
 * overlaps whatever the width. In the legend each heading has a row of its own.
 */
export function layoutExport(
  size: ExportSize,
  legend: number | readonly { kind: LegendKind }[],
  lines: { title?: number; footer?: number; widestLabel?: number } = {},
): ExportLayout {
  const scale = size.pixelRatio && size.pixelRatio > 0 ? size.pixelRatio : 1;
  const m = (value: number) => value * scale;
  const width = Math.max(1, Math.round(size.width));
  const mapHeight = Math.max(1, Math.round(size.height));
  const padding = m(METRICS.padding);
  const inner = width - 2 * padding;
  const titleLines = Math.max(1, lines.title ?? 1);
  const footerLines = Math.max(1, lines.footer ?? 2);

  const title = { x: padding, y: padding, width: inner, height: titleLines * m(METRICS.titleLine) };
  const map = { x: 0, y: title.y + title.height + padding, width, height: mapHeight };

  const kinds: { kind: LegendKind }[] =
    typeof legend === 'number'
      ? Array.from({ length: legend }, () => ({ kind: 'fill' }))
      : [...legend];
  const boxInner = inner - 2 * m(METRICS.legendPadding);
  const gap = m(METRICS.columnGap);
  // A column is wide enough for the widest label (measured by the caller), so none is cut short.
  const labelColumn = (lines.widestLabel ?? 0) + m(METRICS.swatchWidth + METRICS.swatchGap);
  const minColumn = Math.max(m(METRICS.minColumnWidth), labelColumn);
  const columns = Math.min(
    METRICS.maxColumns,
    Math.max(1, Math.floor((boxInner + gap) / (minColumn + gap))),
  );
  const columnWidth = (boxInner - (columns - 1) * gap) / columns;
  const row = m(METRICS.row);
  const boxTop = map.y + map.height + padding;
  const cellsTop = boxTop + m(METRICS.legendPadding);
  const left = padding + m(METRICS.legendPadding);

  const cells: LegendCell[] = [];
  let rowIndex = 0;
  let column = 0;
  kinds.forEach(({ kind }, index) => {
    if (kind === 'heading') {
      if (column > 0) rowIndex += 1;
      cells.push({ index, x: left, y: cellsTop + rowIndex * row, width: boxInner, height: row });
      rowIndex += 1;
      column = 0;
      return;
    }
    cells.push({
      index,
      x: left + column * (columnWidth + gap),
      y: cellsTop + rowIndex * row,
      width: columnWidth,
      height: row,
    });
    column += 1;
    if (column === columns) {
      column = 0;
      rowIndex += 1;
    }
  });
  const rows = rowIndex + (column > 0 ? 1 : 0);
  const legendBox =
    rows === 0
      ? null
      : { x: padding, y: boxTop, width: inner, height: rows * row + 2 * m(METRICS.legendPadding) };

  const footerTop = (legendBox ? legendBox.y + legendBox.height : map.y + map.height) + padding;
  const footer = {
    x: padding,
    y: footerTop,
    width: inner,
    height: footerLines * m(METRICS.footerLine),
  };
  return {
    width,
    height: Math.ceil(footer.y + footer.height + padding),
    scale,
    padding,
    title,
    map,
    legend: legendBox,
    columns,
    cells,
    footer,
    font: {
      title: m(METRICS.titleFont),
      label: m(METRICS.labelFont),
      footer: m(METRICS.footerFont),
    },
    lineHeight: { title: m(METRICS.titleLine), row, footer: m(METRICS.footerLine) },
    swatch: {
      width: m(METRICS.swatchWidth),
      height: m(METRICS.swatchHeight),
      gap: m(METRICS.swatchGap),
    },
  };
}

/**
 * Greedy word wrap at `maxWidth`; a word wider than a line (a long URL) is broken between
 * characters. `measure` returns a string's width in the font it will be drawn in.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  const pushWord = (word: string) => {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      return;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (measure(rest) > maxWidth && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) pushWord(word);
  if (line) lines.push(line);
  return lines;
}

/** `text` shortened with an ellipsis to fit `maxWidth`. */
export function fitText(text: string, maxWidth: number, measure: (text: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  let end = text.length;
  while (end > 0 && measure(`${text.slice(0, end).trimEnd()}…`) > maxWidth) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** The 2D-context calls the composer makes; CanvasRenderingContext2D has them all. */
export interface ExportContext {
  font: string;
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  lineCap: CanvasLineCap;
  textBaseline: CanvasTextBaseline;
  textAlign: CanvasTextAlign;
  // Method syntax on purpose: the browser's drawImage takes more image types than a fake does.
  drawImage(image: ExportImage, dx: number, dy: number, dw: number, dh: number): void;
  fillRect(x: number, y: number, width: number, height: number): void;
  strokeRect(x: number, y: number, width: number, height: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, radius: number, start: number, end: number): void;
  rect(x: number, y: number, width: number, height: number): void;
  fill(): void;
  stroke(): void;
  clip(): void;
  save(): void;
  restore(): void;
  setLineDash(segments: number[]): void;
}

/** A canvas the composer can draw on and encode (HTMLCanvasElement fits). */
export interface ExportCanvas {
  width: number;
  height: number;
  getContext(type: '2d'): ExportContext | null;
  toBlob(callback: (blob: Blob | null) => void, type?: string): void;
}

/** Something drawImage can draw: the map's canvas, or a canvas copied from it. */
export type ExportImage = CanvasImageSource | ExportCanvas;

/** The map canvas (or a copy of it) with its size in image pixels. */
export type MapImage = ExportImage & { width: number; height: number };

export type CreateCanvas = (width: number, height: number) => ExportCanvas;

/** A fresh <canvas>; browsers only. */
export const createDomCanvas: CreateCanvas = (width, height) => {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
};

/** Waits for the page's Noto Sans faces the text needs (canvas text does not load fonts). */
async function loadPageFonts(text: string): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  try {
    await Promise.all(
      ['400', '600'].map((weight) => document.fonts.load(`${weight} 12px ${FONT_FAMILY}`, text)),
    );
  } catch {
    // A missing face falls back to sans-serif; the image is still worth having.
  }
}

function context2d(canvas: ExportCanvas): ExportContext {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas context');
  return ctx;
}

function font(weight: 400 | 600, size: number): string {
  return `${weight} ${size}px ${FONT_FAMILY}`;
}

export interface ComposeOptions {
  /** The map's pixels; a WebGL canvas only while it renders (see captureMapCanvas). */
  mapCanvas: MapImage;
  legend: readonly LegendEntry[];
  title: string;
  citation: string;
  /** A line under the citation, e.g. the borders' source. */
  attribution?: string;
  /** The dataset's version and dates, a line of its own under the citation. */
  dataset?: string;
  /** Texts written into the file (lib/export/png-text.ts), by PNG keyword. */
  text?: Readonly<Record<string, string>>;
  /** Size of the map in the image; defaults to the map canvas's size (drawn 1:1). */
  width?: number;
  height?: number;
  /** Device pixels per CSS pixel of the map canvas; scales text. */
  pixelRatio?: number;
  createCanvas?: CreateCanvas;
  loadFonts?: (text: string) => Promise<void>;
}

function drawSwatch(ctx: ExportContext, entry: LegendEntry, box: Rect, scale: number): void {
  const midY = box.y + box.height / 2;
  ctx.save();
  switch (entry.kind) {
    case 'fill': {
      ctx.fillStyle = entry.color;
      ctx.fillRect(box.x, box.y, box.width, box.height);
      if (entry.hatched) {
        ctx.beginPath();
        ctx.rect(box.x, box.y, box.width, box.height);
        ctx.clip();
        ctx.strokeStyle = HATCH_COLOR;
        ctx.lineWidth = 1.5 * scale;
        ctx.beginPath();
        const step = 5 * scale;
        for (let x = box.x - box.height; x < box.x + box.width + box.height; x += step) {
          ctx.moveTo(x, box.y + box.height);
          ctx.lineTo(x + box.height, box.y);
        }
        ctx.stroke();
      }
      ctx.restore();
      ctx.save();
      ctx.strokeStyle = entry.outline?.color ?? 'rgba(17, 24, 39, 0.35)';
      ctx.lineWidth = (entry.outline ? 1.2 : 1) * scale;
      ctx.setLineDash(entry.outline ? entry.outline.dash.map((d) => d * 1.2 * scale) : []);
      ctx.strokeRect(box.x, box.y, box.width, box.height);
      break;
    }
    case 'line': {
      ctx.strokeStyle = entry.color;
      ctx.lineWidth = entry.width * scale;
      ctx.lineCap = entry.layer === 'ties' ? 'round' : 'butt';
      ctx.setLineDash(entry.dash ? entry.dash.map((d) => d * entry.width * scale) : []);
      ctx.beginPath();
      ctx.moveTo(box.x + 2 * scale, midY);
      ctx.lineTo(box.x + box.width - 2 * scale, midY);
      ctx.stroke();
      break;
    }
    case 'ring': {
      ctx.fillStyle = entry.fill;
      ctx.strokeStyle = entry.stroke;
      ctx.lineWidth = 2.5 * scale;
      ctx.beginPath();
      ctx.arc(box.x + box.width / 2, midY, box.height / 2 - scale, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
      break;
    }
    case 'symbol': {
      // As the map draws a minerals point: a ringed circle with the symbol in it.
      const radius = box.height / 2 + 2 * scale;
      const x = box.x + box.width / 2;
      ctx.fillStyle = entry.fill;
      ctx.strokeStyle = entry.stroke;
      ctx.lineWidth = 2 * scale;
      ctx.beginPath();
      ctx.arc(x, midY, radius, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
      let size = 9 * scale;
      ctx.font = font(600, size);
      while (size > 5 * scale && ctx.measureText(entry.symbol).width > 2 * radius + 4 * scale) {
        size -= 0.5 * scale;
        ctx.font = font(600, size);
      }
      ctx.fillStyle = TEXT_COLOR;
      ctx.textAlign = 'center';
      ctx.fillText(entry.symbol, x, midY);
      break;
    }
    case 'heading':
      break;
  }
  ctx.restore();
}

/**
 * Draws the image and encodes it as PNG. `mapCanvas` must hold the map's pixels when this is
 * called: pass a copy made by captureMapCanvas, not MapLibre's live canvas.
 */
export async function composeMapPng({
  mapCanvas,
  legend,
  title,
  citation,
  attribution,
  dataset,
  text,
  width = mapCanvas.width,
  height = mapCanvas.height,
  pixelRatio = 1,
  createCanvas = createDomCanvas,
  loadFonts = loadPageFonts,
}: ComposeOptions): Promise<Blob> {
  await loadFonts(
    [title, citation, attribution ?? '', dataset ?? '', ...legend.map((e) => e.label)].join(' '),
  );
  const probe = layoutExport({ width, height, pixelRatio }, legend);
  const canvas = createCanvas(probe.width, probe.height);
  const ctx = context2d(canvas);

  // Text is measured first: how many lines it wraps to decides the layout's height.
  const measureIn = (f: string) => (text: string) => {
    ctx.font = f;
    return ctx.measureText(text).width;
  };
  const titleLines = wrapText(title, probe.title.width, measureIn(font(600, probe.font.title)));
  const footerMeasure = measureIn(font(400, probe.font.footer));
  const citationLines = [citation, dataset ?? ''].flatMap((text) =>
    wrapText(text, probe.footer.width, footerMeasure),
  );
  const attributionLines = attribution
    ? wrapText(attribution, probe.footer.width, footerMeasure)
    : [];
  const labelMeasure = measureIn(font(400, probe.font.label));
  const layout = layoutExport({ width, height, pixelRatio }, legend, {
    title: titleLines.length,
    footer: citationLines.length + attributionLines.length,
    widestLabel: Math.max(
      0,
      ...legend.flatMap((e) => (e.kind === 'heading' ? [] : [labelMeasure(e.label)])),
    ),
  });
  // Resizing keeps the canvas's one context and resets its state.
  canvas.width = layout.width;
  canvas.height = layout.height;

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';

  ctx.fillStyle = TEXT_COLOR;
  ctx.font = font(600, layout.font.title);
  titleLines.forEach((line, i) =>
    ctx.fillText(line, layout.title.x, layout.title.y + (i + 0.5) * layout.lineHeight.title),
  );

  ctx.drawImage(mapCanvas, layout.map.x, layout.map.y, layout.map.width, layout.map.height);

  if (layout.legend) {
    ctx.strokeStyle = LEGEND_BORDER;
    ctx.lineWidth = layout.scale;
    ctx.strokeRect(layout.legend.x, layout.legend.y, layout.legend.width, layout.legend.height);
    const { swatch } = layout;
    for (const cell of layout.cells) {
      const entry = legend[cell.index];
      if (!entry) continue;
      const midY = cell.y + cell.height / 2;
      if (entry.kind === 'heading') {
        ctx.fillStyle = TEXT_COLOR;
        ctx.font = font(600, layout.font.label);
        ctx.fillText(fitText(entry.label, cell.width, measureIn(ctx.font)), cell.x, midY);
        continue;
      }
      const box = { x: cell.x, y: midY - swatch.height / 2, ...swatch };
      drawSwatch(ctx, entry, box, layout.scale);
      const labelX = cell.x + swatch.width + swatch.gap;
      ctx.fillStyle = TEXT_COLOR;
      ctx.font = font(400, layout.font.label);
      const label = fitText(entry.label, cell.x + cell.width - labelX, measureIn(ctx.font));
      ctx.fillText(label, labelX, midY);
    }
  }

  ctx.font = font(400, layout.font.footer);
  [...citationLines, ...attributionLines].forEach((line, i) => {
    ctx.fillStyle = i < citationLines.length ? TEXT_COLOR : MUTED_TEXT_COLOR;
    ctx.fillText(line, layout.footer.x, layout.footer.y + (i + 0.5) * layout.lineHeight.footer);
  });

  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded'))),
      'image/png',
    ),
  );
  if (!text) return blob;
  const bytes = withPngText(new Uint8Array(await blob.arrayBuffer()), text);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}

/** The parts of a MapLibre map the capture uses. */
export interface CapturableMap {
  once(type: 'render' | 'idle', listener: () => void): unknown;
  triggerRepaint(): void;
  getCanvas(): MapImage & { clientWidth?: number; clientHeight?: number };
  /** The camera, which a capture widens for a moment (captureAtScale) and then restores. */
  getZoom?(): number;
  getCenter?(): { lng: number; lat: number };
  jumpTo?(
    camera: { center?: { lng: number; lat: number }; zoom?: number },
    eventData?: object,
  ): unknown;
  /** Device pixels per CSS pixel the map draws at; a capture at another scale redraws at it. */
  getPixelRatio?(): number;
  setPixelRatio?(pixelRatio: number): void;
  /** Draws a frame now (MapLibre's `redraw`), for a copy taken synchronously (printing). */
  redraw?(): unknown;
}

export interface CaptureOptions {
  createCanvas?: CreateCanvas;
  /** Give up when no frame is rendered within this time (the map was removed, the tab hidden). */
  timeoutMs?: number;
  /** CSS pixels of map kept around the on-screen view (captureAtScale); CAPTURE_MARGIN_PX. */
  margin?: number;
}

/** A copy of the map's pixels and the map canvas's device pixel ratio. */
export interface MapCapture {
  canvas: ExportCanvas;
  pixelRatio: number;
}

/**
 * Copies the map's pixels: asks for a repaint and, in the `render` event of that frame (before
 * the browser composites and clears the WebGL buffer), draws the map canvas onto a 2D canvas,
 * synchronously.
 */
export function captureMapCanvas(
  map: CapturableMap,
  { createCanvas = createDomCanvas, timeoutMs = 5000 }: CaptureOptions = {},
): Promise<MapCapture> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      reject(new Error('The map did not render a frame to capture'));
    }, timeoutMs);
    map.once('render', () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      try {
        const source = map.getCanvas();
        const copy = createCanvas(source.width, source.height);
        context2d(copy).drawImage(source, 0, 0, source.width, source.height);
        const pixelRatio = source.clientWidth ? source.width / source.clientWidth : 1;
        resolve({ canvas: copy, pixelRatio });
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    map.triggerRepaint();
  });
}

/** Resolves on the map's next `idle` event, or after `timeoutMs` (a busy map is still drawn). */
function nextIdle(map: CapturableMap, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * CSS pixels of map kept around the on-screen view in a capture. What the screen's edge cuts (a
 * minerals marker is at most 14 px across its ring, an arc end, a short label) is whole in the
 * image: a point on the edge lands this far inside it.
 */
export const CAPTURE_MARGIN_PX = 40;

/**
 * How far to zoom out so the on-screen view of `width` × `height` CSS pixels fits inside the same
 * canvas with `margin` pixels around it (0 when the map is too small to spare them).
 */
export function marginZoomOut(width: number, height: number, margin: number): number {
  const shrink = Math.min((width - 2 * margin) / width, (height - 2 * margin) / height);
  return margin > 0 && shrink > 0.5 ? -Math.log2(shrink) : 0;
}

/**
 * Zooms the map out (same centre) so the view on screen sits inside the canvas with `margin`
 * pixels around it; returns the function that puts the camera back. Both moves carry
 * EXPORT_CAMERA_EVENT, so the map does not report them to the link.
 */
function widenCamera(map: CapturableMap, margin: number): (() => void) | null {
  const { clientWidth: width, clientHeight: height } = map.getCanvas();
  if (!map.getZoom || !map.getCenter || !map.jumpTo || !width || !height) return null;
  const out = marginZoomOut(width, height, margin);
  if (out === 0) return null;
  const zoom = map.getZoom();
  const center = map.getCenter();
  map.jumpTo({ zoom: zoom - out }, EXPORT_CAMERA_EVENT);
  return () => map.jumpTo?.({ center, zoom }, EXPORT_CAMERA_EVENT);
}

/**
 * captureMapCanvas at `scale` device pixels per CSS pixel, with `margin` CSS pixels of map around
 * the on-screen view: the map redraws at that pixel ratio (sharper, not just enlarged) and a
 * little zoomed out, is copied once idle, and goes back to its own ratio and camera.
 */
export async function captureAtScale(
  map: CapturableMap,
  scale: number | undefined,
  options: CaptureOptions = {},
): Promise<MapCapture> {
  const own = map.getPixelRatio?.();
  const rescale =
    scale !== undefined && own !== undefined && own !== scale && map.setPixelRatio !== undefined;
  const restoreCamera = widenCamera(map, options.margin ?? CAPTURE_MARGIN_PX);
  if (rescale) map.setPixelRatio?.(scale);
  try {
    if (rescale || restoreCamera) await nextIdle(map, options.timeoutMs ?? 5000);
    return await captureMapCanvas(map, options);
  } finally {
    if (rescale && own !== undefined) map.setPixelRatio?.(own);
    restoreCamera?.();
  }
}

/** captureAtScale, then composeMapPng on the copy: the PNG of the map as it is now. */
export async function captureAndCompose(
  map: CapturableMap,
  options: Omit<ComposeOptions, 'mapCanvas' | 'pixelRatio'> &
    Pick<CaptureOptions, 'timeoutMs'> & { scale?: number },
): Promise<Blob> {
  const { timeoutMs, scale, ...compose } = options;
  const capture = await captureAtScale(map, scale, {
    createCanvas: options.createCanvas,
    timeoutMs,
  });
  return composeMapPng({
    ...compose,
    mapCanvas: capture.canvas,
    pixelRatio: capture.pixelRatio,
  });
}
