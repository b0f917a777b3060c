'use client';

import { useTranslations } from '@/components/i18n/use-translations';
import { type ReactNode, useSyncExternalStore } from 'react';
import { preloadModule } from 'react-dom';
import { MAPLIBRE_URL } from '@/lib/maplibre-module';
import { detectWebgl, subscribeToWebgl, type WebglSupport } from '@/lib/webgl';

/** Whether the browser can draw the map: 'checking' on the server and during hydration. */
export function useWebglSupport(): WebglSupport {
  return useSyncExternalStore<WebglSupport>(subscribeToWebgl, detectWebgl, () => 'checking');
}

/**
 * The map when WebGL works; a plain notice when it does not (the rest of the page still works); a
 * loading notice until the browser has been asked.
 */
export function WebglGate({ children }: { children: ReactNode }) {
  const t = useTranslations('map');
  const webgl = useWebglSupport();
  // <link rel="modulepreload"> in the server's HTML: MapLibre (~290 KB gzip) downloads and
  // compiles while the page hydrates, not after.
  preloadModule(MAPLIBRE_URL);
  if (webgl === 'no') {
    return (
      <p role="alert" className="m-4 rounded border border-amber-300 bg-amber-50 p-4">
        {t('noWebgl')}
      </p>
    );
  }
  if (webgl === 'yes') return children;
  // 'checking': the server's HTML and the first paint say the map is coming, not a blank box.
  return <MapLoading />;
}

/** "Loading the map…" over the map's area (while WebGL is checked and the map's code loads). */
export function MapLoading() {
  const t = useTranslations('map');
  return (
    <p
      role="status"
      className="absolute inset-0 flex items-center justify-center bg-gray-50 text-gray-700"
      data-testid="map:loading"
    >
      {t('loading')}
    </p>
  );
}
