'use client';

import { useTranslations } from '@/components/i18n/use-translations';
import { useMemo, useRef } from 'react';
import { cn } from '@/lib/cn';
import { shareMenuProps } from '@/lib/share';
import { CitationSection } from './citation-section';
import type { ShareMenuProps } from './share-menu';

export interface SharePanelProps extends ShareMenuProps {
  /** Id prefix of the menu's panel, for the fields' ids. */
  panelId: string;
  /** The menu's polite live region (useDisclosureMenu). */
  announce: (text: string) => void;
  /** The day the panel was first opened, YYYY-MM-DD: the citation's "accessed". */
  accessed: string;
}

type CopyTarget = 'link' | 'embed';

type CopyField = HTMLInputElement | HTMLTextAreaElement;

const FIELD_CLASS =
  'mt-1 w-full rounded border border-gray-300 bg-gray-50 px-2 py-1 text-xs text-gray-800';
const COPY_BUTTON_CLASS =
  'mt-1 rounded bg-blue-800 px-2.5 py-1 text-sm font-semibold text-white hover:bg-blue-900';

/**
 * The Share menu's panel (components/share/share-menu.tsx), loaded when the menu first opens: the
 * view's link, a citation (text, BibTeX, RIS or CSL-JSON; components/share/citation-section.tsx)
 * and an iframe embed code, each with a copy button. Copying uses the Clipboard API; where it is
 * missing or refused, the text is selected for Ctrl+C instead, and the live region says so.
 */
export function SharePanel({
  data,
  view,
  origin,
  query,
  panelId,
  announce,
  accessed,
}: SharePanelProps) {
  const t = useTranslations('share');
  const translate = useTranslations();
  const { url, title, asOf, embedSnippet } = useMemo(
    () => shareMenuProps(data, view, origin, query, translate),
    [data, view, origin, query, translate],
  );
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
    <>
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
      <CitationSection
        panelId={panelId}
        url={url}
        title={title}
        asOf={asOf}
        cite={{ meta: data.meta, view }}
        accessed={accessed}
        onCopy={copyText}
        announce={announce}
        fieldClassName={FIELD_CLASS}
        buttonClassName={COPY_BUTTON_CLASS}
      />
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
    </>
  );
}
