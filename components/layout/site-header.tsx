'use client';

import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import { type ReactNode, useId, useState } from 'react';
import { cn } from '@/lib/cn';
import { type DisplayLocale, formatPartialDate } from '@/lib/data/dates';

/**
 * Title bar with the dataset's as-of date, which every view shows, and the view's tools. On phones
 * the tools sit behind a Menu button, so the header is one row and the map and panel get the screen.
 */
export function SiteHeader({ asOf, children }: { asOf: string; children?: ReactNode }) {
  const t = useTranslations('app');
  const tAbout = useTranslations('about');
  const locale = useLocale() as DisplayLocale;
  const date = formatPartialDate({ value: asOf, precision: 'day' }, locale);
  const [menuOpen, setMenuOpen] = useState(false);
  const toolsId = useId();
  return (
    // One row from lg up (no wrapping that changes as fonts arrive: no layout shift); wraps on phones.
    <header className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1.5 border-b border-gray-200 px-3 py-1.5 sm:px-4 sm:py-2 lg:flex-nowrap">
      <div className="min-w-0">
        <h1 className="text-base font-semibold md:text-lg">{t('title')}</h1>
        <p className="text-xs text-gray-600 md:text-sm">
          <span className="hidden 2xl:inline">{t('tagline')} · </span>
          <span className="whitespace-nowrap text-gray-700" data-testid="header:as-of">
            {t('asOf', { date })}
          </span>
          {' · '}
          {/* A plain link, not next/link: a full page load leaves nothing of the dashboard (such as
              a camera update still on its way to the address bar) to act on the About page. */}
          <a
            href={locale === 'en' ? '/about' : `/about?lang=${locale}`}
            className="whitespace-nowrap text-blue-800 underline hover:text-blue-950"
            data-testid="header:about"
          >
            {tAbout('link')}
          </a>
        </p>
      </div>
      <button
        type="button"
        aria-expanded={menuOpen}
        aria-controls={toolsId}
        onClick={() => setMenuOpen((open) => !open)}
        data-testid="header:menu"
        className="min-h-11 rounded px-3 text-sm font-semibold ring-1 ring-gray-300 hover:bg-gray-100 md:hidden"
      >
        {t('menu')}
      </button>
      <div
        id={toolsId}
        className={cn(
          'w-full flex-wrap items-center gap-1.5 pb-1 sm:gap-2 md:flex md:w-auto md:pb-0 lg:flex-nowrap',
          menuOpen ? 'flex' : 'hidden',
        )}
      >
        {children}
      </div>
    </header>
  );
}
