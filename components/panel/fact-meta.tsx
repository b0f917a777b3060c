import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import { cn } from '@/lib/cn';
import {
  type DateForm,
  type DisplayLocale,
  formatPartialDate,
  type PartialDate,
} from '@/lib/data/dates';
import type { Confidence, SourceKind } from '@/lib/data/enums';
import type { Alternative } from '@/lib/data/schema';

export interface SourceLink {
  id: string;
  url: string;
  publisher: string;
  /** Tier of the page (primary, wire, press...), shown beside the link. */
  kind: SourceKind;
  published: PartialDate | null;
}

const CONFIDENCE_DOT: Record<Confidence, string> = {
  high: 'bg-emerald-600',
  medium: 'bg-amber-500',
  low: 'bg-rose-600',
};

/**
 * A fact's date as precise as it is known ("November 2025"), or "Date unknown". `form` is
 * 'genitive' after «с» ("since"): "с мая 1996 г.".
 */
export function FactDate({
  date,
  className,
  form,
}: {
  date: PartialDate | null;
  className?: string;
  form?: DateForm;
}) {
  // Apart, so the many known dates of a panel need no translator (each costs a render).
  if (!date) return <UnknownDate className={className} />;
  return <KnownDate date={date} className={className} form={form} />;
}

function UnknownDate({ className }: { className?: string }) {
  const t = useTranslations('panel');
  return <span className={className}>{t('dateUnknown')}</span>;
}

function KnownDate({
  date,
  className,
  form,
}: {
  date: PartialDate;
  className?: string;
  form?: DateForm;
}) {
  const locale = useLocale() as DisplayLocale;
  return (
    <time dateTime={date.value} className={cn('tabular-nums', className)}>
      {formatPartialDate(date, locale, form)}
    </time>
  );
}

/** "(since May 1996)", "(с мая 1996 г.)". */
export function SinceDate({ date }: { date: PartialDate }) {
  const t = useTranslations('panel');
  return (
    <>
      {`(${t('sinceLabel')} `}
      <FactDate date={date} form="genitive" />)
    </>
  );
}

/** Confidence grade as a coloured dot with its name spelled out for everyone. */
export function ConfidenceMark({ grade }: { grade: Confidence }) {
  const t = useTranslations('panel');
  return (
    <span className="inline-flex items-center gap-1 text-xs text-gray-600">
      <span
        aria-hidden="true"
        className={cn('inline-block size-2 rounded-full', CONFIDENCE_DOT[grade])}
      />
      {t('confidence', { grade: t(`grade.${grade}`) })}
    </span>
  );
}

/** Links to a fact's sources, labelled by publisher, each with its kind and publication date. */
export function SourceLinks({ sources }: { sources: readonly SourceLink[] }) {
  const t = useTranslations('panel');
  return (
    <span className="text-xs text-gray-600">
      {/* Adjacent texts are joined into one string: each text node costs a render on the server
          and in hydration, and a panel shows hundreds of these lines. */}
      {`${sources.length === 1 ? t('source') : t('sources')}: `}
      {sources.map((source, index) => (
        <span key={source.id} data-testid="fact:source">
          {index > 0 && ', '}
          <a
            href={source.url}
            target="_blank"
            rel="noopener noreferrer"
            className="text-blue-800 underline hover:text-blue-950"
          >
            {source.publisher}
          </a>
          {/* The kind is text, not an element of its own: a panel shows over a hundred sources. */}
          {source.published ? (
            <>
              {` (${t(`sourceKind.${source.kind}`)}, `}
              <FactDate date={source.published} />)
            </>
          ) : (
            ` (${t(`sourceKind.${source.kind}`)}, ${t('undated')})`
          )}
        </span>
      ))}
    </span>
  );
}

/** The line under every fact: confidence and sources. */
export function FactMeta({
  confidence,
  sources,
}: {
  confidence: Confidence;
  sources: readonly SourceLink[];
}) {
  return (
    <p className="mt-0.5 flex flex-wrap items-center gap-x-3 gap-y-0.5">
      <ConfidenceMark grade={confidence} />
      <SourceLinks sources={sources} />
    </p>
  );
}

/** What other sources say instead, shown next to the fact they disagree with. */
export function Disagreements({
  alternatives,
}: {
  alternatives: readonly Alternative[] | undefined;
}) {
  const t = useTranslations('panel');
  return alternatives?.map((alternative, index) => (
    <p
      // Notes can repeat within one fact (one page backing several figures).
      key={index}
      className="mt-1 rounded bg-amber-50 px-2 py-1 text-xs text-amber-950"
      data-testid="fact:disagreement"
    >
      {`${t('disagreement')}: `}
      <span lang="en">
        {alternative.value ? `${alternative.value}. ` : ''}
        {alternative.note}
      </span>
    </p>
  ));
}
