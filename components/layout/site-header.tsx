import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { type DisplayLocale, formatPartialDate } from '@/lib/data/dates';

/** Title bar with the dataset's as-of date, which every view shows, and the view's actions. */
export function SiteHeader({ asOf, children }: { asOf: string; children?: ReactNode }) {
  const t = useTranslations('app');
  const locale = useLocale() as DisplayLocale;
  const date = formatPartialDate({ value: asOf, precision: 'day' }, locale);
  return (
    <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-gray-200 px-4 py-2">
      <div>
        <h1 className="text-lg font-semibold">{t('title')}</h1>
        <p className="text-sm text-gray-600">{t('tagline')}</p>
      </div>
      <div className="flex items-center gap-3">
        <p className="text-sm text-gray-700" data-testid="header:as-of">
          {t('asOf', { date })}
        </p>
        {children}
      </div>
    </header>
  );
}
