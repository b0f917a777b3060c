'use client';

import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useReportLoadFailure } from '@/components/layout/load-failure-boundary';
import type * as Changes from '@/lib/data/changes';
import type { ChangeOutline, ChangeStep } from '@/lib/data/changes';
import type { Dataset } from '@/lib/data/schema';
import { sinceBefore, type ViewParams } from '@/lib/search-params';
import { addDays } from '@/lib/timeline';

/** How long a Play step's changes stay outlined ("for a moment"). */
export const STEP_OUTLINE_MS = 2000;

const NONE: ChangeOutline = { countries: [], pairs: [] };

type ChangesModule = typeof Changes;
/** The change builders, once loaded: kept for the page's life, so later views have them at once. */
let loadedChanges: ChangesModule | null = null;

/**
 * The change builders, loaded on first need (`since=` or a Play step): the first view of most
 * links shows no changes, so their code is not part of the page's first load. Null until loaded.
 */
function useChangesModule(needed: boolean): ChangesModule | null {
  const [changes, setChanges] = useState(loadedChanges);
  const reportLoadFailure = useReportLoadFailure();
  useEffect(() => {
    if (!needed || changes) return;
    let live = true;
    import('@/lib/data/changes')
      .then((module) => {
        loadedChanges = module;
        if (live) setChanges(module);
      })
      .catch((error: unknown) => live && reportLoadFailure(error));
    return () => {
      live = false;
    };
  }, [needed, changes, reportLoadFailure]);
  return changes;
}
const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** The reader's motion preference, live; false where it cannot be read (the server, old engines). */
function reducedMotionNow(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(REDUCED_MOTION).matches;
}

function subscribeToMotion(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(REDUCED_MOTION);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/**
 * What the "What changed" panel, Play's caption and the map's change outlines show for a view.
 * `playDay` is the day a Play step last reported (null once the date moves by other means).
 * With `since=` the panel's changes stay outlined; a Play step's flash for STEP_OUTLINE_MS, or,
 * when the reader asks for reduced motion, stay steady until the next step (no blinking).
 */
export function useChangeView(data: Dataset, view: ViewParams, playDay: string | null) {
  const { date: day, country, pair } = view;
  const since = sinceBefore(view.since, day);
  const scope = useMemo<string[]>(
    () => (pair ? [...pair] : country ? [country] : []),
    [pair, country],
  );
  const captionDay = playDay === day ? day : null;
  const changes = useChangesModule(Boolean(since || captionDay));
  const steps = useMemo<ChangeStep[] | null>(() => {
    if (!since || !changes) return null;
    const all = changes.changesBetween(data, since, day);
    return scope.length > 0 ? changes.stepsInvolving(all, scope) : all;
  }, [changes, data, since, day, scope]);

  const captionStep = useMemo(
    () =>
      captionDay && changes
        ? changes.changesBetween(data, addDays(captionDay, -1), captionDay)[0]
        : undefined,
    [changes, data, captionDay],
  );
  const reducedMotion = useSyncExternalStore(subscribeToMotion, reducedMotionNow, () => false);
  const [faded, setFaded] = useState<string | null>(null);
  useEffect(() => {
    if (!captionDay || reducedMotion) return;
    const timer = setTimeout(() => setFaded(captionDay), STEP_OUTLINE_MS);
    return () => clearTimeout(timer);
  }, [captionDay, reducedMotion]);
  const flashing = captionDay !== null && faded !== captionDay;

  const outline = useMemo<ChangeOutline>(() => {
    if (!changes) return NONE;
    if (steps) return changes.changeOutline(steps);
    if (flashing && captionStep) return changes.changeOutline([captionStep]);
    return NONE;
  }, [changes, steps, flashing, captionStep]);

  return { since, scope, steps, captionDay, captionStep, outline };
}
