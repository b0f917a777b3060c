import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import { useMemo } from 'react';
import { Swatch } from '@/components/legend/swatch';
import type { DisplayLocale } from '@/lib/data/dates';
import type { Dataset } from '@/lib/data/schema';
import { mapKey } from '@/lib/export/map-key';
import type { ViewParams } from '@/lib/search-params';
import { formatDay } from '@/lib/share';

/**
 * The embed's compact key, over the map's corner: the map's date and a row for each layer row
 * and symbol drawn (lib/layer-registry.ts, as the PNG export has them), small and scrollable so
 * it never hides much of a small iframe.
 */
export function EmbedKey({ data, view }: { data: Dataset; view: ViewParams }) {
  const t = useTranslations();
  const locale = useLocale() as DisplayLocale;
  const entries = useMemo(() => mapKey(data, view, t), [data, view, t]);
  return (
    // Focusable, so a key taller than its box scrolls by keyboard too.
    <section
      tabIndex={0}
      aria-label={t('embedMap.keyLabel')}
      className="absolute bottom-2 left-2 z-10 max-h-[45%] max-w-[min(15rem,60%)] cursor-auto overflow-y-auto rounded bg-white/95 px-2 py-1.5 text-[11px] leading-tight text-gray-900 shadow ring-1 ring-gray-300"
      data-testid="embed:key"
    >
      <p className="font-semibold" data-testid="embed:date">
        {t('embedMap.date', { date: formatDay(view.date, locale) })}
      </p>
      <ul className="mt-1 space-y-0.5">
        {entries.map((entry, i) =>
          entry.kind === 'heading' ? (
            <li key={i} className="pt-0.5 font-semibold text-gray-700">
              {entry.label}
            </li>
          ) : (
            <li key={i} className="flex items-center gap-1.5">
              <Swatch entry={entry} />
              {entry.label}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
