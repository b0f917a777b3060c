import { useLocale, useTranslations } from 'next-intl';
import type { DisplayLocale } from '@/lib/data/dates';
import { formatDay } from '@/lib/share';

export interface PrintFooterProps {
  /** The view's absolute, canonical URL. */
  url: string;
  /** The dataset's as-of day, YYYY-MM-DD. */
  asOf: string;
}

/**
 * The printed brief's last lines: where the view lives and how current its data is. Hidden on
 * screen; app/print.css lays it out on paper.
 */
export function PrintFooter({ url, asOf }: PrintFooterProps) {
  const t = useTranslations('export.footer');
  const locale = useLocale() as DisplayLocale;
  return (
    <footer className="print-footer hidden print:block" data-testid="print:footer">
      <p>
        {t('url')} <a href={url}>{url}</a>
      </p>
      <p>{t('asOf', { date: formatDay(asOf, locale) })}</p>
    </footer>
  );
}
