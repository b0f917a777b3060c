import { describe, expect, it } from 'vitest';
import { compareDay } from '@/lib/compare';
import { diagnoseLink } from '@/lib/link-diagnosis';
import { LAST_DAY, parseAsDatasetDay, parseAsWorldview } from '@/lib/search-params';

const NO_PROJECTS = { projectIds: new Set<string>() };
const diagnose = (query: string) => diagnoseLink(new URLSearchParams(query), NO_PROJECTS);

describe('compare=', () => {
  it('reads a day of the dataset', () => {
    expect(parseAsDatasetDay.parse('2020-09-20')).toBe('2020-09-20');
    expect(parseAsDatasetDay.parse(LAST_DAY)).toBe(LAST_DAY);
  });

  it.each(['1999-01-01', '2099-01-01', '2021-02-29', '2021-1-1', 'yesterday', ''])(
    'ignores %j (malformed or outside the dataset, never clamped)',
    (value) => {
      expect(parseAsDatasetDay.parse(value)).toBeNull();
    },
  );

  it('is written after date, before the camera', () => {
    const { canonical, notices } = diagnose('map=3/40/50&compare=2020-09-20&date=2021-01-31');
    expect(notices).toEqual([]);
    expect(canonical).toBe('?date=2021-01-31&compare=2020-09-20&map=3/40/50');
  });

  it('ignores a day equal to date, with a notice', () => {
    const { view, notices, canonical } = diagnose('date=2021-01-31&compare=2021-01-31');
    expect(view.compare).toBeNull();
    expect(notices).toEqual([{ key: 'compare', reason: 'invalid', value: '2021-01-31' }]);
    expect(canonical).toBe('?date=2021-01-31');
  });

  it('ignores a day equal to the default date, with a notice', () => {
    const { view, notices } = diagnose(`compare=${LAST_DAY}`);
    expect(view.compare).toBeNull();
    expect(notices.map((n) => n.key)).toEqual(['compare']);
  });

  it('ignores a day outside the dataset with a notice, the rest applies', () => {
    const { view, notices } = diagnose('country=KAZ&compare=1999-01-01');
    expect(view.country).toBe('KAZ');
    expect(view.compare).toBeNull();
    expect(notices).toEqual([{ key: 'compare', reason: 'invalid', value: '1999-01-01' }]);
  });
});

describe('compareDay', () => {
  const view = { compare: '2020-09-20', date: '2021-01-31', view: 'map' } as const;
  it('is the compare day on the map view', () => {
    expect(compareDay(view)).toBe('2020-09-20');
  });
  it('is null without compare, on the date itself, or in the table', () => {
    expect(compareDay({ ...view, compare: null })).toBeNull();
    expect(compareDay({ ...view, date: '2020-09-20' })).toBeNull();
    expect(compareDay({ ...view, view: 'table' })).toBeNull();
  });
});

describe('worldview=', () => {
  it.each([
    ['us', 'us'],
    ['US', 'us'],
    [' Israel ', 'israel'],
    ['morocco', 'morocco'],
    ['un', 'un'],
  ])('reads %j as %s', (raw, worldview) => {
    expect(parseAsWorldview.parse(raw)).toBe(worldview);
  });

  it.each(['uk', 'eu', '', 'us~un'])('ignores %j', (raw) => {
    expect(parseAsWorldview.parse(raw)).toBeNull();
  });

  it('omits the default and goes after compare', () => {
    expect(diagnose('worldview=un').canonical).toBe('');
    expect(diagnose('worldview=US&compare=2020-09-20&date=2021-01-01').canonical).toBe(
      '?date=2021-01-01&compare=2020-09-20&worldview=us',
    );
  });

  it('ignores an unknown view with a notice', () => {
    const { view, notices } = diagnose('worldview=atlantis');
    expect(view.worldview).toBe('un');
    expect(notices).toEqual([{ key: 'worldview', reason: 'invalid', value: 'atlantis' }]);
  });
});
