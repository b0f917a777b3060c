'use client';

import { useLocale, useTranslations } from 'next-intl';
import { type RefObject, useCallback, useRef } from 'react';
import type { DisplayLocale } from '@/lib/data/dates';
import type { Dataset } from '@/lib/data/schema';
import type { ExportView } from '@/lib/export/geojson';
import type { CapturableMap } from '@/lib/export/png';
import { legendEntries } from '@/lib/layer-registry';
import { citation, formatDay, viewTitle } from '@/lib/share';

export interface MapPngExport {
  /** Hand to MapView: it points at the map once the map has loaded, and at null after. */
  captureRef: RefObject<CapturableMap | null>;
  /** The map as it is now, with title, legend, citation and attribution, as a PNG. */
  exportPng: () => Promise<Blob>;
}

/**
 * The "Map as PNG" export of a view: the ref MapView fills with its map, and the function
 * ExportMenu calls. Title and citation are the share menu's (lib/share.ts).
 */
export function useMapPngExport(data: Dataset, view: ExportView, url: string): MapPngExport {
  const t = useTranslations();
  const locale = useLocale() as DisplayLocale;
  const captureRef = useRef<CapturableMap | null>(null);
  const exportPng = useCallback(async () => {
    const map = captureRef.current;
    if (!map) throw new Error('The map has not loaded yet');
    // Loaded on first use: the canvas composer is not needed to show the map.
    const { captureAndCompose } = await import('@/lib/export/png');
    const title = viewTitle(data, view, t);
    const accessed = new Date().toISOString().slice(0, 10);
    return captureAndCompose(map, {
      legend: legendEntries(view, t),
      title,
      citation: citation({
        title,
        asOf: formatDay(data.meta.asOf, locale),
        accessed: formatDay(accessed, locale),
        url,
      }),
      attribution: t('export.attribution'),
    });
  }, [data, view, url, t, locale]);
  return { captureRef, exportPng };
}
