import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareDays,
  comparePartialDates,
  effectiveDay,
  firstDay,
  formatPartialDate,
  isDay,
  parsePartialDate,
} from '@/lib/data/dates';

describe('parsePartialDate', () => {
  it('infers the precision from the format', () => {
    expect(parsePartialDate('2020-09-15')).toEqual({ value: '2020-09-15', precision: 'day' });
    expect(parsePartialDate('1992-08')).toEqual({ value: '1992-08', precision: 'month' });
    expect(parsePartialDate('1997')).toEqual({ value: '1997', precision: 'year' });
  });

  it('rejects impossible or malformed dates', () => {
    for (const value of ['2021-02-29', '2020-13', '2020-00-10', '20-01-01', '2020/01/01', '']) {
      expect(parsePartialDate(value), value).toBeNull();
    }
    expect(parsePartialDate('2024-02-29')).not.toBeNull();
    expect(isDay('2025-11')).toBe(false);
  });

  it('takes as days only real calendar days written in full', () => {
    for (const value of ['2024-02-29', '2000-02-29', '2025-12-31', '0001-01-01']) {
      expect(isDay(value), value).toBe(true);
    }
    for (const value of ['2025-02-29', '1900-02-29', '2025-04-31', '2025-1-01', '2025', '']) {
      expect(isDay(value), value).toBe(false);
    }
  });
});

describe('effectiveDay', () => {
  it('is the last day of a month, including leap Februaries', () => {
    expect(effectiveDay({ value: '1992-08', precision: 'month' })).toBe('1992-08-31');
    expect(effectiveDay({ value: '2024-02', precision: 'month' })).toBe('2024-02-29');
    expect(effectiveDay({ value: '2023-02', precision: 'month' })).toBe('2023-02-28');
    // Centuries are leap years only every 400 years.
    expect(effectiveDay({ value: '2000-02', precision: 'month' })).toBe('2000-02-29');
    expect(effectiveDay({ value: '1900-02', precision: 'month' })).toBe('1900-02-28');
  });

  it('is the calendar’s last day of any month of any year', () => {
    const month = fc.record({
      year: fc.integer({ min: 1, max: 9999 }),
      month: fc.integer({ min: 1, max: 12 }),
    });
    fc.assert(
      fc.property(month, ({ year, month }) => {
        const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
        const last = new Date(0);
        last.setUTCFullYear(year, month, 0); // day 0 of the next month
        expect(effectiveDay({ value, precision: 'month' })).toBe(
          `${value}-${String(last.getUTCDate()).padStart(2, '0')}`,
        );
      }),
    );
  });

  it('is the last day of a year, and the day itself for a day', () => {
    expect(effectiveDay({ value: '2016', precision: 'year' })).toBe('2016-12-31');
    expect(effectiveDay({ value: '2021-01-05', precision: 'day' })).toBe('2021-01-05');
    expect(firstDay({ value: '2016', precision: 'year' })).toBe('2016-01-01');
  });
});

describe('comparePartialDates', () => {
  it('orders by effective day, so a month sorts after its own days', () => {
    const dates = [
      { value: '2020-10', precision: 'month' as const },
      { value: '2020-10-31', precision: 'day' as const },
      { value: '2020-10-15', precision: 'day' as const },
    ];
    expect([...dates].sort(comparePartialDates).map((d) => d.value)).toEqual([
      '2020-10-15',
      '2020-10-31',
      '2020-10',
    ]);
  });
});

describe('compareDays', () => {
  const day = fc
    .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z') })
    .map((date) => date.toISOString().slice(0, 10));

  it('orders days as the calendar does, "" (no day) first', () => {
    const days = ['2020-10-15', '', '2020-09-30', '1992-08-31', '2020-10-15', '2021-01-01'];
    expect([...days].sort(compareDays)).toEqual([
      '',
      '1992-08-31',
      '2020-09-30',
      '2020-10-15',
      '2020-10-15',
      '2021-01-01',
    ]);
  });

  it('agrees with the time between the days, for any two', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const calendar = Math.sign(Date.parse(a) - Date.parse(b));
        expect(compareDays(a, b)).toBe(calendar);
        expect(compareDays(b, a)).toBe(-calendar || 0);
      }),
    );
  });
});

describe('formatPartialDate', () => {
  it('shows only the known precision in English', () => {
    expect(formatPartialDate({ value: '2025-11-06', precision: 'day' }, 'en')).toBe(
      '6 November 2025',
    );
    expect(formatPartialDate({ value: '1992-08', precision: 'month' }, 'en')).toBe('August 1992');
    expect(formatPartialDate({ value: '1997', precision: 'year' }, 'en')).toBe('1997');
  });

  it('formats in Russian with the nominative month when there is no day', () => {
    // A no-break space keeps the year and «г.» on one line, on the server and in every browser.
    expect(formatPartialDate({ value: '2025-11-06', precision: 'day' }, 'ru')).toBe(
      '6 ноября 2025\u00a0г.',
    );
    expect(formatPartialDate({ value: '1992-08', precision: 'month' }, 'ru')).toBe(
      'август 1992\u00a0г.',
    );
    expect(formatPartialDate({ value: '1997', precision: 'year' }, 'ru')).toMatch(/^1997/);
  });
});

describe('formatPartialDate, remembered', () => {
  it('gives every day the text Intl gives it, past the cap of remembered texts too', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    // 1990–2030 is ~15,000 days: more than the texts kept, so the cache starts over on the way.
    const days: string[] = [];
    for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2031, 0, 1); t += 86_400_000) {
      days.push(new Date(t).toISOString().slice(0, 10));
    }
    for (const day of [...days, days[0]!]) {
      const text = formatPartialDate({ value: day, precision: 'day' }, 'en');
      expect(text, day).toBe(intl.format(new Date(`${day}T00:00:00Z`)));
    }
  });
});

describe('formatPartialDate after a preposition', () => {
  it('puts a month-precise Russian date in the genitive, as «с» requires', () => {
    const may = { value: '1996-05', precision: 'month' as const };
    expect(`с ${formatPartialDate(may, 'ru', 'genitive')}`).toBe('с мая 1996\u00a0г.');
    expect(formatPartialDate({ value: '1992-08', precision: 'month' }, 'ru', 'genitive')).toBe(
      'августа 1992\u00a0г.',
    );
  });

  it('leaves days, years and English as they are', () => {
    expect(formatPartialDate({ value: '2025-11-06', precision: 'day' }, 'ru', 'genitive')).toBe(
      '6 ноября 2025\u00a0г.',
    );
    expect(formatPartialDate({ value: '1997', precision: 'year' }, 'ru', 'genitive')).toBe(
      formatPartialDate({ value: '1997', precision: 'year' }, 'ru'),
    );
    expect(formatPartialDate({ value: '1996-05', precision: 'month' }, 'en', 'genitive')).toBe(
      'May 1996',
    );
  });

  it('declines every month through ICU, never leaving the nominative', () => {
    for (let month = 1; month <= 12; month++) {
      const date = { value: `2021-${String(month).padStart(2, '0')}`, precision: 'month' as const };
      const genitive = formatPartialDate(date, 'ru', 'genitive');
      expect(genitive, date.value).not.toBe(formatPartialDate(date, 'ru'));
      expect(genitive, date.value).toMatch(/^[а-я]+ 2021\sг\.$/);
    }
  });
});
