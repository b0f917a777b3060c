import type { Geometry, Position } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { STAGE_RING, TIE_STYLE } from '@/lib/map-style';
import { ACCORDS_STATUSES } from '@/lib/data/enums';
import { loadDataset } from '@/lib/data/load';
import { DATASET_ISO3, sourcesById } from '@/lib/data/queries';
import { tieOn } from '@/lib/data/status';
import { exportFileName } from '@/lib/export/file-name';
import {
  DATA_LAYERS,
  type ExportView,
  toRfc7946Line,
  type VisibleLayersGeoJson,
  visibleLayersGeoJson,
} from '@/lib/export/geojson';
import {
  type CapturableMap,
  captureAndCompose,
  captureAtScale,
  type ExportCanvas,
  type ExportContext,
  type ExportImage,
  layoutExport,
  marginZoomOut,
  type Rect,
  wrapText,
} from '@/lib/export/png';
import { isExportCameraEvent } from '@/lib/export/export-camera';
import { type LegendEntry, legendEntries } from '@/lib/layer-registry';
import { diagnoseLink } from '@/lib/link-diagnosis';
import { embassyPoints, mineralPoints, tieArcs } from '@/lib/map-layers';
import { LAYER_IDS, linkScope } from '@/lib/search-params';
import { shareTranslator } from '@/lib/i18n/translator';
import { viewTitle } from '@/lib/share';
import { STATUS_STYLE } from '@/lib/status-style';

const data = loadDataset();
const viewOf = (query: string): ExportView =>
  diagnoseLink(new URLSearchParams(query), linkScope(data)).view;
const URL_OF_VIEW = 'http://localhost:3000/?country=KAZ';
const translate = shareTranslator('en');
const t = (key: string) => translate(key);

// --- GeoJSON --------------------------------------------------------------------------------

function expectPosition(position: Position) {
  expect(position).toHaveLength(2);
  const [lon, lat] = position as [number, number];
  expect(Number.isFinite(lon) && Number.isFinite(lat)).toBe(true);
  expect(lon).toBeGreaterThanOrEqual(-180);
  expect(lon).toBeLessThanOrEqual(180);
  expect(lat).toBeGreaterThanOrEqual(-90);
  expect(lat).toBeLessThanOrEqual(90);
}

function expectLine(line: Position[]) {
  expect(line.length).toBeGreaterThanOrEqual(2);
  line.forEach(expectPosition);
}

function expectRing(ring: Position[]) {
  expect(ring.length).toBeGreaterThanOrEqual(4);
  expect(ring.at(-1)).toEqual(ring[0]);
  ring.forEach(expectPosition);
}

function expectGeometry(geometry: Geometry) {
  switch (geometry.type) {
    case 'Point':
      return expectPosition(geometry.coordinates);
    case 'LineString':
      return expectLine(geometry.coordinates);
    case 'MultiLineString':
      expect(geometry.coordinates.length).toBeGreaterThanOrEqual(1);
      return geometry.coordinates.forEach(expectLine);
    case 'Polygon':
      return geometry.coordinates.forEach(expectRing);
    case 'MultiPolygon':
      return geometry.coordinates.forEach((polygon) => polygon.forEach(expectRing));
    default:
      throw new Error(`Unexpected geometry type ${geometry.type}`);
  }
}

/** RFC 7946 structure, [lon, lat] in range, and what every exported feature must carry. */
function expectValidGeoJson(collection: VisibleLayersGeoJson, view: ExportView) {
  const parsed = JSON.parse(JSON.stringify(collection)) as VisibleLayersGeoJson;
  expect(parsed).toEqual(collection);
  expect(parsed.type).toBe('FeatureCollection');
  expect(Array.isArray(parsed.features)).toBe(true);
  const ids = new Set<unknown>();
  for (const feature of parsed.features) {
    expect(feature.type).toBe('Feature');
    expect(feature.geometry).toBeTruthy();
    expectGeometry(feature.geometry);
    expect(typeof feature.properties).toBe('object');
    expect(DATA_LAYERS).toContain(feature.properties.layer);
    expect(view.layers).toContain(feature.properties.layer);
    for (const url of feature.properties.sources) expect(url).toMatch(/^https?:\/\//);
    ids.add(feature.id);
  }
  expect(ids.size).toBe(parsed.features.length);
  expect(parsed.metadata).toMatchObject({
    title: viewTitle(data, view, translate),
    datasetVersion: data.meta.version,
    asOf: data.meta.asOf,
    date: view.date,
    url: URL_OF_VIEW,
    layers: view.layers,
    sources: 'see properties.sources',
  });
  expect(parsed.metadata.attribution).toContain('Natural Earth');
}

function countsByLayer(collection: VisibleLayersGeoJson) {
  const counts: Record<string, number> = {};
  for (const f of collection.features)
    counts[f.properties.layer] = (counts[f.properties.layer] ?? 0) + 1;
  return counts;
}

/** What the map draws for a view, per exported layer (lib/map-layers.ts). */
function mapCounts(view: ExportView) {
  const drawn = {
    accords: DATASET_ISO3.length,
    ties: tieArcs(data, view.date, { country: view.country, pair: view.pair }).features.length,
    minerals: mineralPoints(data, view.date).features.length,
    embassies: embassyPoints(data, view.date).features.length,
  };
  return Object.fromEntries(
    Object.entries(drawn).filter(([layer]) => view.layers.includes(layer as never)),
  );
}

describe('visibleLayersGeoJson', () => {
  const VIEWS = {
    default: '',
    'no layers': 'layers=none',
    country: 'country=KAZ',
    pair: 'pair=ISR~KAZ',
    'minerals only': 'layers=minerals',
    'every layer, early date': 'date=2020-09-20&layers=accords~ties~minerals~embassies~c5~disputed',
  };

  it.each(Object.entries(VIEWS))('is valid GeoJSON with the map’s features: %s', (_, query) => {
    const view = viewOf(query);
    const collection = visibleLayersGeoJson(data, view, { url: URL_OF_VIEW, t: translate });
    expectValidGeoJson(collection, view);
    expect(countsByLayer(collection)).toEqual(
      Object.fromEntries(Object.entries(mapCounts(view)).filter(([, n]) => n > 0)),
    );
    expect(collection.metadata.counts).toEqual(mapCounts(view));
  });

  it('has no features and no layers for layers=none', () => {
    const collection = visibleLayersGeoJson(data, viewOf('layers=none'), {
      url: URL_OF_VIEW,
      t: translate,
    });
    expect(collection.features).toEqual([]);
    expect(collection.metadata.layers).toEqual([]);
    expect(collection.metadata.notes).toEqual([]);
  });

  it('says why C5+1 and disputed areas have no features', () => {
    const view = viewOf('layers=c5~disputed');
    const collection = visibleLayersGeoJson(data, view, { url: URL_OF_VIEW, t: translate });
    expect(collection.features).toEqual([]);
    expect(collection.metadata.notes).toHaveLength(2);
    expect(collection.metadata.notes.join(' ')).toMatch(/C5\+1.*disputed/);
  });

  it('gives Accords status at capitals and says outlines are not included', () => {
    const collection = visibleLayersGeoJson(data, viewOf('layers=accords'), {
      url: URL_OF_VIEW,
      t: translate,
    });
    expect(collection.features.map((f) => f.geometry.type)).toEqual(
      DATASET_ISO3.map(() => 'Point'),
    );
    const isr = collection.features.find((f) => f.id === 'accords:ISR')!.properties;
    expect(isr).toMatchObject({ layer: 'accords', iso3: 'ISR', geometry: 'capital' });
    expect(isr.sources.length).toBeGreaterThan(0);
    expect(collection.metadata.notes.join(' ')).toMatch(/capital.*not repeated/);
  });

  it('lists the sources of the events and statements behind a tie', () => {
    const view = viewOf('pair=ISR~KAZ&layers=ties');
    const [feature] = visibleLayersGeoJson(data, view, { url: URL_OF_VIEW, t: translate }).features;
    expect(feature?.properties).toMatchObject({ layer: 'ties', pair: 'ISR~KAZ', selected: true });
    const tie = tieOn(data, 'ISR', 'KAZ', view.date);
    const eventSources = tie.relations.eventIds.flatMap(
      (id) => data.events.find((e) => e.id === id)!.sources,
    );
    expect(eventSources.length).toBeGreaterThan(0);
    for (const source of sourcesById(data, eventSources)) {
      expect(feature?.properties.sources).toContain(source.url);
    }
  });

  it('lists a minerals project’s own sources', () => {
    const collection = visibleLayersGeoJson(data, viewOf('layers=minerals'), {
      url: URL_OF_VIEW,
      t: translate,
    });
    for (const feature of collection.features) {
      const project = data.minerals.projects.find((p) => `minerals:${p.id}` === feature.id)!;
      expect(feature.properties.sources).toEqual(
        sourcesById(data, project.sources).map((s) => s.url),
      );
    }
  });

  it('uses country outlines when given, shifted into [-180, 180], else the capital', () => {
    const square = (lon: number, lat: number): Position[][] => [
      [
        [lon, lat],
        [lon + 5, lat],
        [lon + 5, lat + 5],
        [lon, lat + 5],
        [lon, lat],
      ],
    ];
    const view = viewOf('layers=accords');
    const collection = visibleLayersGeoJson(data, view, {
      url: URL_OF_VIEW,
      t: translate,
      countries: {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { iso3: 'KAZ' },
            geometry: { type: 'Polygon', coordinates: square(60, 45) },
          },
          // Unwrapped onto the western world copy, as the map draws Chukotka-like rings.
          {
            type: 'Feature',
            properties: { iso3: 'UZB' },
            geometry: { type: 'Polygon', coordinates: square(-300, 40) },
          },
          // Straddles 180°: it would need cutting, so the capital point is used.
          {
            type: 'Feature',
            properties: { iso3: 'USA' },
            geometry: { type: 'Polygon', coordinates: square(178, 50) },
          },
        ],
      },
    });
    expectValidGeoJson(collection, view);
    const byId = (id: string) => collection.features.find((f) => f.id === id)!;
    expect(byId('accords:KAZ').geometry).toEqual({ type: 'Polygon', coordinates: square(60, 45) });
    expect(byId('accords:UZB').geometry).toEqual({ type: 'Polygon', coordinates: square(60, 40) });
    expect(byId('accords:USA').geometry.type).toBe('Point');
    expect(byId('accords:USA').properties).toMatchObject({ geometry: 'capital' });
    expect(collection.metadata.notes.join(' ')).toMatch(/outline/);
  });
});

describe('toRfc7946Line', () => {
  it('splits a line crossing 180° into two parts that meet on the antimeridian', () => {
    expect(
      toRfc7946Line([
        [170, 0],
        [190, 10],
        [200, 10],
      ]),
    ).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [170, 0],
          [180, 5],
        ],
        [
          [-180, 5],
          [-170, 10],
          [-160, 10],
        ],
      ],
    });
  });

  it('keeps a line inside [-180, 180] as one LineString', () => {
    expect(
      toRfc7946Line([
        [10, 1],
        [20, 2],
      ]),
    ).toEqual({
      type: 'LineString',
      coordinates: [
        [10, 1],
        [20, 2],
      ],
    });
  });
});

describe('exportFileName', () => {
  it('names the day and the selection', () => {
    expect(exportFileName(viewOf('date=2021-01-02'), 'png')).toBe('accords-atlas-2021-01-02.png');
    expect(exportFileName(viewOf('date=2021-01-02&country=kaz'), 'csv')).toBe(
      'accords-atlas-2021-01-02-kaz.csv',
    );
    expect(exportFileName(viewOf('date=2021-01-02&pair=KAZ~ISR'), 'geojson')).toBe(
      'accords-atlas-2021-01-02-isr-kaz.geojson',
    );
  });
});

// --- Legend and layout ----------------------------------------------------------------------

describe('legendEntries', () => {
  const layersOf = (entries: LegendEntry[]) => [...new Set(entries.map((e) => e.layer))];

  it('has nothing for no visible layer', () => {
    expect(legendEntries({ layers: [] }, t)).toEqual([]);
  });

  it('follows the visible layers, in the layer panel’s order', () => {
    expect(layersOf(legendEntries({ layers: ['minerals', 'accords'] }, t))).toEqual([
      'accords',
      'minerals',
    ]);
    expect(layersOf(legendEntries({ layers: [...LAYER_IDS] }, t))).toEqual([...LAYER_IDS]);
  });

  it('gives every status its map fill, hatching announced-not-done ones', () => {
    const entries = legendEntries({ layers: ['accords'] }, t);
    expect(entries[0]).toEqual({ kind: 'heading', layer: 'accords', label: 'Accords status' });
    const fills = entries.slice(1, 1 + ACCORDS_STATUSES.length);
    expect(fills).toEqual(
      ACCORDS_STATUSES.map((status) => ({
        kind: 'fill',
        layer: 'accords',
        label: t(`status.${status}`),
        color: STATUS_STYLE[status].fill,
        hatched: ['talks-reported', 'announced', 'accession-announced'].includes(status),
        detail: t(`statusDefinition.${status}`),
      })),
    );
    expect(entries.at(-1)).toMatchObject({
      kind: 'fill',
      hatched: true,
      label: t('layers.announcedHatch'),
    });
  });

  it('draws tie levels with the arcs’ colours, widths and dashes', () => {
    const lines = legendEntries({ layers: ['ties'] }, t).filter((e) => e.kind === 'line');
    expect(lines.map((e) => [e.color, e.width])).toEqual(
      Object.values(TIE_STYLE).map((s) => [s.color, s.width]),
    );
    expect(lines.map((e) => e.dash)).toEqual([null, null, [2, 1], null, [0.5, 1.5]]);
  });

  it('rings minerals by stage colour', () => {
    const entries = legendEntries({ layers: ['minerals'] }, t);
    expect(entries.map((e) => e.kind)).toEqual([
      'heading',
      ...Object.keys(STAGE_RING).map(() => 'ring'),
    ]);
    expect(entries.slice(1).map((e) => (e.kind === 'ring' ? e.stroke : null))).toEqual(
      Object.values(STAGE_RING),
    );
  });

  it('puts one-entry layers under a heading of their own after the headed groups', () => {
    const entries = legendEntries({ layers: ['minerals', 'embassies', 'c5', 'disputed'] }, t);
    expect(entries.map((e) => e.kind)).toEqual([
      'heading',
      ...Object.keys(STAGE_RING).map(() => 'ring'),
      'heading',
      'ring',
      'line',
      'fill',
    ]);
    expect(entries[1 + Object.keys(STAGE_RING).length]).toMatchObject({ label: 'Also on the map' });
    expect(legendEntries({ layers: ['c5', 'disputed'] }, t).map((e) => e.kind)).toEqual([
      'line',
      'fill',
    ]);
  });

  it('has a translated label for every entry', () => {
    for (const entry of legendEntries({ layers: [...LAYER_IDS] }, t)) {
      expect(entry.label).not.toMatch(/^[a-z]+\.[a-zA-Z.-]+$/);
      expect(entry.label.length).toBeGreaterThan(2);
    }
  });
});

const bottom = (r: Rect) => r.y + r.height;
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutExport', () => {
  const allEntries = legendEntries({ layers: [...LAYER_IDS] }, t);
  const widths = Array.from({ length: (2400 - 600) / 50 + 1 }, (_, i) => 600 + i * 50);

  it.each([1, 1.5, 2])(
    'stacks title, map, legend and citation without overlap, 600–2400 px wide (ratio %s)',
    (pixelRatio) => {
      for (const width of widths) {
        for (const legend of [allEntries, 5, 0]) {
          for (const footer of [1, 3]) {
            const size = { width, height: Math.round(width * 0.6), pixelRatio };
            const layout = layoutExport(size, legend, { title: 2, footer });
            const context = `${width}px, legend ${typeof legend === 'number' ? legend : 'all'}`;
            expect(layout.width, context).toBe(width);
            expect(layout.map, context).toEqual({
              x: 0,
              y: layout.map.y,
              width,
              height: size.height,
            });
            expect(bottom(layout.title), context).toBeLessThanOrEqual(layout.map.y);
            const legendBox = layout.legend;
            if (legendBox) {
              expect(bottom(layout.map), context).toBeLessThanOrEqual(legendBox.y);
              expect(overlaps(legendBox, layout.footer), context).toBe(false);
              expect(bottom(legendBox), context).toBeLessThanOrEqual(layout.footer.y);
              expect(legendBox.x + legendBox.width, context).toBeLessThanOrEqual(width);
            } else {
              expect(legend === 0, context).toBe(true);
              expect(bottom(layout.map), context).toBeLessThanOrEqual(layout.footer.y);
            }
            expect(bottom(layout.footer), context).toBeLessThanOrEqual(layout.height);
            expect(layout.footer.x + layout.footer.width, context).toBeLessThanOrEqual(width);
            const count = typeof legend === 'number' ? legend : legend.length;
            expect(layout.cells, context).toHaveLength(count);
            layout.cells.forEach((cell, i) => {
              expect(legendBox && cell.x >= legendBox.x && cell.y >= legendBox.y, context).toBe(
                true,
              );
              expect(
                legendBox && cell.x + cell.width <= legendBox.x + legendBox.width,
                context,
              ).toBe(true);
              expect(legendBox && bottom(cell) <= bottom(legendBox), context).toBe(true);
              for (const other of layout.cells.slice(i + 1)) {
                expect(overlaps(cell, other), context).toBe(false);
              }
            });
          }
        }
      }
    },
  );

  it('starts each heading on a row of its own', () => {
    const layout = layoutExport({ width: 1600, height: 900 }, allEntries);
    allEntries.forEach((entry, i) => {
      if (entry.kind !== 'heading') return;
      const cell = layout.cells[i]!;
      const sameRow = layout.cells.filter((c) => c.y === cell.y);
      expect(sameRow).toEqual([cell]);
    });
  });

  it('uses more columns on wider images and scales with the pixel ratio', () => {
    expect(layoutExport({ width: 600, height: 400 }, 10).columns).toBe(1);
    expect(layoutExport({ width: 1200, height: 400 }, 10).columns).toBe(3);
    expect(layoutExport({ width: 1200, height: 400, pixelRatio: 2 }, 10).columns).toBe(1);
    expect(layoutExport({ width: 1200, height: 400, pixelRatio: 2 }, 10).font.title).toBe(36);
  });
});

describe('wrapText', () => {
  const measure = (text: string) => text.length * 6;

  it('wraps at word boundaries within the width, losing no word', () => {
    const text = 'Accords Atlas, "Kazakhstan · Accords Atlas", dataset as of 30 November 2025';
    const lines = wrapText(text, 120, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });

  it('breaks a URL longer than a line between characters', () => {
    const url = `https://example.org/?${'country=KAZ&'.repeat(10)}`;
    const lines = wrapText(`See ${url}`, 90, measure);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(90);
    expect(lines.join('').replace(/^See/, '')).toBe(url);
  });
});

// --- Capture and compose --------------------------------------------------------------------

interface DrawCall {
  op: string;
  args: unknown[];
  /** For drawImage: the source's pixels at the time of the call. */
  pixels?: string;
  /** For drawImage: whether the stub map was inside its render callback. */
  duringRender?: boolean;
}

class FakeCanvas implements ExportCanvas {
  calls: DrawCall[] = [];
  pixels = '';
  private readonly context: ExportContext;

  constructor(
    public width: number,
    public height: number,
    renderState: { rendering: boolean },
  ) {
    const calls = this.calls;
    const record =
      (op: string) =>
      (...args: unknown[]) => {
        calls.push({ op, args });
      };
    this.context = {
      font: '',
      fillStyle: '',
      strokeStyle: '',
      lineWidth: 1,
      lineCap: 'butt',
      textBaseline: 'alphabetic',
      textAlign: 'start',
      drawImage: (image: ExportImage, ...rest: number[]) => {
        const source = image as unknown as { pixels?: string };
        this.pixels = source.pixels ?? '';
        calls.push({
          op: 'drawImage',
          args: [image, ...rest],
          pixels: source.pixels,
          duringRender: renderState.rendering,
        });
      },
      fillRect: record('fillRect'),
      strokeRect: record('strokeRect'),
      fillText: (text: string, x: number, y: number) => {
        calls.push({ op: 'fillText', args: [text, x, y, this.context.font] });
      },
      measureText: (text: string) => {
        const size = Number(/(\d+(?:\.\d+)?)px/.exec(this.context.font)?.[1] ?? 10);
        return { width: text.length * size * 0.55 };
      },
      beginPath: record('beginPath'),
      moveTo: record('moveTo'),
      lineTo: record('lineTo'),
      arc: record('arc'),
      rect: record('rect'),
      fill: record('fill'),
      stroke: record('stroke'),
      clip: record('clip'),
      save: record('save'),
      restore: record('restore'),
      setLineDash: record('setLineDash'),
    };
  }

  getContext(): ExportContext {
    return this.context;
  }

  toBlob(callback: (blob: Blob | null) => void, type?: string): void {
    callback(new Blob([`${this.width}x${this.height}`], { type }));
  }
}

/**
 * A map whose canvas holds pixels only while it renders, like MapLibre's WebGL canvas without
 * preserveDrawingBuffer: `once('render', cb)` stores cb, `triggerRepaint()` renders and calls it.
 */
function stubMap({ renders = true } = {}) {
  const renderState = { rendering: false };
  const canvas = { width: 800, height: 500, clientWidth: 400, pixels: '' };
  let listeners: (() => void)[] = [];
  const map = {
    once(type: 'render', listener: () => void) {
      if (type === 'render') listeners.push(listener);
      return map;
    },
    triggerRepaint() {
      if (!renders) return;
      renderState.rendering = true;
      canvas.pixels = 'map pixels';
      const current = listeners;
      listeners = [];
      current.forEach((listener) => listener());
      renderState.rendering = false;
      // The browser composites the frame, and the drawing buffer is cleared.
      canvas.pixels = '';
    },
    getCanvas: () => canvas as unknown as ReturnType<CapturableMap['getCanvas']>,
  };
  const canvases: FakeCanvas[] = [];
  const createCanvas = (width: number, height: number) => {
    const created = new FakeCanvas(width, height, renderState);
    canvases.push(created);
    return created;
  };
  return { map, canvas, canvases, createCanvas };
}

describe('captureAndCompose', () => {
  const legend = legendEntries({ layers: ['accords', 'ties'] }, t);
  const citationText =
    'Accords Atlas, "Kazakhstan · Accords Atlas", dataset as of 30 November 2025, accessed 1 December 2025, http://localhost:3000/?country=KAZ.';
  const compose = (stub: ReturnType<typeof stubMap>, timeoutMs?: number) =>
    captureAndCompose(stub.map, {
      legend,
      title: 'Kazakhstan · Accords Atlas',
      citation: citationText,
      attribution: 'Borders: Natural Earth',
      createCanvas: stub.createCanvas,
      loadFonts: async () => {},
      timeoutMs,
    });

  it('accepts a MapLibre map', () => {
    expectTypeOf<MapLibreMap>().toExtend<CapturableMap>();
  });

  it('copies the map canvas synchronously inside the render callback', async () => {
    const stub = stubMap();
    await compose(stub);
    const [copy] = stub.canvases;
    const draws = copy!.calls.filter((c) => c.op === 'drawImage');
    expect(draws).toHaveLength(1);
    expect(draws[0]).toMatchObject({ pixels: 'map pixels', duringRender: true });
    expect(draws[0]!.args[0]).toBe(stub.canvas);
    expect([copy!.width, copy!.height]).toEqual([800, 500]);
  });

  it('composes from the copy, not from the cleared map canvas', async () => {
    const stub = stubMap();
    const blob = await compose(stub);
    const output = stub.canvases[1]!;
    const draws = output.calls.filter((c) => c.op === 'drawImage');
    expect(draws).toHaveLength(1);
    expect(draws[0]!.args[0]).toBe(stub.canvases[0]);
    expect(output.pixels).toBe('map pixels');
    expect(draws[0]!.args.slice(1)).toEqual([0, expect.any(Number), 800, 500]);
    expect(blob.type).toBe('image/png');
    expect(await blob.text()).toBe(`800x${output.height}`);
  });

  it('draws the title, every legend label and the whole citation, scaled to the pixel ratio', async () => {
    const stub = stubMap();
    await compose(stub);
    const texts = stub.canvases[1]!.calls.filter((c) => c.op === 'fillText');
    const strings = texts.map((c) => c.args[0] as string);
    expect(strings[0]).toBe('Kazakhstan · Accords Atlas');
    expect(texts[0]!.args[3]).toContain('36px');
    for (const entry of legend) expect(strings).toContain(entry.label);
    const footer = strings.slice(1 + legend.length);
    expect(footer.join(' ')).toBe(`${citationText} Borders: Natural Earth`);
  });

  it('fails when the map renders no frame', async () => {
    const stub = stubMap({ renders: false });
    await expect(compose(stub, 20)).rejects.toThrow(/did not render/);
    expect(stub.canvases).toHaveLength(0);
  });
});

describe('captureAtScale', () => {
  /** A stub map that also redraws at another pixel ratio, and goes idle once it has. */
  function scalableMap() {
    const stub = stubMap();
    let ratio = 2;
    const idle: (() => void)[] = [];
    const ratios: number[] = [];
    const map = {
      ...stub.map,
      once(type: 'render' | 'idle', listener: () => void) {
        if (type === 'idle') idle.push(listener);
        else stub.map.once('render', listener);
        return map;
      },
      getPixelRatio: () => ratio,
      setPixelRatio(next: number) {
        ratio = next;
        ratios.push(next);
        stub.canvas.width = 400 * next;
        stub.canvas.height = 250 * next;
        setTimeout(() => idle.splice(0).forEach((listener) => listener()));
      },
    };
    return { ...stub, map, ratios };
  }

  it('redraws the map at the scale asked for, copies it, and restores its own ratio', async () => {
    const stub = scalableMap();
    const capture = await captureAtScale(stub.map, 3, { createCanvas: stub.createCanvas });
    expect([capture.canvas.width, capture.canvas.height]).toEqual([1200, 750]);
    expect(capture.pixelRatio).toBe(3);
    expect(stub.ratios).toEqual([3, 2]);
  });

  it('copies as it is when the map already draws at that scale', async () => {
    const stub = scalableMap();
    const capture = await captureAtScale(stub.map, 2, { createCanvas: stub.createCanvas });
    expect(capture.canvas.width).toBe(800);
    expect(stub.ratios).toEqual([]);
  });
});

describe('the capture’s margin', () => {
  it('zooms out just enough to show the on-screen view with the margin around it', () => {
    // 800 × 500 with 50 px each side: the height limits, 400 of 500 px, so zoom out log2(5/4).
    expect(marginZoomOut(800, 500, 50)).toBeCloseTo(Math.log2(5 / 4), 10);
    expect(marginZoomOut(800, 500, 0)).toBe(0);
    // A map too small to spare the margin is captured as it is.
    expect(marginZoomOut(100, 60, 40)).toBe(0);
  });

  it('widens the camera for the copy and puts it back, both moves marked as the export’s', async () => {
    const stub = stubMap();
    Object.assign(stub.canvas, { clientHeight: 250 });
    const moves: { camera: { zoom?: number; center?: unknown }; marked: boolean }[] = [];
    let zoom = 4;
    const center = { lng: 70, lat: 45 };
    const map = {
      ...stub.map,
      once(type: 'render' | 'idle', listener: () => void) {
        if (type === 'idle') setTimeout(listener);
        else stub.map.once('render', listener);
        return map;
      },
      getZoom: () => zoom,
      getCenter: () => center,
      jumpTo(camera: { zoom?: number; center?: { lng: number; lat: number } }, data?: object) {
        zoom = camera.zoom ?? zoom;
        moves.push({ camera, marked: data !== undefined && isExportCameraEvent(data) });
      },
    };
    await captureAtScale(map, undefined, { createCanvas: stub.createCanvas, margin: 25 });
    // 400 × 250 CSS px with 25 px each side: 200 of 250 px high.
    expect(moves[0]!.camera.zoom).toBeCloseTo(4 - Math.log2(5 / 4), 10);
    expect(moves[1]!.camera).toEqual({ center, zoom: 4 });
    expect(moves.every((move) => move.marked)).toBe(true);
  });
});

describe('the legend’s columns', () => {
  it('are as wide as the widest label, so no label is cut short', () => {
    const rows = Array.from({ length: 6 }, () => ({ kind: 'fill' as const }));
    const narrow = layoutExport({ width: 1200, height: 400 }, rows);
    const wide = layoutExport({ width: 1200, height: 400 }, rows, { widestLabel: 500 });
    expect(narrow.columns).toBe(3);
    expect(wide.columns).toBe(2);
    const labelRoom = wide.cells[0]!.width - wide.swatch.width - wide.swatch.gap;
    expect(labelRoom).toBeGreaterThanOrEqual(500);
  });
});
