import { describe, expect, it } from 'vitest';
import { documentsOn } from '@/lib/data/status';
import { accordsEvent, datasetWith } from './minimal-dataset';

/** documentsOn on the minimal dataset's Declaration, signed on 15 Sept 2020 and ratified later. */

const signed = accordsEvent('signed', '2020-09-15', {
  kind: 'signed',
  parties: ['ARE', 'ISR', 'USA'],
  brokers: ['USA'],
  documentId: 'declaration',
});
const ratified = accordsEvent('ratified', '2020-10-01', {
  kind: 'ratified',
  parties: ['ISR'],
  by: { party: 'ISR', body: 'Knesset' },
  documentId: 'declaration',
});
const unrelated = accordsEvent('announced', '2020-09-01', { kind: 'announced', parties: ['ARE'] });
// The ratification comes first in the file: the life is in date order all the same.
const data = datasetWith({ events: [ratified, unrelated, signed] });

const lifeOn = (iso3: string, day: string) =>
  documentsOn(data, iso3, day).map(({ document, life }) => [document.id, life.map((e) => e.id)]);

describe('documentsOn', () => {
  it('lists nothing before the first step', () => {
    expect(lifeOn('ARE', '2020-09-14')).toEqual([]);
  });

  it('lists a document from the day of a step a country took part in', () => {
    expect(lifeOn('ARE', '2020-09-15')).toEqual([['declaration', ['signed']]]);
  });

  it('gives the whole life up to the day, oldest first, whoever took each step', () => {
    expect(lifeOn('ARE', '2020-10-01')).toEqual([['declaration', ['signed', 'ratified']]]);
    expect(lifeOn('ISR', '2020-09-30')).toEqual([['declaration', ['signed']]]);
  });

  it('leaves out documents a country took no part in', () => {
    expect(lifeOn('SDN', '2030-01-01')).toEqual([]);
  });

  it('rejects a day that is not YYYY-MM-DD', () => {
    expect(() => documentsOn(data, 'ARE', '2020-10')).toThrow(RangeError);
  });
});
