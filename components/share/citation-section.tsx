'use client';

import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import { useRef, useState } from 'react';
import { cn } from '@/lib/cn';
import {
  type CitedMeta,
  type CitedView,
  citationSource,
  citationTextValues,
  toBibtex,
  toCslJson,
  toRis,
  viewCitation,
} from '@/lib/citation';
import { type DisplayLocale, formatPartialDate } from '@/lib/data/dates';
import { downloadBlob } from '@/lib/export/download';

/** The forms a citation is offered in. */
const FORMATS = ['text', 'bibtex', 'ris', 'csl'] as const;
type CitationFormat = (typeof FORMATS)[number];

/** Names of the machine-readable formats (proper names, the same in every language). */
const FORMAT_NAMES: Record<Exclude<CitationFormat, 'text'>, string> = {
  bibtex: 'BibTeX',
  ris: 'RIS',
  csl: 'CSL-JSON',
};

/** File extension and media type of each format's download. */
const FILES: Record<CitationFormat, { extension: string; type: string }> = {
  text: { extension: 'txt', type: 'text/plain;charset=utf-8' },
  bibtex: { extension: 'bib', type: 'application/x-bibtex;charset=utf-8' },
  ris: { extension: 'ris', type: 'application/x-research-info-systems;charset=utf-8' },
  csl: { extension: 'json', type: 'application/vnd.citationstyles.csl+json;charset=utf-8' },
};

export interface CitationSectionProps {
  /** Id prefix of the share panel, for the fields' ids. */
  panelId: string;
  /** The view's absolute, canonical URL. */
  url: string;
  /** The view's title (`viewTitle`). */
  title: string;
  /** The dataset's as-of day. */
  asOf: string;
  /** The dataset's version, year and as-of day, and the view (its key: `citationSource`). */
  cite: { meta: CitedMeta; view: CitedView };
  /** The day the panel was opened (YYYY-MM-DD). */
  accessed: string;
  /** Copies `text`, or selects it in `field` when the clipboard refuses; says `done` on success. */
  onCopy: (text: string, field: HTMLTextAreaElement | null, done: string) => Promise<void>;
  announce: (text: string) => void;
  fieldClassName: string;
  buttonClassName: string;
}

/**
 * The share panel's citation: a choice of form (text, BibTeX, RIS, CSL-JSON), the citation in
 * that form, and buttons to copy it or save it as a file.
 */
export function CitationSection({
  panelId,
  url,
  title,
  asOf,
  cite,
  accessed,
  onCopy,
  announce,
  fieldClassName,
  buttonClassName,
}: CitationSectionProps) {
  const t = useTranslations('citation');
  const tShare = useTranslations('share');
  const locale = useLocale() as DisplayLocale;
  const [format, setFormat] = useState<CitationFormat>('text');
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const formatName = (f: CitationFormat) => (f === 'text' ? t('formats.text') : FORMAT_NAMES[f]);

  const source = citationSource(cite.meta, cite.view);
  const citation = viewCitation(source, {
    title,
    asOf,
    accessed,
    url,
    language: locale,
    note: t('note', {
      version: source.version,
      asOf: formatPartialDate({ value: asOf, precision: 'day' }, locale),
    }),
  });
  const text = {
    text: () => t('text', citationTextValues(citation)),
    bibtex: () => toBibtex(citation),
    ris: () => toRis(citation),
    csl: () => toCslJson(citation),
  }[format]();

  const download = () => {
    const { extension, type } = FILES[format];
    const fileName = `${source.key}.${extension}`;
    downloadBlob(new Blob([text], { type }), fileName);
    announce(t('downloaded', { file: fileName }));
  };

  return (
    <div>
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={`${panelId}-citation`} className="text-sm font-semibold">
          {tShare('citation')}
        </label>
        <label className="flex items-center gap-1 text-xs text-gray-700">
          {t('format')}
          <select
            value={format}
            onChange={(event) => setFormat(event.currentTarget.value as CitationFormat)}
            data-testid="share:citation-format"
            className="rounded border border-gray-300 bg-white px-1 py-0.5 text-xs text-gray-900"
          >
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {formatName(f)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <textarea
        ref={fieldRef}
        id={`${panelId}-citation`}
        readOnly
        rows={format === 'text' ? 4 : 7}
        value={text}
        spellCheck={false}
        data-testid="share:citation"
        className={cn(
          fieldClassName,
          'resize-none',
          format === 'text' ? 'font-sans' : 'font-mono whitespace-pre',
        )}
      />
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          data-testid="share:copy-citation"
          onClick={() =>
            void onCopy(text, fieldRef.current, t('copied', { format: formatName(format) }))
          }
          className={buttonClassName}
        >
          {t('copy')}
        </button>
        <button
          type="button"
          data-testid="share:download-citation"
          onClick={download}
          className={buttonClassName}
        >
          {t('download', { extension: `.${FILES[format].extension}` })}
        </button>
      </div>
    </div>
  );
}
