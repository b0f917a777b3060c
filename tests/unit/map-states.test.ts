/**
 * The map's data layers drawn through feature states (issue 12): each layer's features are built
 * once per selection, and a day only sets their states. Whatever a day shows through the states
 * must be exactly what the day's own builders (the legend's and the exports') list.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { DatasetIso3 } from '@/lib/data/enums';
import { loadDataset } from '@/lib/data/load';
import { DATASET_ISO3, FOCUS_ISO3 } from '@/lib/data/queries';
import { eventDay, isResident, tieLevel, tieOn } from '@/lib/data/status';
import { LAYERS } from '@/lib/layer-registry';
import {
  embassyFeatures,
  embassyPoints,
  embassyStates,
  type FeatureStates,
  mineralFeatures,
  mineralPoints,
  mineralStates,
  tieArcFeatures,
  tieArcs,
  tieArcStates,
  withChangedArcs,
} from '@/lib/map-layers';
import {
  arcChangedLayer,
  embassyCountLayer,
  mineralSymbolLayer,
  tieArcLayer,
} from '@/lib/map-style';
import type { Pair } from '@/lib/search-params';

const data = loadDataset();

/** Days the map can show: before the first event, every third event day, and the last one. */
const DAYS = [
  '2019-06-01',
  ...[...new Set(data.events.map(eventDay))].sort().filter((_, i) => i % 3 === 0),
  data.meta.asOf,
];

const SELECTIONS: { country: DatasetIso3 | null; pair: Pair | null }[] = [
  { country: null, pair: null },
  { country: 'KAZ', pair: null },
  { country: 'ISR', pair: null },
  { country: null, pair: ['ISR', 'KAZ'] },
];

/** The features a day shows: those whose state `shown` is true. */
function shownOn<F extends Feature>(
  features: FeatureCollection<F['geometry']>,
  states: FeatureStates,
) {
  return features.features.filter((f) => states.get(f.id as number)?.shown === true) as F[];
}

function expectOneStatePerFeature(features: FeatureCollection, states: FeatureStates) {
  const ids = features.features.map((f) => f.id);
  expect(ids.every((id) => typeof id === 'number')).toBe(true);
  expect(new Set(ids).size, 'feature ids are unique').toBe(ids.length);
  expect([...states.keys()].sort((a, b) => a - b)).toEqual((ids as number[]).sort((a, b) => a - b));
}

describe('tie arcs through feature states', () => {
  /** The day's arcs by the definition: each pair in view at its level that day, if drawn. */
  function arcsByDefinition(day: string, { country, pair }: (typeof SELECTIONS)[number]) {
    const pairs = pair
      ? [pair]
      : country
        ? DATASET_ISO3.filter((code) => code !== country).map((code) => [country, code])
        : FOCUS_ISO3.flatMap((a, i) => FOCUS_ISO3.slice(i + 1).map((b) => [a, b]));
    return pairs.flatMap(([a, b]) => {
      const level = tieLevel(tieOn(data, a!, b!, day));
      return level === 'unknown' ? [] : [`${[a, b].sort().join('~')} ${level}`];
    });
  }

  it('show on every day exactly the arcs of that day, for every kind of selection', () => {
    for (const selection of SELECTIONS) {
      const features = tieArcFeatures(data, selection);
      for (const day of DAYS) {
        const states = tieArcStates(data, day, selection);
        expectOneStatePerFeature(features, states);
        const shown = shownOn(features, states);
        const expected = arcsByDefinition(day, selection);
        const where = `${day} ${JSON.stringify(selection)}`;
        expect(
          shown.map((f) => `${String(f.properties?.pair)} ${String(f.properties?.level)}`),
          where,
        ).toEqual(expected);
        // The day's builder (legend, exports) lists the same arcs.
        expect(tieArcs(data, day, selection).features, where).toEqual(shown);
      }
    }
    expect(arcsByDefinition(data.meta.asOf, SELECTIONS[0]!).length).toBeGreaterThan(20);
  });

  it('change between days only in their states, and draw arcs that change level', () => {
    const selection = SELECTIONS[0]!;
    const shownKeys = (day: string) =>
      shownOn(tieArcFeatures(data, selection), tieArcStates(data, day, selection)).map(
        (f) => `${String(f.properties?.pair)} ${String(f.properties?.level)}`,
      );
    // The dataset's story: some tie is drawn at another level (or not at all) at the end.
    expect(shownKeys(data.meta.asOf)).not.toEqual(shownKeys('2019-06-01'));
    expect(tieArcFeatures(data, selection)).toEqual(tieArcFeatures(data, selection));
  });

  it('give a pair’s arc the same id in every view', () => {
    const idOf = (features: FeatureCollection, level: string) =>
      features.features.find(
        (f) => f.properties?.pair === 'ISR~KAZ' && f.properties.level === level,
      )?.id;
    const all = tieArcFeatures(data, { country: null, pair: null });
    const kaz = tieArcFeatures(data, { country: 'KAZ', pair: null });
    const pair = tieArcFeatures(data, { country: null, pair: ['ISR', 'KAZ'] });
    for (const level of ['resident-both', 'none']) {
      expect(idOf(kaz, level)).toBeDefined();
      expect(idOf(kaz, level)).toBe(idOf(all, level));
      expect(idOf(pair, level)).toBe(idOf(all, level));
    }
    expect(idOf(kaz, 'resident-both')).not.toBe(idOf(kaz, 'none'));
  });

  it('mark the arcs of changed pairs for their halo, and only those', () => {
    const selection = { country: 'KAZ' as const, pair: null };
    const features = tieArcFeatures(data, selection);
    const states = tieArcStates(data, data.meta.asOf, selection);
    const marked = withChangedArcs({ features, states }, ['ISR~KAZ']);
    for (const feature of features.features) {
      const state = marked.get(feature.id as number)!;
      expect(state.changed).toBe(feature.properties?.pair === 'ISR~KAZ');
      expect(state.shown).toBe(states.get(feature.id as number)!.shown);
    }
  });
});

describe('embassy points through feature states', () => {
  /** The day's points by the definition: each host with the senders that have a resident mission there. */
  function pointsByDefinition(day: string) {
    return DATASET_ISO3.flatMap((host) => {
      const senders = DATASET_ISO3.filter((sender) => {
        if (sender === host) return false;
        const mission = tieOn(data, host, sender, day).embassies[host];
        return mission !== undefined && isResident(mission);
      });
      const capital = data.countries.find((c) => c.iso3 === host)!.capital;
      return senders.length > 0
        ? [
            {
              host,
              count: senders.length,
              senders: senders.join(', '),
              coordinates: [capital.lon, capital.lat],
            },
          ]
        : [];
    });
  }

  it('show on every day each host’s point with its count, and its senders', () => {
    const features = embassyFeatures(data);
    for (const day of DAYS) {
      const states = embassyStates(data, day);
      expectOneStatePerFeature(features, states);
      const shown = shownOn(features, states).map((f) => ({
        ...f.properties,
        senders: states.get(f.id as number)!.senders,
        coordinates: (f.geometry as { coordinates: number[] }).coordinates,
      }));
      const expected = pointsByDefinition(day);
      expect(shown, day).toEqual(expected);
      // The day's builder (legend, exports) lists the same points.
      expect(
        embassyPoints(data, day).features.map((f) => ({
          ...f.properties,
          coordinates: f.geometry.coordinates,
        })),
      ).toEqual(expected);
    }
    expect(pointsByDefinition(data.meta.asOf).length, 'some host has embassies').toBeGreaterThan(3);
  });
});

describe('minerals points through feature states', () => {
  it('show on every day the projects known then, at their stage on the day', () => {
    const features = mineralFeatures(data, (symbol) => `ru:${symbol}`);
    let stages = 0;
    for (const day of DAYS) {
      const states = mineralStates(data, day);
      expectOneStatePerFeature(features, states);
      const shown = shownOn(features, states).map((f) => ({
        ...f.properties,
        stage: states.get(f.id as number)!.stage,
        geometry: f.geometry,
      }));
      const expected = mineralPoints(data, day, (symbol) => `ru:${symbol}`).features.map((f) => ({
        ...f.properties,
        stage: f.properties.stage ?? 'unknown',
        geometry: f.geometry,
      }));
      expect(shown, day).toEqual(expected);
      stages += expected.filter((f) => f.stage !== 'unknown').length;
    }
    expect(stages, 'some stage is drawn').toBeGreaterThan(0);
  });
});

describe('the layers drawn through feature states', () => {
  it('build their features without the day, and the day sets only states', () => {
    for (const entry of Object.values(LAYERS)) {
      if (entry.data.from !== 'dataset') continue;
      const context = { data, selection: SELECTIONS[1]!, symbol: (s: string) => s };
      const built = entry.data.build(context);
      expectOneStatePerFeature(built, entry.data.states({ ...context, day: data.meta.asOf }));
    }
  });

  it('hide what is not shown on the day, with the halo only on shown changed arcs', () => {
    const hidden = ['case', ['boolean', ['feature-state', 'shown'], false]];
    expect(tieArcLayer.paint['line-opacity']).toEqual([...hidden, 0.85, 0]);
    expect(embassyCountLayer.paint['text-opacity']).toEqual([...hidden, 1, 0]);
    expect(mineralSymbolLayer.paint['text-opacity']).toEqual([...hidden, 1, 0]);
    expect(JSON.stringify(arcChangedLayer.paint['line-opacity'])).toContain('"shown"');
    expect(JSON.stringify(arcChangedLayer.paint['line-opacity'])).toContain('"changed"');
  });
});
