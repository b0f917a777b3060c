'use client';

import { type RefObject, useEffect, useRef } from 'react';

/** The detail panels' heading (components/panel/panel-header.tsx). */
const HEADING_ID = 'detail-panel-title';

/**
 * Focus follows the selection, so keyboard and screen-reader users land where the content changed:
 *
 * - a new selection (list, search, map, a tie) focuses the new panel's heading and shows the panel
 *   from its top, also when the previous panel was scrolled (a tie opened from a long ties list);
 * - closing it returns focus to what opened the first panel (the search field), or, when that is
 *   gone (an overview list button re-created on close), to that country's button in the list.
 *
 * Only when focus is in the panel or lost with it: Escape pressed on the slider leaves focus there.
 * The first render (a deep link) moves nothing, nor does a selection made while `follow` is false
 * (the events view, where `country` and `pair` are filters chosen in the view: focus stays there).
 */
export function useSelectionFocus(
  selection: string,
  panelRef: RefObject<HTMLElement | null>,
  follow = true,
) {
  const previous = useRef(selection);
  const lastFocused = useRef<Element | null>(null);
  const opener = useRef<{ element: Element | null; selection: string } | null>(null);

  // The element that opened a panel is often unmounted by the time the effect below runs, so
  // remember every focus as it happens.
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      lastFocused.current = event.target as Element;
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);

  useEffect(() => {
    const before = previous.current;
    previous.current = selection;
    if (selection === before || !follow) return;
    const panel = panelRef.current;
    if (!panel) return;

    if (selection) {
      if (!before) opener.current = { element: lastFocused.current, selection };
      const focusHeading = (heading: HTMLElement) => {
        panel.scrollTop = 0;
        heading.focus({ preventScroll: true });
        // On a phone the page scrolls, not the panel: bring the heading up when it sits low.
        const top = heading.getBoundingClientRect().top;
        if (top < 0 || top > window.innerHeight / 2) heading.scrollIntoView({ block: 'start' });
      };
      const heading = document.getElementById(HEADING_ID);
      if (heading) return focusHeading(heading);
      // The panel's code is its own chunk, which may still be loading (a first selection on a
      // slow link): focus its heading when it appears, unless the selection changes first.
      const observer = new MutationObserver(() => {
        const appeared = document.getElementById(HEADING_ID);
        if (!appeared) return;
        observer.disconnect();
        focusHeading(appeared);
      });
      observer.observe(panel, { childList: true, subtree: true });
      return () => observer.disconnect();
    }

    const active = document.activeElement;
    if (active && active !== document.body && !panel.contains(active)) return;
    const { element, selection: opened } = opener.current ?? { element: null, selection: '' };
    opener.current = null;
    const target =
      (element?.isConnected && element instanceof HTMLElement ? element : null) ??
      panel.querySelector<HTMLElement>(`[data-select="${opened.split('~')[0]}"]`) ??
      panel.querySelector<HTMLElement>('h2');
    target?.focus();
  }, [selection, panelRef, follow]);
}
