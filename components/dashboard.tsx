'use client';

import { useTranslations } from 'next-intl';
import { useQueryStates } from 'nuqs';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Camera } from '@/lib/camera';
import type { Dataset } from '@/lib/data/schema';
import { DATASET_ISO3 } from '@/lib/data/queries';
import { accordsStatusOn } from '@/lib/data/status';
import { VIEW_PARAMS } from '@/lib/search-params';
import { statusFill } from '@/lib/status-style';
import { detectWebgl, type WebglSupport } from '@/lib/webgl';
import { HoverTooltip } from './map/hover-tooltip';
import { type HoveredCountry, MapView } from './map/map-view';
import { CountryPanel } from './panel/country-panel';
import { OverviewPanel } from './panel/overview-panel';
import { SiteHeader } from './layout/site-header';

const noSubscription = () => () => {};

export interface DashboardProps {
  data: Dataset;
}

/** The dashboard: map, side panel and header, driven by the URL (lib/search-params.ts). */
export function Dashboard({ data }: DashboardProps) {
  const t = useTranslations();
  const [{ country, map: camera }, setView] = useQueryStates(VIEW_PARAMS);
  const [outsideName, setOutsideName] = useState<string | null>(null);
  const [hovered, setHovered] = useState<HoveredCountry | null>(null);
  const webgl = useSyncExternalStore<WebglSupport>(noSubscription, detectWebgl, () => 'checking');
  const day = data.meta.asOf;

  const statuses = useMemo(
    () =>
      Object.fromEntries(
        DATASET_ISO3.map((iso3) => [iso3, accordsStatusOn(data, iso3, day).status]),
      ),
    [data, day],
  );
  const fills = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(statuses).map(([iso3, status]) => [iso3, statusFill(status)]),
      ),
    [statuses],
  );
  const labels = useMemo(
    () => Object.fromEntries(data.countries.map((c) => [c.iso3, c.names.en])),
    [data],
  );

  const mapText = useMemo(
    () => ({
      ariaLabel: t('map.ariaLabel'),
      loading: t('map.loading'),
      fitAll: t('map.fitAll'),
      fitAllHint: t('map.fitAllHint'),
      geometryError: t('map.geometryError'),
    }),
    [t],
  );

  const select = useCallback(
    (iso3: string | null) => {
      setOutsideName(null);
      void setView({ country: iso3 as (typeof DATASET_ISO3)[number] | null }, { history: 'push' });
    },
    [setView],
  );
  const reportCamera = useCallback(
    (next: Camera) => void setView({ map: next }, { history: 'replace' }),
    [setView],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && (country || outsideName)) select(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [country, outsideName, select]);

  return (
    <div className="flex h-dvh flex-col">
      <SiteHeader asOf={data.meta.asOf} />
      <main className="flex min-h-0 flex-1 flex-col md:flex-row">
        <section
          aria-label={t('map.regionLabel')}
          className="relative h-[55dvh] shrink-0 md:h-auto md:flex-1"
        >
          {webgl === 'no' ? (
            <p role="alert" className="m-4 rounded border border-amber-300 bg-amber-50 p-4">
              {t('map.noWebgl')}
            </p>
          ) : webgl === 'yes' ? (
            <MapView
              camera={camera}
              selectable={DATASET_ISO3}
              selected={country}
              fills={fills}
              labels={labels}
              text={mapText}
              onSelect={select}
              onOutsideClick={setOutsideName}
              onCameraChange={reportCamera}
              onHover={setHovered}
            />
          ) : null}
          {hovered && (
            <HoverTooltip hovered={hovered} label={labels[hovered.iso3 ?? ''] ?? hovered.name} />
          )}
        </section>
        <aside
          aria-label={t('panel.overviewTitle')}
          className="min-h-0 flex-1 overflow-y-auto border-gray-200 md:w-[26rem] md:flex-none md:border-l"
        >
          {outsideName && (
            <p role="status" className="m-4 rounded bg-gray-100 p-3 text-sm">
              {t('map.outsideScope', { name: outsideName })}
            </p>
          )}
          {country ? (
            <CountryPanel data={data} iso3={country} day={day} onClose={() => select(null)} />
          ) : (
            <OverviewPanel data={data} statuses={statuses} onSelect={select} />
          )}
        </aside>
      </main>
    </div>
  );
}
