'use client';

import { useTranslations } from '@/components/i18n/use-translations';
import { type FormEvent, memo, useId, useState } from 'react';
import { parseAsDatasetDay } from '@/lib/search-params';

export interface CompareControlProps {
  /** The day the left side shows, or null when not comparing. */
  compare: string | null;
  /** The view's date (the right side); comparing it with itself is refused. */
  day: string;
  min: string;
  max: string;
  onChange: (compare: string | null) => void;
}

/** Starts, changes and stops the compare view (`compare=`): a day field and its buttons. */
function CompareControlImpl({ compare, day, min, max, onChange }: CompareControlProps) {
  const t = useTranslations('compare');
  const id = useId();
  const [value, setValue] = useState(compare ?? min);
  // A compare day from outside (Back, a pasted link) shows in the field.
  const [shown, setShown] = useState(compare);
  if (compare !== shown) {
    setShown(compare);
    if (compare) setValue(compare);
  }
  const chosen = parseAsDatasetDay.parse(value);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen && chosen !== day) onChange(chosen);
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="px-4 pb-4" data-testid="compare:panel">
      <h2 id={`${id}-heading`} className="text-base font-semibold">
        {t('title')}
      </h2>
      <form onSubmit={submit} className="mt-2 flex flex-wrap items-end gap-2">
        <label className="grid gap-1 text-sm">
          {t('field')}
          <input
            type="date"
            min={min}
            max={max}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            className="rounded border border-gray-400 px-2 py-1"
            data-testid="compare:field"
          />
        </label>
        <button
          type="submit"
          disabled={!chosen || chosen === day}
          className="rounded bg-blue-800 px-3 py-1.5 text-sm font-semibold text-white disabled:bg-gray-400"
          data-testid="compare:start"
        >
          {t('start')}
        </button>
        {compare && (
          <button
            type="button"
            onClick={() => onChange(null)}
            className="rounded px-3 py-1.5 text-sm font-semibold text-blue-900 ring-1 ring-blue-900/40 hover:bg-blue-50"
            data-testid="compare:stop"
          >
            {t('stop')}
          </button>
        )}
      </form>
      <p className="mt-1 text-xs text-gray-700">{t('hint')}</p>
    </section>
  );
}

export const CompareControl = memo(CompareControlImpl);
