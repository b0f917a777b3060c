'use client';

import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  type ChangeOutline,
  type ChangeStep,
  changeOutline,
  changesBetween,
  stepsInvolving,
} from '@/lib/data/changes';
import type { Dataset } from '@/lib/data/schema';
import { sinceBefore, type ViewParams } from '@/lib/search-params';
import { addDays } from '@/lib/timeline';

/** How long a Play step's changes stay outlined ("for a moment"). */
export const STEP_OUTLINE_MS = 2000;

const NONE: ChangeOutline = { countries: [], pairs: [] };
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
  const steps = useMemo<ChangeStep[] | null>(() => {
    if (!since) return null;
    const all = changesBetween(data, since, day);
    return scope.length > 0 ? stepsInvolving(all, scope) : all;
  }, [data, since, day, scope]);

  const captionDay = playDay === day ? day : null;
  const captionStep = useMemo(
    () => (captionDay ? changesBetween(data, addDays(captionDay, -1), captionDay)[0] : undefined),
    [data, captionDay],
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
    if (steps) return changeOutline(steps);
    if (flashing && captionStep) return changeOutline([captionStep]);
    return NONE;
  }, [steps, flashing, captionStep]);

  return { since, scope, steps, captionDay, captionStep, outline };
}
