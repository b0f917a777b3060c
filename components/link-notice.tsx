'use client';

import { useTranslations } from '@/components/i18n/use-translations';
import type { LinkNotice as Notice } from '@/lib/link-diagnosis';
import { LAST_DAY } from '@/lib/search-params';

/**
 * Says which parts of a link were ignored or corrected. Values are rendered as React text (never
 * as HTML), already shortened by diagnoseLink.
 */
export function LinkNotice({
  notices,
  onDismiss,
}: {
  notices: readonly Notice[];
  onDismiss: () => void;
}) {
  const t = useTranslations('notice');
  return (
    <div
      role="status"
      className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950"
      data-testid="link:notice"
    >
      <div className="flex items-start justify-between gap-3">
        <div>
          <p className="font-semibold">{t('title')}</p>
          <ul className="list-disc pl-5">
            {notices.map((notice, index) => (
              <li key={`${notice.key}-${index}`}>
                {t(`reason.${notice.reason}`, {
                  key: notice.key,
                  value: notice.value,
                  last: LAST_DAY,
                })}
              </li>
            ))}
          </ul>
          <p>{t('rest')}</p>
        </div>
        <button
          type="button"
          onClick={onDismiss}
          className="rounded px-2 py-1 font-semibold ring-1 ring-amber-400 hover:bg-amber-100"
        >
          {t('dismiss')}
        </button>
      </div>
    </div>
  );
}
