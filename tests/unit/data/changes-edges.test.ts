import { describe, expect, it } from 'vitest';
import { changeOutline, changesBetween, stepsInvolving } from '@/lib/data/changes';
import type { Agreement, TieStatement } from '@/lib/data/schema';
import { accordsEvent, datasetWith } from './minimal-dataset';

/**
 * Changes that rest on something other than the day's events: a relations statement first known
 * on a day, the status it changes in turn, and minerals agreements. Kazakhstan signs the
 * Declaration with the US alone on 10 Nov 2025 (a declaration only, with no relations with Israel
 * known yet); a statement dated 1 Dec 2025 says relations with Israel are established.
 */

const day = (value: string) => ({ value, precision: 'day' as const });

const kazSigns = accordsEvent('kaz-signs', '2025-11-10', {
  kind: 'signed',
  parties: ['KAZ', 'USA'],
  brokers: ['USA'],
  documentId: 'declaration',
});

const relationsStated: TieStatement = {
  id: 'isr-kaz-relations',
  pair: ['ISR', 'KAZ'],
  topic: 'relations',
  status: 'established',
  date: day('2025-12-01'),
  statement: 'Relations are established.',
  sources: ['s1'],
  confidence: 'high',
};

const agreement = (fields: Partial<Agreement>): Agreement => ({
  id: 'deal',
  title: 'Deal',
  parties: ['KAZ', 'USA'],
  date: day('2025-11-10'),
  scope: 'Minerals.',
  sources: ['s1'],
  confidence: 'high',
  ...fields,
});

/** A visit changes no derived state; a note changes nothing at all. */
const visit = accordsEvent('visit', '2025-11-20', {
  kind: 'visit',
  parties: ['KAZ', 'USA'],
  accords: false,
  contact: { from: 'KAZ', to: ['USA'], level: 'minister' },
});
const note: TieStatement = {
  ...relationsStated,
  id: 'isr-kaz-note',
  topic: 'note',
  date: day('2025-12-10'),
} as TieStatement;

function dataset() {
  const data = datasetWith({ events: [kazSigns, visit], ties: [relationsStated, note] });
  data.minerals.agreements = [
    agreement({ id: 'signed-deal', eventId: 'kaz-signs' }),
    // Counts from its end date, on a day with no event.
    agreement({ id: 'spanning-deal', date: day('2025-12-14'), endDate: day('2025-12-15') }),
    agreement({ id: 'undated-deal', date: null, dateNote: 'Undated.' }),
  ];
  return data;
}

/**
 * The steps of November and December 2025, derived inside each test: mutation testing's per-test
 * coverage does not see work done when the file loads.
 */
const allSteps = () => changesBetween(dataset(), '2025-11-01', '2025-12-31');

describe('changesBetween beyond the day’s events', () => {
  it('lists the signing, the visit, the statement’s day and the agreement’s end day', () => {
    const steps = allSteps();
    // The note's day (10 Dec) changed nothing and had no event: it is no step.
    expect(steps.map((s) => [s.day, s.events.map((e) => e.id), s.changes.length])).toEqual([
      ['2025-11-10', ['kaz-signs'], 4],
      ['2025-11-20', ['visit'], 0],
      ['2025-12-01', [], 2],
      ['2025-12-15', [], 1],
    ]);
  });

  it('gives the signing day its status changes, its document step and its agreement', () => {
    const steps = allSteps();
    expect(steps[0]!.changes).toEqual([
      {
        kind: 'status',
        iso3: 'KAZ',
        from: 'none',
        to: 'declaration-only',
        eventIds: ['kaz-signs'],
        statementIds: [],
      },
      {
        kind: 'status',
        iso3: 'USA',
        from: 'none',
        to: 'broker',
        eventIds: ['kaz-signs'],
        statementIds: [],
      },
      { kind: 'document', documentId: 'declaration', eventIds: ['kaz-signs'], statementIds: [] },
      { kind: 'agreement', agreementId: 'signed-deal', eventIds: ['kaz-signs'], statementIds: [] },
    ]);
  });

  it('derives again what a statement touches: the relations and the status resting on them', () => {
    const steps = allSteps();
    expect(steps[2]!.changes).toEqual([
      {
        kind: 'status',
        iso3: 'KAZ',
        from: 'declaration-only',
        to: 'joined',
        // No new event: the change rests on the signing.
        eventIds: ['kaz-signs'],
        statementIds: [],
      },
      {
        kind: 'relations',
        pair: ['ISR', 'KAZ'],
        from: 'unknown',
        to: 'established',
        eventIds: [],
        statementIds: ['isr-kaz-relations'],
      },
    ]);
  });

  it('lists an agreement on its end day, with no event to rest on', () => {
    const steps = allSteps();
    expect(steps[3]!.changes).toEqual([
      { kind: 'agreement', agreementId: 'spanning-deal', eventIds: [], statementIds: [] },
    ]);
  });

  it('outlines the status changes and the changed tie, not documents or agreements', () => {
    const steps = allSteps();
    expect(changeOutline(steps)).toEqual({ countries: ['KAZ', 'USA'], pairs: ['ISR~KAZ'] });
  });
});

describe('stepsInvolving with documents and agreements', () => {
  it('keeps a document or agreement step only with an event the country took part in', () => {
    const steps = allSteps();
    const usa = stepsInvolving(steps, ['USA']);
    expect(usa.map((s) => s.day)).toEqual(['2025-11-10', '2025-11-20']);
    expect(usa[0]!.changes.map((c) => c.kind)).toEqual(['status', 'document', 'agreement']);
    expect(usa[0]!.changes[0]).toMatchObject({ iso3: 'USA' });
  });

  it('keeps a pair’s relations change on a day without events, and its members’ status', () => {
    const steps = allSteps();
    const pair = stepsInvolving(steps, ['KAZ', 'ISR']);
    expect(pair.map((s) => [s.day, s.events.length, s.changes.map((c) => c.kind)])).toEqual([
      // The signing was not Israel's: only Kazakhstan's status change is left of that day.
      ['2025-11-10', 0, ['status']],
      ['2025-12-01', 0, ['status', 'relations']],
    ]);
  });
});
