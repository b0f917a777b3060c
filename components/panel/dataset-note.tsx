import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import { type DisplayLocale, formatPartialDate } from '@/lib/data/dates';
import type { Dataset } from '@/lib/data/schema';

/** The dataset's version and release date, how far the sources were searched, and that later events may be missing. */
export function DatasetNote({ data }: { data: Dataset }) {
  const t = useTranslations('app');
  const locale = useLocale() as DisplayLocale;
  const release = data.meta.releases.at(-1);
  return (
    <p
      className="mt-6 border-t border-gray-200 pt-3 text-xs text-gray-600"
      data-testid="panel:dataset-note"
    >
      {release &&
        `${t('datasetVersion', {
          version: release.version,
          date: formatPartialDate({ value: release.date, precision: 'day' }, locale),
        })} `}
      {t('laterEventsMayBeMissing', {
        date: formatPartialDate(data.meta.sourcesSearchedUntil, locale),
      })}
    </p>
  );
}
