import { useTranslations } from 'next-intl';
import type { AccordsStatus } from '@/lib/data/enums';
import { STATUS_STYLE } from '@/lib/status-style';

/**
 * A country's Accords status: a swatch in its map colour plus the words. Announced statuses get
 * a dashed outline, implemented ones a solid swatch, matching the map.
 */
export function StatusBadge({ status }: { status: AccordsStatus }) {
  const t = useTranslations('status');
  const { fill, implemented } = STATUS_STYLE[status];
  return (
    <span className="inline-flex items-center gap-1.5 text-sm">
      <span
        aria-hidden="true"
        className="inline-block size-3 rounded-sm border border-gray-700"
        style={{ backgroundColor: fill, borderStyle: implemented ? 'solid' : 'dashed' }}
      />
      {t(status)}
    </span>
  );
}
