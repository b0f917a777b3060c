'use client';

import { useLocale, useTranslations } from 'next-intl';
import { type RefObject, useCallback, useRef } from 'react';
import type { DisplayLocale } from '@/lib/data/dates';
import type { Dataset } from '@/lib/data/schema';
import type { ExportView } from '@/lib/export/geojson';
import type { CapturableMap } from '@/lib/export/png';
import type { PngScale } from '@/lib/export/png-scale';
import { type DatasetContext, legendEntries, type LegendEntry } from '@/lib/layer-registry';
import { citation, formatDay, viewTitle } from '@/lib/share';

export interface MapPngExport {
  /** Hand to MapView: it points at the map once the map has loaded, and at null after. */
  captureRef: RefObject<CapturableMap | null>;
  /** The map as it is now at `scale` × its CSS pixels, with title, key, citation and version. */
  exportPng: (scale: PngScale) => Promise<Blob>;
}

/**
 * The full key of a view's map: every visible layer's rows and every symbol it draws on the
 * view's day (lib/layer-registry.ts), as the PNG export and the printed brief show it.
 */
export function useMapKey(data: Dataset, view: ExportView): () => LegendEntry[] {
  const t = useTranslations();
  return useCallback(() => {
    const drawn: DatasetContext = {
      data,
      day: view.date,
      selection: { country: view.country, pair: view.pair },
      symbol: (symbol) => t(`map.mineralSymbol.${symbol}`),
    };
    return legendEntries(view, t, undefined, undefined, drawn);
  }, [data, view, t]);
}

/**
 * The "Map as PNG" export of a view: the ref MapView fills with its map, and the function
 * ExportMenu calls. Title and citation are the share menu's (lib/share.ts); the dataset's version
 * and dates are a footer line and, with the title and the key, texts in the file.
 */
export function useMapPngExport(data: Dataset, view: ExportView, url: string): MapPngExport {
  const t = useTranslations();
  const locale = useLocale() as DisplayLocale;
  const captureRef = useRef<CapturableMap | null>(null);
  const mapKey = useMapKey(data, view);
  const exportPng = useCallback(
    async (scale: PngScale) => {
      const map = captureRef.current;
      if (!map) throw new Error('The map has not loaded yet');
      // Loaded on first use: the canvas composer is not needed to show the map.
      const { captureAndCompose } = await import('@/lib/export/png');
      const title = viewTitle(data, view);
      const accessed = new Date().toISOString().slice(0, 10);
      const legend = mapKey();
      const dataset = t('pngExport.dataset', {
        version: data.meta.version,
        asOf: formatDay(data.meta.asOf, locale),
        date: formatDay(view.date, locale),
      });
      const citationText = citation({
        title,
        asOf: formatDay(data.meta.asOf, locale),
        accessed: formatDay(accessed, locale),
        url,
      });
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
            .filter((entry) => entry.kind !== 'heading')
            .map((entry) =>
              entry.kind === 'symbol' ? `${entry.symbol}: ${entry.label}` : entry.label,
            )
            .join('; '),
          Source: dataset,
          Comment: citationText,
          'Creation Time': new Date().toISOString(),
        },
      });
    },
    [data, view, url, t, locale, mapKey],
  );
  return { captureRef, exportPng };
}
