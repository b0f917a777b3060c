'use client';

import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import { type RefObject, useCallback, useRef } from 'react';
import type { DisplayLocale } from '@/lib/data/dates';
import type { Dataset } from '@/lib/data/schema';
import type { ExportView } from '@/lib/export/geojson';
import type { CapturableMap } from '@/lib/export/png';
import type { PngScale } from '@/lib/export/png-scale';

export interface MapPngExport {
  /** Hand to MapView: it points at the map once the map has loaded, and at null after. */
  captureRef: RefObject<CapturableMap | null>;
  /** The map as it is now at `scale` × its CSS pixels, with title, key, citation and version. */
  exportPng: (scale: PngScale) => Promise<Blob>;
}

/** The "Map as PNG" export of a view: the ref MapView fills with its map, and the function ExportMenu calls. */
export function useMapPngExport(data: Dataset, view: ExportView, url: string): MapPngExport {
  const t = useTranslations();
  const locale = useLocale() as DisplayLocale;
  const captureRef = useRef<CapturableMap | null>(null);
  const exportPng = useCallback(
    async (scale: PngScale) => {
      const map = captureRef.current;
      if (!map) throw new Error('The map has not loaded yet');
      // Loaded on first use: the canvas composer is not needed to show the map.
      const { mapPng } = await import('@/lib/export/map-png');
      return mapPng({ map, data, view, url, t, locale, scale });
    },
    [data, view, url, t, locale],
  );
  return { captureRef, exportPng };
}
