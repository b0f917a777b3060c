/**
 * "Map as PNG" for a view: the map as it is now at a scale, with the view's title, its full key,
 * the citation (the share menu's text, lib/citation.ts), the dataset's version and dates, and the
 * borders' attribution; title, key, version and citation are also texts in the file. Loaded on
 * first use, with the canvas composer.
 */
import type { DisplayLocale } from '@/lib/data/dates';
import type { Dataset } from '@/lib/data/schema';
import type { Translate } from '@/lib/layer-registry';
import { citationSource, citationTextValues, viewCitation } from '@/lib/citation';
import { formatDay, viewTitle } from '@/lib/share';
import type { ExportView } from './geojson';
import { mapKey } from './map-key';
import { type CapturableMap, captureAndCompose } from './png';

export interface MapPngRequest {
  map: CapturableMap;
  data: Dataset;
  view: ExportView;
  /** The view's absolute, canonical URL. */
  url: string;
  t: Translate;
  locale: DisplayLocale;
  /** Image pixels per CSS pixel of the map. */
  scale: number;
}

export function mapPng({ map, data, view, url, t, locale, scale }: MapPngRequest): Promise<Blob> {
  const title = viewTitle(data, view, t);
  const accessed = new Date().toISOString().slice(0, 10);
  const legend = mapKey(data, view, t);
  const dataset = t('pngExport.dataset', {
    version: data.meta.version,
    asOf: formatDay(data.meta.asOf, locale),
    date: formatDay(view.date, locale),
  });
  const citation = viewCitation(citationSource(data.meta, view), {
    title,
    asOf: data.meta.asOf,
    accessed,
    url,
    language: locale,
    note: t('citation.note', {
      version: data.meta.version,
      asOf: formatDay(data.meta.asOf, locale),
    }),
  });
  const citationText = t('citation.text', citationTextValues(citation));
  return captureAndCompose(map, {
    legend,
    title,
    citation: citationText,
    dataset,
    attribution: t('export.attribution'),
    scale,
    text: {
      Title: title,
      Description: legend
        .flatMap((entry) =>
          entry.kind === 'heading'
            ? []
            : [entry.kind === 'symbol' ? `${entry.symbol}: ${entry.label}` : entry.label],
        )
        .join('; '),
      Source: dataset,
      Comment: citationText,
      'Creation Time': new Date().toISOString(),
    },
  });
}
