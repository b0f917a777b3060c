import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/lib/data/load';
import type { AccordsEvent, Dataset } from '@/lib/data/schema';
import { accordsStatusOn, keyEventDates, tieOn, timelineFor } from '@/lib/data/status';

const data = loadDataset();
const statusOf = (iso3: string, day: string) => accordsStatusOn(data, iso3, day).status;

describe('accordsStatusOn with the real events', () => {
  it('has nobody in the Accords before the first announcement', () => {
    expect(statusOf('ARE', '2020-08-12')).toBe('none');
    expect(statusOf('USA', '2020-08-12')).toBe('none');
  });

  it('marks the UAE as announced after 13 Aug 2020 and an original signatory after 15 Sept', () => {
    expect(statusOf('ARE', '2020-08-20')).toBe('announced');
    expect(accordsStatusOn(data, 'ARE', '2020-09-16')).toMatchObject({
      status: 'original-signatory',
      since: '2020-09-15',
    });
  });

  it('makes the US the broker from the first announcement', () => {
    expect(accordsStatusOn(data, 'USA', '2020-08-13')).toMatchObject({
      status: 'broker',
      since: '2020-08-13',
    });
    expect(statusOf('USA', '2026-01-01')).toBe('broker');
  });

  it('counts Israel as an original signatory from 15 Sept 2020', () => {
    expect(statusOf('ISR', '2020-09-14')).toBe('announced');
    expect(accordsStatusOn(data, 'ISR', '2020-09-15')).toMatchObject({
      status: 'original-signatory',
      since: '2020-09-15',
    });
  });

  it('dates Morocco from the 22 Dec 2020 joint declaration', () => {
    expect(statusOf('MAR', '2020-12-01')).toBe('none');
    expect(statusOf('MAR', '2020-12-11')).toBe('announced');
    expect(accordsStatusOn(data, 'MAR', '2020-12-23')).toMatchObject({
      status: 'original-signatory',
      since: '2020-12-22',
    });
  });

  it('makes Bahrain an original signatory on 15 Sept 2020, when it signed with Israel', () => {
    expect(statusOf('BHR', '2020-09-14')).toBe('announced');
    expect(accordsStatusOn(data, 'BHR', '2020-09-15')).toMatchObject({
      status: 'original-signatory',
      since: '2020-09-15',
    });
    // Relations came a month later (18 Oct 2020): a tie fact, not a change of Accords status.
    expect(tieOn(data, 'BHR', 'ISR', '2020-10-17').relations.status).not.toBe('established');
    expect(tieOn(data, 'BHR', 'ISR', '2020-10-18').relations.status).toBe('established');
  });

  it('keeps Sudan declaration-only after signing the declaration on 6 Jan 2021', () => {
    expect(statusOf('SDN', '2021-01-05')).toBe('announced');
    expect(accordsStatusOn(data, 'SDN', '2021-01-07')).toMatchObject({
      status: 'declaration-only',
      since: '2021-01-06',
    });
    expect(statusOf('SDN', data.meta.asOf)).toBe('declaration-only');
  });

  it('marks Kazakhstan talks-reported from August 2025 and accession-announced from 6 Nov 2025', () => {
    expect(statusOf('KAZ', '2025-07-31')).toBe('none');
    expect(statusOf('KAZ', '2025-08-01')).toBe('talks-reported');
    expect(statusOf('KAZ', '2025-11-05')).toBe('talks-reported');
    expect(accordsStatusOn(data, 'KAZ', '2025-11-07')).toMatchObject({
      status: 'accession-announced',
      since: '2025-11-06',
    });
  });

  it('leaves the other Central Asian states outside', () => {
    for (const iso3 of ['KGZ', 'TJK', 'TKM', 'UZB'])
      expect(statusOf(iso3, data.meta.asOf), iso3).toBe('none');
  });

  it('rejects a day that is not YYYY-MM-DD', () => {
    expect(() => accordsStatusOn(data, 'KAZ', '2025-11')).toThrow(RangeError);
  });
});

describe('accordsStatusOn rules on a synthetic dataset', () => {
  const event = (id: string, value: string, fields: Partial<AccordsEvent>): AccordsEvent => ({
    id,
    date: { value, precision: 'day' },
    kind: 'announced',
    parties: ['ISR', 'KGZ', 'USA'],
    accords: true,
    title: id,
    titleRu: id,
    summary: id,
    summaryRu: id,
    sources: ['s'],
    confidence: 'high',
    ...fields,
  });
  const synthetic = (events: AccordsEvent[]): Dataset => ({ ...data, events, ties: [] });

  it('calls a country that signs after 2021 "joined"', () => {
    const set = synthetic([
      event('signed', '2027-03-01', { kind: 'signed', documentId: 'd', brokers: ['USA'] }),
    ]);
    expect(accordsStatusOn(set, 'KGZ', '2027-03-02')).toMatchObject({
      status: 'joined',
      since: '2027-03-01',
    });
  });

  it('ignores events that are not on the Accords track', () => {
    const set = synthetic([
      event('other', '2021-03-01', { kind: 'signed', documentId: 'd', accords: false }),
    ]);
    expect(accordsStatusOn(set, 'KGZ', '2021-03-02').status).toBe('none');
  });

  it('lets a month-precise event count only from the end of its month', () => {
    const set = synthetic([
      event('m', '2021-03', { date: { value: '2021-03', precision: 'month' } }),
    ]);
    expect(accordsStatusOn(set, 'KGZ', '2021-03-30').status).toBe('none');
    expect(accordsStatusOn(set, 'KGZ', '2021-03-31').status).toBe('announced');
  });
});

describe('timelineFor', () => {
  it("shows the Israeli government's ratification of the UAE treaty as implemented", () => {
    const entry = timelineFor(data, 'ARE').find((e) => e.event.kind === 'ratified');
    expect(entry).toMatchObject({ day: '2020-10-25', phase: 'implemented' });
  });

  it('orders events by date and marks announcements and calls as announced', () => {
    const timeline = timelineFor(data, 'KAZ');
    const days = timeline.map((e) => e.day);
    expect(days).toEqual([...days].sort());
    const phases = new Map(timeline.map((e) => [e.event.kind, e.phase]));
    expect(phases.get('accession-announced')).toBe('announced');
    expect(phases.get('call')).toBe('announced');
    expect(phases.get('relations-established')).toBe('implemented');
  });
});

describe('keyEventDates', () => {
  it('lists unique sorted Accords days from Aug 2020 to asOf', () => {
    const days = keyEventDates(data);
    expect(days[0]).toBe('2020-08-13');
    expect(days).toContain('2025-11-06');
    expect(new Set(days).size).toBe(days.length);
    expect(days).toEqual([...days].sort());
    expect(days.every((day) => day <= data.meta.asOf)).toBe(true);
  });
});
