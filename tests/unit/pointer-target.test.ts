/**
 * What answers the pointer on the map (components/map/pointer-target.ts): the data layers hold
 * every feature they can draw for the selection, the day's shown by feature state, so a click or
 * a hover must skip the hidden ones and reach what is drawn under them.
 */
import { describe, expect, it } from 'vitest';
import { type PointerFeature, targetOf } from '@/components/map/pointer-target';

const arc = (level: string, shown: boolean | undefined): PointerFeature => ({
  source: 'ties',
  layer: { id: 'tie-arcs' },
  properties: { pair: 'ISR~KAZ', level },
  state: shown === undefined ? {} : { shown },
});
const kazakhstan: PointerFeature = {
  source: 'countries',
  layer: { id: 'country-fill' },
  properties: { iso3: 'KAZ', name: 'Kazakhstan', nameRu: 'null' },
  state: {},
};

describe('the feature under the pointer', () => {
  it('is the arc shown on the day, not the hidden arcs of other levels above it', () => {
    const features = [arc('resident-both', false), arc('none', true), kazakhstan];
    expect(targetOf(features)).toEqual({ kind: 'arc', pair: 'ISR~KAZ', level: 'none' });
  });

  it('is the country under an arc hidden on the day (or not yet given a state)', () => {
    expect(targetOf([arc('none', false), arc('resident-both', undefined), kazakhstan])).toEqual({
      kind: 'country',
      iso3: 'KAZ',
      name: 'Kazakhstan',
      nameRu: null,
    });
  });

  it('reads an embassy point’s senders on the day from its state', () => {
    const embassy: PointerFeature = {
      source: 'embassies',
      layer: { id: 'embassies' },
      properties: { host: 'KAZ', count: 2 },
      state: { shown: true, senders: 'ISR, USA' },
    };
    expect(targetOf([embassy])).toEqual({ kind: 'embassy', host: 'KAZ', senders: 'ISR, USA' });
  });

  it('is nothing when nothing shown is under the pointer', () => {
    expect(targetOf([arc('none', false)])).toBeNull();
    expect(targetOf(undefined)).toBeNull();
  });
});
