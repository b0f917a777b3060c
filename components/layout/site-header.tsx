import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { type DisplayLocale, formatPartialDate } from '@/lib/data/dates';

/** Title bar with the dataset's as-of date, which every view shows, and the view's tools. */
export function SiteHeader({ asOf, children }: { asOf: string; children?: ReactNode }) {
  const t = useTranslations('app');
  const locale = useLocale() as DisplayLocale;
  const date = formatPartialDate({ value: asOf, precision: 'day' }, locale);
  return (
    // One row from lg up (no wrapping that changes as fonts arrive: no layout shift); wraps on phones.
    <header className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1.5 border-b border-gray-200 px-3 py-1.5 sm:px-4 sm:py-2 lg:flex-nowrap">
      <div className="min-w-0">
        <h1 className="text-lg font-semibold">{t('title')}</h1>
        <p className="text-sm text-gray-600">
          <span className="hidden 2xl:inline">{t('tagline')} · </span>
          <span className="whitespace-nowrap text-gray-700" data-testid="header:as-of">
            {t('asOf', { date })}
          </span>
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-1.5 sm:gap-2 lg:flex-nowrap">{children}</div>
    </header>
  );
}
