import { useTranslations } from '@/components/i18n/use-translations';
import { cn } from '@/lib/cn';
import type { AccordsStatus } from '@/lib/data/enums';
import { hatchCss, isHatched, STATUS_STYLE } from '@/lib/status-style';

/** A status's swatch as the map draws it: its fill, hatched when announced but not done. */
export function StatusSwatch({ status, className }: { status: AccordsStatus; className: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn('shrink-0 rounded-sm', className)}
      style={{
        backgroundColor: STATUS_STYLE[status].fill,
        backgroundImage: isHatched(status) ? hatchCss() : undefined,
      }}
      data-hatched={isHatched(status) || undefined}
    />
  );
}

/**
 * A country's Accords status: a swatch as the map draws it (its fill, hatched when announced but
 * not done) plus the words.
 */
export function StatusBadge({ status }: { status: AccordsStatus }) {
  const t = useTranslations('status');
  return (
    <span className="inline-flex items-center gap-1.5 text-sm">
      <StatusSwatch status={status} className="inline-block size-3.5 border border-gray-700" />
      {t(status)}
    </span>
  );
}
