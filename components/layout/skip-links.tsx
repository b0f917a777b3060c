import { useTranslations } from '@/components/i18n/use-translations';
import type { MouseEvent } from 'react';

/** Ids of the skip links' targets, set on the dashboard's regions. */
export const SKIP_TARGETS = {
  panel: 'panel',
  layers: 'layers',
  timeline: 'timeline',
} as const;

const LINKS = [
  { target: SKIP_TARGETS.panel, label: 'skipPanel' },
  { target: SKIP_TARGETS.layers, label: 'skipLayers' },
  { target: SKIP_TARGETS.timeline, label: 'skipTimeline' },
] as const;

/** Moves focus itself: following a fragment link would not focus a non-tabbable target everywhere. */
function focusTarget(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
}

/**
 * Links, first in Tab order and shown when focused, that jump past the header and the map to the
 * panel, the layers or the timeline. Targets carry tabIndex={-1}.
 */
export function SkipLinks() {
  const t = useTranslations('nav');
  return (
    <nav aria-label={t('skipTo')} className="contents">
      {LINKS.map(({ target, label }) => (
        <a
          key={target}
          href={`#${target}`}
          onClick={(event) => focusTarget(event, target)}
          data-testid={`skip:${target}`}
          className="sr-only z-50 rounded bg-white px-3 py-2 font-semibold text-blue-900 shadow ring-2 ring-blue-700 focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          {t(label)}
        </a>
      ))}
    </nav>
  );
}
