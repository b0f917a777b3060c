import type { ViewParams } from '@/lib/search-params';

export type ExportExtension = 'png' | 'geojson' | 'csv';

/**
 * `accords-atlas-<date>[-<country|pair>].<ext>`: the view's day, then the selected country or
 * pair in lower case ("kaz", "isr-kaz"), so files from different views do not collide.
 */
export function exportFileName(
  view: Pick<ViewParams, 'date' | 'country' | 'pair'>,
  extension: ExportExtension,
): string {
  const subject = view.pair ? view.pair.join('-') : view.country;
  const parts = ['accords-atlas', view.date, ...(subject ? [subject.toLowerCase()] : [])];
  return `${parts.join('-')}.${extension}`;
}
