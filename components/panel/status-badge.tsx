import { useTranslations } from 'next-intl';
import type { AccordsStatus } from '@/lib/data/enums';
import { hatchCss, isHatched, STATUS_STYLE } from '@/lib/status-style';

/**
 * A country's Accords status: a swatch as the map draws it (its fill, hatched when announced but
 * not done) plus the words.
 */
export function StatusBadge({ status }: { status: AccordsStatus }) {
  const t = useTranslations('status');
  return (
    <span className="inline-flex items-center gap-1.5 text-sm">
      <span
        aria-hidden="true"
        className="inline-block size-3.5 shrink-0 rounded-sm border border-gray-700"
        style={{
          backgroundColor: STATUS_STYLE[status].fill,
          backgroundImage: isHatched(status) ? hatchCss() : undefined,
        }}
        data-hatched={isHatched(status) || undefined}
      />
      {t(status)}
    </span>
  );
}
