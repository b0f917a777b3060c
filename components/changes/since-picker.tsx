'use client';

import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import { type FormEvent, useId, useState } from 'react';
import { type DisplayLocale, formatPartialDate, isDay } from '@/lib/data/dates';
import { addDays } from '@/lib/timeline';

/** The start offered first: a year before the as-of day, or the timeline's first day. */
const DEFAULT_SPAN_DAYS = 365;

/**
 * "What changed since…" under a country or pair panel: a day before the as-of date, applied with
 * Enter or Show (it sets `since=`). A day outside [min, day) says so and changes nothing.
 */
export function SincePicker({
  min,
  day,
  onSince,
}: {
  /** The timeline's first day. */
  min: string;
  /** The as-of day: the start must be before it. */
  day: string;
  onSince: (since: string) => void;
}) {
  const t = useTranslations('changes');
  const locale = useLocale() as DisplayLocale;
  const id = useId();
  const errorId = useId();
  const latest = addDays(day, -1);
  const proposed = addDays(day, -DEFAULT_SPAN_DAYS);
  const [value, setValue] = useState(proposed < min ? min : proposed);
  const [error, setError] = useState(false);
  if (day <= min) return null;
  const dates = {
    min: formatPartialDate({ value: min, precision: 'day' }, locale),
    date: formatPartialDate({ value: day, precision: 'day' }, locale),
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ok = isDay(value) && value >= min && value < day;
    setError(!ok);
    if (ok) onSince(value);
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="mx-4 mb-4 flex flex-wrap items-center gap-x-2 gap-y-1 rounded border border-gray-200 p-2 text-sm"
      data-testid="changes:since-picker"
    >
      <label htmlFor={id} className="font-semibold">
        {t('sinceLabel')}
      </label>
      <input
        id={id}
        type="date"
        min={min}
        max={latest}
        value={value}
        aria-invalid={error || undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          setValue(event.currentTarget.value);
          setError(false);
        }}
        className="min-h-8 rounded border border-gray-400 bg-white px-1.5 tabular-nums"
      />
      <button
        type="submit"
        className="min-h-8 rounded border border-gray-400 bg-white px-3 font-semibold hover:bg-gray-100"
      >
        {t('sinceGo')}
      </button>
      {error && (
        <p id={errorId} role="alert" className="w-full text-red-800">
          {t('sinceError', dates)}
        </p>
      )}
    </form>
  );
}
