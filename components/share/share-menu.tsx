'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { DisclosureMenu } from '../menu/disclosure-menu';
import { useDisclosureMenu } from '../menu/use-disclosure-menu';
import type { CitedMeta, CitedView } from '@/lib/citation';
import { cn } from '@/lib/cn';

export interface ShareMenuProps {
  /** The view's absolute, canonical URL. */
  url: string;
  /** The view's title (`viewTitle`). */
  title: string;
  /** The dataset's as-of day, YYYY-MM-DD. */
  asOf: string;
  /** The iframe snippet (`embedSnippet`), already escaped. */
  embedSnippet: string;
  /** The dataset's version, year and as-of day, and the view, which the citation is made of. */
  cite: { meta: CitedMeta; view: CitedView };
}

type CopyTarget = 'link' | 'embed';

// The citation forms load when the panel first opens: nothing of them is needed to show the page.
const CitationSection = dynamic(() => import('./citation-section').then((m) => m.CitationSection));
type CopyField = HTMLInputElement | HTMLTextAreaElement;

const FIELD_CLASS =
  'mt-1 w-full rounded border border-gray-300 bg-gray-50 px-2 py-1 text-xs text-gray-800';
const COPY_BUTTON_CLASS =
  'mt-1 rounded bg-blue-800 px-2.5 py-1 text-sm font-semibold text-white hover:bg-blue-900';

/** Today as a YYYY-MM-DD day (UTC), for "accessed …". */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * "Share": a disclosure button opening a small panel to copy the view's link, a citation (text,
 * BibTeX, RIS or CSL-JSON; components/share/citation-section.tsx) or an iframe embed code.
 * Copying uses the Clipboard API; where it is missing or refused, the text is selected for Ctrl+C
 * instead. A polite live region says what happened.
 */
export function ShareMenu({ url, title, asOf, embedSnippet, cite }: ShareMenuProps) {
  const t = useTranslations('share');
  const menu = useDisclosureMenu();
  const { panelId, announce } = menu;
  // Set when the panel opens (never during render), so server and client HTML agree.
  const [accessed, setAccessed] = useState<string | null>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const embedRef = useRef<HTMLTextAreaElement>(null);

  const copyText = async (text: string, field: CopyField | null, done: string) => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('Clipboard API unavailable');
      await navigator.clipboard.writeText(text);
      announce(done);
    } catch {
      field?.focus();
      field?.select();
      announce(t('copyManually'));
    }
  };
  const copy = (target: CopyTarget) =>
    copyText(
      target === 'link' ? url : embedSnippet,
      (target === 'link' ? linkRef : embedRef).current,
      t(`copied.${target}`),
    );

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
      {accessed && (
        <CitationSection
          panelId={panelId}
          url={url}
          title={title}
          asOf={asOf}
          cite={cite}
          accessed={accessed}
          onCopy={copyText}
          announce={announce}
          fieldClassName={FIELD_CLASS}
          buttonClassName={COPY_BUTTON_CLASS}
        />
      )}
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
