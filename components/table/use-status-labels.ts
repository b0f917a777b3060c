import { useTranslations } from '@/components/i18n/use-translations';
import { useMemo } from 'react';
import type { AccordsStatus } from '@/lib/data/enums';
import { statusLabels } from '@/lib/table';

/** The status labels in the UI's words, which the table filter matches too (lib/table.ts filterRows). */
export function useStatusLabels(): Record<AccordsStatus, string> {
  const tStatus = useTranslations('status');
  return useMemo(() => statusLabels(tStatus), [tStatus]);
}
