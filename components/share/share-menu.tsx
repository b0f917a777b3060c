'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { DisclosureMenu } from '../menu/disclosure-menu';
import { useDisclosureMenu } from '../menu/use-disclosure-menu';
import { cn } from '@/lib/cn';
import type { DisplayLocale } from '@/lib/data/dates';
import { citation, formatDay } from '@/lib/share';

export interface ShareMenuProps {
  /** The view's absolute, canonical URL. */
  url: string;
  /** The view's title (`viewTitle`). */
  title: string;
  /** The dataset's as-of day, YYYY-MM-DD. */
  asOf: string;
  /** The iframe snippet (`embedSnippet`), already escaped. */
  embedSnippet: string;
}

type CopyTarget = 'link' | 'citation' | 'embed';

const FIELD_CLASS =
  'mt-1 w-full rounded border border-gray-300 bg-gray-50 px-2 py-1 text-xs text-gray-800';
const COPY_BUTTON_CLASS =
  'mt-1 rounded bg-blue-800 px-2.5 py-1 text-sm font-semibold text-white hover:bg-blue-900';

/** Today as a YYYY-MM-DD day (UTC), for "accessed …". */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * "Share": a disclosure button opening a small panel to copy the view's link, a citation or an
 * iframe embed code. Copying uses the Clipboard API; where it is missing or refused, the text is
 * selected for Ctrl+C instead. A polite live region says what happened.
 */
export function ShareMenu({ url, title, asOf, embedSnippet }: ShareMenuProps) {
  const t = useTranslations('share');
  const locale = useLocale() as DisplayLocale;
  const menu = useDisclosureMenu();
  const { panelId, announce } = menu;
  // Set when the panel opens (never during render), so server and client HTML agree.
  const [accessed, setAccessed] = useState<string | null>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const citationRef = useRef<HTMLTextAreaElement>(null);
  const embedRef = useRef<HTMLTextAreaElement>(null);

  const citationText = accessed
    ? citation({ title, asOf: formatDay(asOf, locale), accessed: formatDay(accessed, locale), url })
    : '';
  const texts: Record<CopyTarget, string> = {
    link: url,
    citation: citationText,
    embed: embedSnippet,
  };

  const copy = async (target: CopyTarget) => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('Clipboard API unavailable');
      await navigator.clipboard.writeText(texts[target]);
      announce(t(`copied.${target}`));
    } catch {
      const field = { link: linkRef, citation: citationRef, embed: embedRef }[target].current;
      field?.focus();
      field?.select();
      announce(t('copyManually'));
    }
  };

  return (
    <DisclosureMenu
      menu={menu}
      label={t('button')}
      panelLabel={t('panelLabel')}
      testId="share"
      onOpen={() => setAccessed(today())}
      panelClassName="w-[min(24rem,calc(100vw-1rem))] space-y-3 p-3"
    >
      <div>
        <label htmlFor={`${panelId}-link`} className="text-sm font-semibold">
          {t('link')}
        </label>
        <input
          ref={linkRef}
          id={`${panelId}-link`}
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className={cn(FIELD_CLASS, 'font-mono')}
        />
        <button
          type="button"
          data-testid="share:copy-link"
          onClick={() => void copy('link')}
          className={COPY_BUTTON_CLASS}
        >
          {t('copyLink')}
        </button>
      </div>
      <div>
        <label htmlFor={`${panelId}-citation`} className="text-sm font-semibold">
          {t('citation')}
        </label>
        <textarea
          ref={citationRef}
          id={`${panelId}-citation`}
          readOnly
          rows={4}
          value={citationText}
          className={cn(FIELD_CLASS, 'resize-none font-sans')}
        />
        <button
          type="button"
          data-testid="share:copy-citation"
          onClick={() => void copy('citation')}
          className={COPY_BUTTON_CLASS}
        >
          {t('copyCitation')}
        </button>
      </div>
      <div>
        <label htmlFor={`${panelId}-embed`} className="text-sm font-semibold">
          {t('embed')}
        </label>
        <p id={`${panelId}-embed-hint`} className="text-xs text-gray-600">
          {t('embedHint')}
        </p>
        <textarea
          ref={embedRef}
          id={`${panelId}-embed`}
          readOnly
          rows={4}
          value={embedSnippet}
          aria-describedby={`${panelId}-embed-hint`}
          data-testid="share:embed-code"
          className={cn(FIELD_CLASS, 'resize-none font-mono break-all')}
        />
        <button
          type="button"
          data-testid="share:copy-embed"
          onClick={() => void copy('embed')}
          className={COPY_BUTTON_CLASS}
        >
          {t('copyEmbed')}
        </button>
      </div>
    </DisclosureMenu>
  );
}
