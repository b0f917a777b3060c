import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { ACCORDS_STATUSES, type AccordsStatus } from '@/lib/data/enums';

/** The status labels in the UI's words, which the table filter matches too (lib/table.ts filterRows). */
export function useStatusLabels(): Record<AccordsStatus, string> {
  const tStatus = useTranslations('status');
  return useMemo(
    () =>
      Object.fromEntries(ACCORDS_STATUSES.map((status) => [status, tStatus(status)])) as Record<
        AccordsStatus,
        string
      >,
    [tStatus],
  );
}
