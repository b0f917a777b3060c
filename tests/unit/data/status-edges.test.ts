import { describe, expect, it } from 'vitest';
import type { TieStatement } from '@/lib/data/schema';
import { keyEventDates, type Tie, tieLevel, tieOn } from '@/lib/data/status';
import { accordsEvent, datasetWith } from './minimal-dataset';

/** Edges of the timeline's key days, arc levels and missions, on small in-memory datasets. */

describe('keyEventDates', () => {
  it('keeps Accords days from 1 Aug 2020 to asOf, both included, once each and sorted', () => {
    const on = (id: string, value: string, accords = true) =>
      accordsEvent(id, value, { kind: 'announced', parties: ['ARE'], accords });
    const data = datasetWith({
      events: [
        on('as-of', '2020-09-15'),
        on('after', '2020-09-16'),
        on('start', '2020-08-01'),
        on('before', '2020-07-31'),
        on('start-again', '2020-08-01'),
        on('off-track', '2020-08-20', false),
      ],
    });
    expect(keyEventDates(data)).toEqual(['2020-08-01', '2020-09-15']);
  });
});

describe('tieLevel from relations alone', () => {
  const tie = (status: Tie['relations']['status']): Tie => {
    const mission = {
      level: 'unknown' as const,
      state: null,
      eventIds: [],
      statementIds: [],
      recallEventIds: [],
    };
    return {
      pair: ['ISR', 'KAZ'],
      relations: { status, eventIds: [], statementIds: [] },
      embassies: { ISR: mission, KAZ: mission },
      notes: [],
      history: [],
    };
  };
  it.each([
    ['established', 'relations-only'],
    ['suspended', 'relations-only'],
    ['not-established', 'none'],
    ['severed', 'none'],
    ['unknown', 'unknown'],
  ] as const)('%s relations draw %s', (status, level) => {
    expect(tieLevel(tie(status))).toBe(level);
  });
});

describe('missions, each way on its own', () => {
  const kazInIsrael: TieStatement = {
    id: 'kaz-embassy-isr',
    pair: ['ISR', 'KAZ'],
    topic: 'mission',
    host: 'ISR',
    sender: 'KAZ',
    level: 'embassy',
    city: 'Tel Aviv',
    date: { value: '2020-01-01', precision: 'day' },
    statement: 'Kazakhstan has an embassy in Tel Aviv.',
    sources: ['s1'],
    confidence: 'high',
  };
  const recall = accordsEvent('recall', '2020-02-01', {
    kind: 'envoy-recalled',
    parties: ['ISR', 'KAZ'],
    accords: false,
    mission: { host: 'KAZ', sender: 'ISR' },
  });
  const opened = accordsEvent('opened', '2020-03-01', {
    kind: 'mission-opened',
    parties: ['ISR', 'KAZ'],
    accords: false,
    mission: { host: 'KAZ', sender: 'ISR', level: 'embassy', city: 'Astana' },
  });

  it('applies a statement and events only to the mission they name', () => {
    const tie = tieOn(
      datasetWith({ events: [recall, opened], ties: [kazInIsrael] }),
      'KAZ',
      'ISR',
      '2020-06-01',
    );
    expect(tie.embassies.ISR).toEqual({
      level: 'embassy',
      state: 'active',
      city: 'Tel Aviv',
      since: '2020-01-01',
      eventIds: [],
      statementIds: ['kaz-embassy-isr'],
      recallEventIds: [],
    });
    expect(tie.embassies.KAZ).toEqual({
      level: 'embassy',
      state: 'active',
      city: 'Astana',
      since: '2020-03-01',
      eventIds: ['recall', 'opened'],
      statementIds: [],
      recallEventIds: ['recall'],
    });
  });

  it('takes a statement of no mission as unknown state, not a working one', () => {
    const none = { ...kazInIsrael, level: 'none' as const, city: undefined };
    const tie = tieOn(datasetWith({ ties: [none] }), 'ISR', 'KAZ', '2020-06-01');
    expect(tie.embassies.ISR).toMatchObject({ level: 'none', state: null });
  });
});
