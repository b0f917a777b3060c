'use client';

import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import type { ChangeStep } from '@/lib/data/changes';
import { type DisplayLocale, formatPartialDate } from '@/lib/data/dates';
import type { Dataset } from '@/lib/data/schema';
import { useChangeText } from './use-change-text';

/** Shown in the caption at most; the rest are summed up ("and 2 more"). */
const MAX_LINES = 3;

/**
 * Play's caption over the map: the step's date, its events' titles and what they changed. One
 * polite live region, replaced (not appended) at each step, so a screen reader hears each step
 * once and is never interrupted.
 */
export function PlayCaption({
  data,
  day,
  step,
}: {
  data: Dataset;
  day: string;
  /** The step's events and changes; undefined on a day with none (the as-of date). */
  step: ChangeStep | undefined;
}) {
  const t = useTranslations('changes');
  const locale = useLocale() as DisplayLocale;
  const changeText = useChangeText(data);
  const date = formatPartialDate({ value: day, precision: 'day' }, locale);
  const titles = (step?.events ?? [])
    .filter((event) => event.accords)
    .concat((step?.events ?? []).filter((event) => !event.accords))
    .map((event) => (locale === 'ru' ? event.titleRu : event.title));
  const changes = (step?.changes ?? []).map(changeText);
  const more = (lines: readonly string[]) =>
    lines.length > MAX_LINES
      ? [...lines.slice(0, MAX_LINES), t('more', { count: lines.length - MAX_LINES })]
      : lines;
  return (
    <figure
      aria-label={t('captionLabel')}
      data-testid="play:caption"
      className="pointer-events-none absolute inset-x-2 bottom-8 z-10 max-w-md rounded bg-white/95 px-3 py-2 text-sm text-gray-900 shadow-md ring-1 ring-black/10 sm:right-auto sm:left-2.5"
    >
      <figcaption aria-live="polite" aria-atomic="true">
        <p className="font-semibold tabular-nums" data-testid="play:caption-date">
          {titles.length > 0 ? date : t('captionEnd', { date })}
        </p>
        {more(titles).map((title, index) => (
          <p key={index} className="font-medium" data-testid="play:caption-title">
            {title}
          </p>
        ))}
        {changes.length > 0 && (
          <ul
            className="mt-1 list-disc pl-4 text-xs text-gray-800"
            data-testid="play:caption-changes"
          >
            {more(changes).map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        )}
      </figcaption>
    </figure>
  );
}
