import { describe, expect, it } from 'vitest';
import { changeOutline, changesBetween, stepsInvolving } from '@/lib/data/changes';
import { DATASET_ISO3 } from '@/lib/data/enums';
import { loadDataset } from '@/lib/data/load';
import { accordsStatusOn, tieOn } from '@/lib/data/status';
import { accordsEvent, datasetWith } from './minimal-dataset';

const talks = accordsEvent('kaz-talks', '2025-08-01', {
  kind: 'talks-reported',
  parties: ['KAZ', 'USA'],
});
const announced = accordsEvent('kaz-announced', '2025-11-06', {
  kind: 'accession-announced',
  parties: ['KAZ', 'ISR', 'USA'],
});
const relations = accordsEvent('isr-kaz-relations', '1992-04-10', {
  kind: 'relations-established',
  parties: ['ISR', 'KAZ'],
  accords: false,
});
const embassy = accordsEvent('isr-embassy-astana', '2025-09-01', {
  kind: 'mission-opened',
  parties: ['ISR', 'KAZ'],
  accords: false,
  mission: { host: 'KAZ', sender: 'ISR', level: 'embassy', city: 'Astana' },
});
const severed = accordsEvent('isr-kaz-severed', '2025-12-01', {
  kind: 'relations-severed',
  parties: ['ISR', 'KAZ'],
  accords: false,
});

describe('changesBetween', () => {
  const data = datasetWith({ events: [talks, announced, relations, embassy, severed] });

  it('lists one step per day in (since, until], in date order, with its events', () => {
    const steps = changesBetween(data, '2025-07-31', '2025-11-06');
    expect(steps.map((s) => s.day)).toEqual(['2025-08-01', '2025-09-01', '2025-11-06']);
    expect(steps.map((s) => s.events.map((e) => e.id))).toEqual([
      ['kaz-talks'],
      ['isr-embassy-astana'],
      ['kaz-announced'],
    ]);
  });

  it('excludes the since day itself and includes the until day', () => {
    expect(changesBetween(data, '2025-08-01', '2025-09-01').map((s) => s.day)).toEqual([
      '2025-09-01',
    ]);
  });

  it('gives each status change its before, after and the events it rests on', () => {
    const [first, , third] = changesBetween(data, '2025-07-31', '2025-11-06');
    expect(first!.changes).toContainEqual({
      kind: 'status',
      iso3: 'KAZ',
      from: 'none',
      to: 'talks-reported',
      eventIds: ['kaz-talks'],
      statementIds: [],
    });
    expect(third!.changes).toContainEqual(
      expect.objectContaining({ kind: 'status', iso3: 'KAZ', from: 'talks-reported' }),
    );
    expect(third!.changes.find((c) => c.kind === 'status')).toMatchObject({
      to: 'accession-announced',
      eventIds: ['kaz-announced'],
    });
  });

  it('records missions and relations as they change, keyed by host and sender', () => {
    const steps = changesBetween(data, '2025-08-31', '2025-12-31');
    expect(steps[0]!.changes).toEqual([
      {
        kind: 'mission',
        pair: ['ISR', 'KAZ'],
        host: 'KAZ',
        sender: 'ISR',
        from: { level: 'unknown', state: null },
        to: { level: 'embassy', state: 'active' },
        eventIds: ['isr-embassy-astana'],
        statementIds: [],
      },
    ]);
    const cut = steps.find((s) => s.day === '2025-12-01')!;
    expect(cut.changes).toContainEqual({
      kind: 'relations',
      pair: ['ISR', 'KAZ'],
      from: 'established',
      to: 'severed',
      eventIds: ['isr-kaz-severed'],
      statementIds: [],
    });
  });

  it('marks document steps as document changes', () => {
    const signed = accordsEvent('declaration-signed', '2020-09-15', {
      kind: 'signed',
      parties: ['ARE', 'ISR', 'USA'],
      brokers: ['USA'],
      documentId: 'declaration',
    });
    const steps = changesBetween(datasetWith({ events: [signed] }), '2020-09-01', '2020-09-15');
    expect(steps).toHaveLength(1);
    expect(steps[0]!.changes).toContainEqual({
      kind: 'document',
      documentId: 'declaration',
      eventIds: ['declaration-signed'],
      statementIds: [],
    });
  });

  it('is empty when since is not before until', () => {
    expect(changesBetween(data, '2025-11-06', '2025-11-06')).toEqual([]);
    expect(changesBetween(data, '2025-12-01', '2025-01-01')).toEqual([]);
  });
});

describe('changeOutline', () => {
  it('outlines the countries whose status changed and the pairs whose tie changed', () => {
    const data = datasetWith({ events: [talks, relations, embassy] });
    expect(changeOutline(changesBetween(data, '2025-07-01', '2025-09-30'))).toEqual({
      // The US took part in the reported talks too.
      countries: ['KAZ', 'USA'],
      pairs: ['ISR~KAZ'],
    });
  });
});

describe('changesBetween with the real dataset', () => {
  const data = loadDataset();

  it('lists the Morocco and Sudan steps between 1 Sept 2020 and 31 Jan 2021', () => {
    const steps = changesBetween(data, '2020-09-01', '2021-01-31');
    const statusChanges = steps.flatMap((s) => s.changes).filter((c) => c.kind === 'status');
    expect(statusChanges).toContainEqual(
      expect.objectContaining({ iso3: 'MAR', to: 'original-signatory' }),
    );
    expect(statusChanges).toContainEqual(
      expect.objectContaining({ iso3: 'SDN', to: 'declaration-only' }),
    );
    const days = steps.map((s) => s.day);
    expect(days).toEqual([...days].sort());
  });

  it('misses no change the derivations show, and reports each as they do', () => {
    // The oracle: status and relations derived afresh for every country and pair on each day.
    const steps = changesBetween(data, '2020-09-01', '2021-06-30');
    let previous = '2020-09-01';
    for (const step of steps) {
      const statusChanges = step.changes.filter((c) => c.kind === 'status');
      for (const iso3 of DATASET_ISO3) {
        const [from, to] = [previous, step.day].map((d) => accordsStatusOn(data, iso3, d).status);
        const reported = statusChanges.find((c) => c.iso3 === iso3);
        expect(reported && [reported.from, reported.to], `${iso3} ${step.day}`).toEqual(
          from === to ? undefined : [from, to],
        );
      }
      for (const [i, a] of DATASET_ISO3.entries()) {
        for (const b of DATASET_ISO3.slice(i + 1)) {
          const [from, to] = [previous, step.day].map((d) => tieOn(data, a, b, d).relations.status);
          const reported = step.changes.find(
            (c) => c.kind === 'relations' && c.pair.includes(a) && c.pair.includes(b),
          );
          expect(reported !== undefined, `${a}~${b} ${step.day}`).toBe(from !== to);
        }
      }
      previous = step.day;
    }
  });
});

describe('stepsInvolving', () => {
  const data = datasetWith({ events: [talks, announced, relations, embassy, severed] });
  const steps = changesBetween(data, '2025-07-31', '2025-12-31');

  it('keeps a country’s events and changes, dropping steps left empty', () => {
    const israel = stepsInvolving(steps, ['ISR']);
    expect(israel.map((s) => s.day)).toEqual(['2025-09-01', '2025-11-06', '2025-12-01']);
    expect(
      israel.flatMap((s) => s.changes).every((c) => c.kind !== 'status' || c.iso3 === 'ISR'),
    ).toBe(true);
  });

  it('keeps for a pair only what both took part in', () => {
    const pair = stepsInvolving(steps, ['ISR', 'KAZ']);
    expect(pair.flatMap((s) => s.events.map((e) => e.id))).toEqual([
      'isr-embassy-astana',
      'kaz-announced',
      'isr-kaz-severed',
    ]);
    expect(stepsInvolving(steps, ['TJK', 'UZB'])).toEqual([]);
  });
});
