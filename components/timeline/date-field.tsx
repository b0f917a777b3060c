'use client';

import { useTranslations } from '@/components/i18n/use-translations';
import { type FormEvent, useId, useState } from 'react';
import { type DisplayLocale, formatPartialDate, isDay } from '@/lib/data/dates';

function formatDay(day: string, locale: DisplayLocale): string {
  return formatPartialDate({ value: day, precision: 'day' }, locale);
}

/** What a typed date does: move to a day (clamped into the range), or nothing, with the reason. */
export type TypedDate =
  { ok: true; day: string; clamped: boolean } | { ok: false; reason: 'empty' | 'invalid' };

/** Reads a typed 'YYYY-MM-DD' day and clamps it into [min, max]. */
export function readTypedDate(value: string, min: string, max: string): TypedDate {
  const text = value.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (!isDay(text)) return { ok: false, reason: 'invalid' };
  const day = text < min ? min : text > max ? max : text;
  return { ok: true, day, clamped: day !== text };
}

/**
 * A typed as-of date: the browser's date field (a calendar on phones), applied with Enter or Go,
 * never while typing (a half-typed year is a real, wrong date). A day outside the timeline is
 * moved to its nearest end and says so; anything else that is not a day says why and changes
 * nothing.
 */
export function DateField({
  day,
  min,
  max,
  locale,
  onChange,
}: {
  day: string;
  min: string;
  max: string;
  locale: DisplayLocale;
  onChange: (day: string) => void;
}) {
  const t = useTranslations('time');
  const id = useId();
  const hintId = useId();
  const messageId = useId();
  const [value, setValue] = useState(day);
  const [seenDay, setSeenDay] = useState(day);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  // The field follows the date when it moves elsewhere (slider, Play, Back).
  if (day !== seenDay) {
    setSeenDay(day);
    setValue(day);
  }
  const range = { min: formatDay(min, locale), max: formatDay(max, locale) };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('day') as HTMLInputElement;
    // A half-typed date reads as '' with `badInput`: it asks for the whole date, as an empty one.
    const typed = readTypedDate(input.validity.badInput ? '' : value, min, max);
    if (!typed.ok) {
      setMessage({ error: true, text: t(`dateError.${typed.reason}`, range) });
      return;
    }
    setMessage(
      typed.clamped
        ? { error: false, text: t('dateClamped', { date: formatDay(typed.day, locale) }) }
        : null,
    );
    setValue(typed.day);
    onChange(typed.day);
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm"
    >
      <label htmlFor={id} className="text-gray-700">
        {t('dateLabel')}
      </label>
      <input
        id={id}
        name="day"
        type="date"
        min={min}
        max={max}
        value={value}
        aria-describedby={message ? `${messageId} ${hintId}` : hintId}
        aria-invalid={message?.error ? true : undefined}
        onChange={(event) => {
          setValue(event.currentTarget.value);
          setMessage(null);
        }}
        data-testid="timeline:date-field"
        className="min-h-8 rounded border border-gray-400 bg-white px-1.5 tabular-nums aria-invalid:border-red-700"
      />
      <button
        type="submit"
        className="min-h-8 rounded border border-gray-400 bg-white px-3 font-semibold hover:bg-gray-100"
      >
        {t('dateGo')}
      </button>
      <span id={hintId} className="text-xs text-gray-600">
        {t('dateHint', range)}
      </span>
      {message && (
        <p
          id={messageId}
          role={message.error ? 'alert' : 'status'}
          data-testid="timeline:date-message"
          className={message.error ? 'w-full text-red-800' : 'w-full text-gray-700'}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
