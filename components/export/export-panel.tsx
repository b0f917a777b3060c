'use client';

import { useTranslations } from '@/components/i18n/use-translations';
import { useState } from 'react';
import type { ExportExtension } from '@/lib/export/file-name';
import { DEFAULT_PNG_SCALE, PNG_SCALES, type PngScale } from '@/lib/export/png-scale';
import type { ExportMenuProps } from './export-menu';

export interface ExportPanelProps extends ExportMenuProps {
  /** The menu's polite live region (useDisclosureMenu). */
  announce: (text: string) => void;
  /** Closes the menu (useDisclosureMenu), focus back on its button when asked. */
  close: (returnFocus: boolean) => void;
}

const ITEM_CLASS =
  'block w-full rounded px-2.5 py-1.5 text-left text-sm font-semibold text-gray-800 hover:bg-gray-100 aria-disabled:cursor-wait aria-disabled:text-gray-500';

/**
 * The Export menu's panel (components/export/export-menu.tsx), loaded when the menu first opens:
 * download the map as PNG, the visible layers as GeoJSON or the table as CSV, or print a one-page
 * brief (app/print.css). The live region says what was downloaded.
 */
export function ExportPanel({
  data,
  view,
  url,
  onExportPng,
  onExportCsv,
  onPrint,
  announce,
  close,
}: ExportPanelProps) {
  const t = useTranslations('export');
  const translate = useTranslations();
  const tPng = useTranslations('pngExport');
  const [busy, setBusy] = useState(false);
  const [scale, setScale] = useState<PngScale>(DEFAULT_PNG_SCALE);

  // The download helpers load with the first export, like the builders: not needed to show the page.
  const saveAs = async (blob: Blob, fileName: string) => {
    const { downloadBlob } = await import('@/lib/export/download');
    downloadBlob(blob, fileName);
    announce(t('downloaded', { file: fileName }));
  };
  const save = async (blob: Blob, extension: ExportExtension) => {
    const { exportFileName } = await import('@/lib/export/file-name');
    await saveAs(blob, exportFileName(view, extension));
  };

  const exportPng = async () => {
    if (!onExportPng || busy) return;
    setBusy(true);
    announce(t('preparing'));
    try {
      await save(await onExportPng(scale), 'png');
    } catch (error) {
      console.warn('Map export failed', error);
      announce(t('pngFailed'));
    } finally {
      setBusy(false);
    }
  };

  const exportGeoJson = async () => {
    try {
      // Loaded on first use, like the PNG composer: not needed to show the map.
      const { visibleLayersGeoJson } = await import('@/lib/export/geojson');
      const collection = visibleLayersGeoJson(data, view, { url, t: translate });
      await save(
        new Blob([JSON.stringify(collection)], { type: 'application/geo+json' }),
        'geojson',
      );
    } catch (error) {
      console.warn('GeoJSON export failed', error);
      announce(t('failed'));
    }
  };

  const exportCsv = async () => {
    if (!onExportCsv) return;
    try {
      const { blob, fileName } = await onExportCsv();
      await saveAs(blob, fileName);
    } catch (error) {
      console.warn('Table export failed', error);
      announce(t('failed'));
    }
  };

  const print = async () => {
    close(true);
    try {
      await onPrint?.();
    } catch (error) {
      // The brief prints without its map image rather than not at all.
      console.warn('Map image for the brief failed', error);
    }
    window.print();
  };

  return (
    <>
      {onExportPng && (
        <fieldset
          className="flex items-center gap-1 px-2.5 py-1 text-sm"
          data-testid="export:scale"
        >
          <legend className="float-left mr-2 text-gray-700">{tPng('scale')}</legend>
          {PNG_SCALES.map((value) => (
            <label
              key={value}
              className="cursor-pointer rounded px-2 py-0.5 ring-1 ring-gray-300 has-checked:bg-blue-800 has-checked:text-white has-focus-visible:outline-2"
            >
              <input
                type="radio"
                name="png-scale"
                value={value}
                checked={scale === value}
                onChange={() => setScale(value)}
                className="sr-only"
                data-testid={`export:scale-${value}`}
              />
              {tPng('scaleOption', { scale: value })}
            </label>
          ))}
        </fieldset>
      )}
      {onExportPng && (
        <button
          type="button"
          data-testid="export:png"
          aria-disabled={busy}
          onClick={() => void exportPng()}
          className={ITEM_CLASS}
        >
          {t('png')}
        </button>
      )}
      <button
        type="button"
        data-testid="export:geojson"
        onClick={exportGeoJson}
        className={ITEM_CLASS}
      >
        {t('geojson')}
      </button>
      {onExportCsv && (
        <button type="button" data-testid="export:csv" onClick={exportCsv} className={ITEM_CLASS}>
          {t('csv')}
        </button>
      )}
      <button
        type="button"
        data-testid="export:print"
        onClick={() => void print()}
        className={ITEM_CLASS}
      >
        {t('print')}
      </button>
    </>
  );
}
