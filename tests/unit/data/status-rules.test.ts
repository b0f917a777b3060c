import { describe, expect, it } from 'vitest';
import type { AccordsDocument, AccordsEvent, TieStatement } from '@/lib/data/schema';
import { accordsStatusOn, tieOn } from '@/lib/data/status';
import { accordsEvent, datasetWith } from './minimal-dataset';

/**
 * Edges of the Accords status rules, on small datasets built in memory (mutation testing found
 * each of these rules could be changed without a test noticing).
 */

/** A signing of the Declaration by Israel, Kyrgyzstan and the US unless told otherwise. */
const event = (id: string, value: string, fields: Partial<AccordsEvent>): AccordsEvent =>
  accordsEvent(id, value, { kind: 'signed', parties: ['ISR', 'KGZ', 'USA'], ...fields });

const declaration: AccordsDocument = {
  id: 'declaration',
  title: 'Declaration',
  titleRu: 'Декларация',
  type: 'declaration',
  accords: true,
  parties: ['ISR', 'KGZ', 'USA'],
  witnesses: ['USA'],
  sources: ['s1'],
  confidence: 'high',
};

/** KGZ and Israel sign the Declaration with the US as broker on `day`. */
const signingWithIsrael = (day: string) =>
  event('signed', day, { documentId: 'declaration', brokers: ['USA'] });

describe('the original signatories’ cut-off, 31 Dec 2021', () => {
  const statusOn = (signedOn: string) =>
    accordsStatusOn(
      datasetWith({ events: [signingWithIsrael(signedOn)], documents: [declaration] }),
      'KGZ',
      '2030-01-01',
    ).status;

  it('counts a signing on 31 Dec 2021 as original', () => {
    expect(statusOn('2021-12-31')).toBe('original-signatory');
  });

  it('counts a signing on 1 Jan 2022 as joining', () => {
    expect(statusOn('2022-01-01')).toBe('joined');
  });
});

describe('signing with Israel', () => {
  it('does not count Israel present only as a witness', () => {
    // Israel witnesses (signs as broker) a declaration between KGZ and the US: KGZ, without
    // relations with Israel, has signed a declaration only.
    const witnessed: AccordsDocument = { ...declaration, witnesses: ['ISR', 'USA'] };
    const signing = event('signed', '2027-03-01', {
      documentId: 'declaration',
      brokers: ['ISR', 'USA'],
    });
    const data = datasetWith({ events: [signing], documents: [witnessed] });
    expect(accordsStatusOn(data, 'KGZ', '2027-03-01').status).toBe('declaration-only');
  });

  it('counts Israel signing as a party', () => {
    const data = datasetWith({
      events: [signingWithIsrael('2027-03-01')],
      documents: [declaration],
    });
    expect(accordsStatusOn(data, 'KGZ', '2027-03-01').status).toBe('joined');
  });
});

describe('undated statements', () => {
  it('act as a baseline that a later dated event overrides, not as the last word', () => {
    // The statement is undated and known from its source's date (2020-09-15); the event that
    // established relations is dated, so it wins whatever the order of the days.
    const notEstablished: TieStatement = {
      id: 'isr-kgz-relations',
      pair: ['ISR', 'KGZ'],
      topic: 'relations',
      status: 'not-established',
      date: null,
      statement: 'Stated.',
      sources: ['s1'],
      confidence: 'high',
    };
    const established = event('relations', '2020-01-01', {
      kind: 'relations-established',
      parties: ['ISR', 'KGZ'],
      accords: false,
    });
    const data = datasetWith({ events: [established], ties: [notEstablished] });
    expect(tieOn(data, 'ISR', 'KGZ', '2021-01-01').relations).toMatchObject({
      status: 'established',
      since: '2020-01-01',
    });
    // Without the event the statement alone holds.
    const alone = datasetWith({ ties: [notEstablished] });
    expect(tieOn(alone, 'ISR', 'KGZ', '2021-01-01').relations.status).toBe('not-established');
  });
});
