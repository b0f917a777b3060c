'use client';

import { useTranslations } from '@/components/i18n/use-translations';
import { type ReactNode, useId, useState } from 'react';

/**
 * How many items of a long list a panel shows at first: what an analyst reads at a glance. The
 * server renders only these, so a selection's page stays the same size however many facts the
 * dataset holds (issue 12); the rest is one "Show all" away.
 */
export const PANEL_LIST_LIMIT = 8;

/** What a list holds, for the control's label ("Show all 23 events"). */
export type ListNoun =
  'events' | 'documents' | 'statements' | 'figures' | 'agreements' | 'projects' | 'sources';

/**
 * Where a list's latest items are: `start` (newest first), `end` (oldest first, the usual order of
 * a timeline) or `none` (a list with no date order, whose first items are shown).
 */
export type LatestAt = 'start' | 'end' | 'none';

/** The items shown: all when expanded or short, else `limit` of them at the latest end. */
export function shownItems<T>(
  items: readonly T[],
  limit: number,
  latest: LatestAt,
  expanded: boolean,
): readonly T[] {
  if (expanded || items.length <= limit) return items;
  return latest === 'end' ? items.slice(-limit) : items.slice(0, limit);
}

/**
 * A panel's long list, bounded: the latest `limit` items, and a "Show all n" button that shows
 * the rest in place (from the dataset the page already holds: nothing is fetched) and can hide
 * them again. The button sits where the hidden items appear (above a list whose latest items are
 * at its end), keeps focus, says whether the rest is shown (`aria-expanded`, `aria-controls`), and
 * a line beside it says how many of how many are shown; a live region announces it once the
 * button is used.
 *
 * Not part of the link (docs/links.md): every link reopens the same list, and every fact in it is
 * one click away.
 */
export function ShowAll<T>({
  items,
  noun,
  latest,
  limit = PANEL_LIST_LIMIT,
  children,
}: {
  items: readonly T[];
  noun: ListNoun;
  latest: LatestAt;
  limit?: number;
  /** Renders the list; `listId` goes on the list element (the button controls it). */
  children: (shown: readonly T[], listId: string) => ReactNode;
}) {
  const t = useTranslations('panel.showAll');
  const listId = useId();
  const [expanded, setExpanded] = useState(false);
  // Whether the button was used: only then is the status announced (a panel opening with several
  // long lists must not read out every one of them).
  const [toggled, setToggled] = useState(false);
  const shown = shownItems(items, limit, latest, expanded);
  const list = children(shown, listId);
  if (items.length <= limit) return list;
  const total = items.length;
  const dated = latest !== 'none';
  const status = expanded
    ? t('shownAll', { total })
    : t(dated ? 'shownLatest' : 'shownFirst', { shown: limit, total });
  const control = (
    <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-gray-700">
      <span data-testid="show-all:status">{status}</span>
      <span role="status" className="sr-only">
        {toggled ? status : ''}
      </span>
      <button
        type="button"
        aria-expanded={expanded}
        aria-controls={listId}
        onClick={() => {
          setExpanded(!expanded);
          setToggled(true);
        }}
        className="min-h-6 rounded font-medium text-blue-800 underline hover:text-blue-950"
        data-testid="show-all"
      >
        {expanded
          ? t(dated ? 'showLatest' : 'showFirst', { count: limit })
          : t('show', { items: t(`noun.${noun}`, { count: total }) })}
      </button>
    </p>
  );
  return latest === 'end' ? (
    <>
      {control}
      {list}
    </>
  ) : (
    <>
      {list}
      {control}
    </>
  );
}
