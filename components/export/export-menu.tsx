'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { DisclosureMenu } from '../menu/disclosure-menu';
import { useDisclosureMenu } from '../menu/use-disclosure-menu';
import type { Dataset } from '@/lib/data/schema';
import type { ExportExtension } from '@/lib/export/file-name';
import type { ExportView } from '@/lib/export/geojson';
import { DEFAULT_PNG_SCALE, PNG_SCALES, type PngScale } from '@/lib/export/png-scale';

export interface ExportMenuProps {
  data: Dataset;
  /** The view as the URL has it (`useView`, components/url/use-view.ts). */
  view: ExportView;
  /** The view's absolute, canonical URL (`shareMenuProps(…).url`), written into the GeoJSON. */
  url: string;
  /** The map as a PNG at a scale (`captureAndCompose`); left out when the map cannot draw. */
  onExportPng?: (scale: PngScale) => Promise<Blob>;
  /** Prepares the printed brief (its map image), then the menu prints. */
  onPrint?: () => Promise<void>;
  /** The table's CSV and its file name (lib/table.ts tableCsvDownload); left out when there is no table. */
  onExportCsv?: () => Promise<{ blob: Blob; fileName: string }>;
}

const ITEM_CLASS =
  'block w-full rounded px-2.5 py-1.5 text-left text-sm font-semibold text-gray-800 hover:bg-gray-100 aria-disabled:cursor-wait aria-disabled:text-gray-500';

/**
 * "Export": a disclosure button opening a small panel to download the map as PNG, the visible
 * layers as GeoJSON or the table as CSV, or to print a one-page brief (app/print.css). A polite
 * live region says what was downloaded.
 */
export function ExportMenu({
  data,
  view,
  url,
  onExportPng,
  onExportCsv,
  onPrint,
}: ExportMenuProps) {
  const t = useTranslations('export');
  const translate = useTranslations();
  const tPng = useTranslations('pngExport');
  const menu = useDisclosureMenu();
  const { announce, close } = menu;
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
    <DisclosureMenu
      menu={menu}
      label={t('button')}
      panelLabel={t('panelLabel')}
      testId="export"
      className="print:hidden"
      panelClassName="w-[min(18rem,calc(100vw-1rem))] space-y-1 p-2"
    >
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
    </DisclosureMenu>
  );
}
