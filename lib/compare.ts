import type { ViewParams } from './search-params';

/**
 * The day the compare map's left side shows, or null when the view is not a comparison: no
 * `compare`, or a `compare` equal to `date` (a link is corrected by lib/link-diagnosis.ts; a date
 * moved onto the compare day in the app ends the comparison the same way), or the table view.
 */
export function compareDay(view: Pick<ViewParams, 'compare' | 'date' | 'view'>): string | null {
  if (view.view !== 'map' || view.compare === null || view.compare === view.date) return null;
  return view.compare;
}
