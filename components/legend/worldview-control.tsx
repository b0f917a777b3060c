'use client';

import dynamic from 'next/dynamic';
import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import { memo } from 'react';
import { type DisplayLocale, formatPartialDate } from '@/lib/data/dates';
import type { Dataset } from '@/lib/data/schema';
import {
  recognitionEvent,
  type Worldview,
  westernSaharaInMorocco,
  WORLDVIEWS,
} from '@/lib/worldview';

// The recognition event shows only for a worldview drawn from a date (`us`, `israel`), not for the
// default `un`: its fact card's code loads when it is first shown.
const EventFact = dynamic(() => import('@/components/panel/event-fact').then((m) => m.EventFact));

export interface WorldviewControlProps {
  data: Dataset;
  worldview: Worldview;
  day: string;
  onChange: (worldview: Worldview) => void;
}

/**
 * Whose lines Western Sahara is drawn by (`worldview=`), with the note on the view shown: what
 * the map draws on the view's day, and why it matters to the Accords (the US recognition was part
 * of the Morocco–Israel deal), with the recognition event and its sources.
 */
function WorldviewControlImpl({ data, worldview, day, onChange }: WorldviewControlProps) {
  const t = useTranslations('worldview');
  const locale = useLocale() as DisplayLocale;
  const event = recognitionEvent(data, worldview);
  const merged = westernSaharaInMorocco(data, worldview, day);
  const date = event ? formatPartialDate(event.date, locale) : '';
  return (
    <section
      aria-labelledby="worldview-heading"
      className="px-4 pb-4"
      data-testid="worldview:panel"
    >
      <h2 id="worldview-heading" className="text-base font-semibold">
        {t('title')}
      </h2>
      <fieldset className="mt-2">
        <legend className="text-sm text-gray-700">{t('legend')}</legend>
        <div className="mt-1 grid gap-1">
          {WORLDVIEWS.map((value) => (
            <label
              key={value}
              className="flex cursor-pointer items-center gap-2 text-sm font-medium"
            >
              <input
                type="radio"
                name="worldview"
                value={value}
                checked={value === worldview}
                onChange={() => onChange(value)}
                className="size-4 accent-blue-800"
                data-testid={`worldview:option-${value}`}
              />
              {t(`name.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-2 space-y-1 text-xs text-gray-700" data-testid="worldview:note">
        <p className="font-semibold" data-drawn={merged ? 'merged' : 'apart'}>
          {t(merged ? 'shown.merged' : 'shown.apart')}
        </p>
        <p>{t(`why.${worldview}`, { date })}</p>
        {event && !merged && <p>{t('before', { date })}</p>}
        <p>{t('lines')}</p>
        {event && (
          <div className="mt-1 rounded border border-gray-200 p-2">
            <EventFact data={data} event={event} />
          </div>
        )}
      </div>
    </section>
  );
}

export const WorldviewControl = memo(WorldviewControlImpl);
