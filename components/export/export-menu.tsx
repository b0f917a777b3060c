'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from '@/components/i18n/use-translations';
import { useState } from 'react';
import { DisclosureMenu } from '../menu/disclosure-menu';
import { useDisclosureMenu } from '../menu/use-disclosure-menu';
import type { Dataset } from '@/lib/data/schema';
import type { ExportView } from '@/lib/export/geojson';
import type { PngScale } from '@/lib/export/png-scale';

export interface ExportMenuProps {
  data: Dataset;
  /** The view as the URL has it (`useView`, components/url/use-view.ts). */
  view: ExportView;
  /** The view's absolute, canonical URL (`viewUrl`, lib/link-diagnosis.ts), written into the GeoJSON. */
  url: string;
  /** The map as a PNG at a scale (`captureAndCompose`); left out when the map cannot draw. */
  onExportPng?: (scale: PngScale) => Promise<Blob>;
  /** Prepares the printed brief (its map image), then the menu prints. */
  onPrint?: () => Promise<void>;
  /** The table's CSV and its file name (lib/table.ts tableCsvDownload); left out when there is no table. */
  onExportCsv?: () => Promise<{ blob: Blob; fileName: string }>;
}

// The panel (its items and their handlers) loads when a pointer or focus first reaches the
// button, or at the latest on opening, like the exports' builders: nothing of it is needed to show
// the page.
const loadPanel = () => import('./export-panel').then((m) => m.ExportPanel);
const ExportPanel = dynamic(loadPanel);

/**
 * "Export": a disclosure button opening a small panel (components/export/export-panel.tsx) to
 * download the map, its layers or the table, or to print a brief.
 */
export function ExportMenu(props: ExportMenuProps) {
  const t = useTranslations('export');
  const menu = useDisclosureMenu();
  const [opened, setOpened] = useState(false);
  return (
    <DisclosureMenu
      menu={menu}
      label={t('button')}
      panelLabel={t('panelLabel')}
      testId="export"
      loadAhead={loadPanel}
      onOpen={() => setOpened(true)}
      className="print:hidden"
      panelClassName="w-[min(18rem,calc(100vw-1rem))] space-y-1 p-2"
    >
      {opened && <ExportPanel {...props} announce={menu.announce} close={menu.close} />}
    </DisclosureMenu>
  );
}
