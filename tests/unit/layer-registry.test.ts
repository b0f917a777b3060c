import { describe, expect, it } from 'vitest';
import type { DatasetIso3 } from '@/lib/data/enums';
import { loadDataset } from '@/lib/data/load';
import en from '@/lib/i18n/messages/en.json';
import ru from '@/lib/i18n/messages/ru.json';
import {
  type DatasetContext,
  drawingOrder,
  interactiveLayerIds,
  LAYERS,
  type LayerEntry,
  legendEntries,
} from '@/lib/layer-registry';
import { mineralPoints, tieArcs } from '@/lib/map-layers';
import { baseStyle, countryFillLayer, PALETTES, slotOf } from '@/lib/map-style';
import { LAYER_IDS } from '@/lib/search-params';

/** Looks a dotted key up in a message file. */
function message(messages: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);
}

const t = (key: string) => String(message(en, key) ?? key);

/** A throwaway layer: dots at two points, from the dataset, clickable, with one legend row. */
const dots: LayerEntry<'dots'> = {
  id: 'dots',
  style: (palette) => [
    { id: 'test-dots', type: 'circle', paint: { 'circle-color': palette.selected } },
  ],
  below: 'country-label',
  data: {
    from: 'dataset',
    build: () => ({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 0,
          properties: {},
          geometry: { type: 'Point', coordinates: [60, 45] },
        },
      ],
    }),
    states: () => new Map([[0, { shown: true }]]),
  },
  interactive: ['test-dots'],
  legend: () => [{ kind: 'ring', layer: 'dots', label: 'Test dots', fill: '#fff', stroke: '#000' }],
  headed: false,
  messages: { name: 'layers.names.dots', notes: [] },
};
const withDots = { ...LAYERS, dots };

describe('the layer registry', () => {
  it('has an entry for every layer a link can name', () => {
    expect(Object.keys(LAYERS).sort()).toEqual([...LAYER_IDS].sort());
    for (const [id, entry] of Object.entries(LAYERS)) expect(entry.id).toBe(id);
  });

  it('draws in a fixed order (the C5 outline now under the selection outline)', () => {
    expect(drawingOrder()).toEqual([
      'country-fill',
      'accords-hatch',
      'disputed-hatch',
      'country-border',
      'c5-outline',
      'c5-label',
      'disputed-outline',
      'country-selected',
      'country-changed',
      'arc-changed',
      'tie-arcs',
      'mineral-points',
      'mineral-symbols',
      'country-label',
      'embassies',
      'embassy-count',
    ]);
  });

  it('answers the pointer topmost first, countries last', () => {
    expect(interactiveLayerIds()).toEqual([
      'embassies',
      'mineral-points',
      'tie-arcs',
      'country-fill',
    ]);
  });

  it('names every layer and note in both languages', () => {
    for (const entry of Object.values(LAYERS)) {
      for (const key of [entry.messages.name, ...entry.messages.notes]) {
        expect(typeof message(en, key), key).toBe('string');
        expect(typeof message(ru, key), key).toBe('string');
      }
    }
  });

  it('colours countries through feature state, never by matching their codes', () => {
    const paint = JSON.stringify(countryFillLayer(PALETTES.light).paint);
    expect(paint).toContain('feature-state');
    expect(paint).not.toContain('match');
  });
});

describe('a new layer is its registry entry', () => {
  it('gets a slot at its depth in the base style', () => {
    const order = drawingOrder(withDots);
    expect(order.indexOf('test-dots')).toBe(order.indexOf('country-label') - 1);
    const slots = baseStyle(PALETTES.dark, order, {}).layers.map((layer) => layer.id);
    expect(slots).toContain(slotOf('test-dots'));
    expect(slots.indexOf(slotOf('test-dots'))).toBeLessThan(slots.indexOf(slotOf('country-label')));
  });

  it('answers the pointer above the countries', () => {
    const ids = interactiveLayerIds(withDots);
    expect(ids).toContain('test-dots');
    expect(ids.indexOf('test-dots')).toBeLessThan(ids.indexOf('country-fill'));
    expect(ids.indexOf('test-dots')).toBeGreaterThan(ids.indexOf('embassies'));
  });

  it('shows its legend rows on screen and in the PNG when visible, and not when hidden', () => {
    const order = [...LAYER_IDS, 'dots'];
    expect(legendEntries({ layers: ['dots'] }, t, withDots, order)).toEqual([
      { kind: 'ring', layer: 'dots', label: 'Test dots', fill: '#fff', stroke: '#000' },
    ]);
    expect(
      legendEntries({ layers: ['accords'] }, t, withDots, order).map((e) => e.layer),
    ).not.toContain('dots');
  });
});

describe('the exports’ full key (legendEntries with what the map draws)', () => {
  const data = loadDataset();
  const drawnOn = (day: string, country: DatasetIso3 | null = null): DatasetContext => ({
    data,
    day,
    selection: { country, pair: null },
    symbol: (symbol) => `~${symbol}`,
  });
  const all = ['accords', 'ties', 'minerals'];

  it('keys every mineral symbol drawn that day, word symbols in the UI language', () => {
    const day = data.meta.asOf;
    const key = legendEntries({ layers: all }, t, undefined, undefined, drawnOn(day));
    const symbols = key.flatMap((e) => (e.kind === 'symbol' ? [e.symbol] : []));
    const drawn = [...new Set(mineralPoints(data, day).features.map((f) => f.properties.symbol))];
    expect(symbols.map((s) => s.replace('~', '')).sort()).toEqual(drawn.sort());
    expect(key).toContainEqual(expect.objectContaining({ kind: 'symbol', label: 'Tungsten' }));
    // The screen's legend has the symbols in a note instead.
    expect(legendEntries({ layers: all }, t).some((e) => e.kind === 'symbol')).toBe(false);
  });

  it('keys only the statuses, tie levels and stages the map shows that day', () => {
    const early = legendEntries({ layers: all }, t, undefined, undefined, drawnOn('2020-08-01'));
    const labels = early.map((e) => e.label);
    expect(labels).not.toContain(t('status.accession-announced'));
    expect(labels).not.toContain(t('layers.announcedHatch'));
    const late = legendEntries({ layers: all }, t, undefined, undefined, drawnOn(data.meta.asOf));
    expect(late.map((e) => e.label)).toContain(t('status.accession-announced'));
    expect(late.map((e) => e.label)).toContain(t('layers.announcedHatch'));
    const levels = new Set(
      tieArcs(data, data.meta.asOf, { country: 'KAZ', pair: null }).features.map(
        (f) => f.properties.level,
      ),
    );
    const kazTies = legendEntries(
      { layers: ['ties'] },
      t,
      undefined,
      undefined,
      drawnOn(data.meta.asOf, 'KAZ'),
    );
    expect(kazTies.filter((e) => e.kind === 'line')).toHaveLength(levels.size);
  });
});
