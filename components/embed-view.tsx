'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { useDataset } from '@/lib/dataset-client';
import { viewDescription, viewTitle } from '@/lib/share';
import { linkScope } from '@/lib/search-params';
import { useDocumentLang } from './i18n/use-document-lang';
import { useView } from './url/use-view';
import { MapView } from './map/lazy-map-view';
import { WebglGate } from './map/webgl-gate';
import { useMapData } from './map/use-map-data';

const ignore = () => {};

/**
 * The embeddable view: the map and a one-line caption for the link's view, with a link back to the
 * full dashboard. Cooperative gestures let the host page scroll past it.
 */
export function EmbedView({
  dataset,
  canonicalQuery,
}: {
  /** The dataset's version (lib/dataset-client.ts). */
  dataset: string;
  canonicalQuery: string;
}) {
  const data = useDataset(dataset);
  const t = useTranslations();
  const [params] = useView(useMemo(() => linkScope(data), [data]));
  const { props: mapProps } = useMapData(data, params);
  useDocumentLang(params.lang);
  return (
    <div lang={params.lang} className="flex h-dvh flex-col">
      <header className="flex flex-wrap items-baseline justify-between gap-x-3 border-b border-gray-200 px-3 py-1.5 text-sm">
        <p>
          <span className="font-semibold">{viewTitle(data, params, t)}</span>{' '}
          <span className="text-gray-700">{viewDescription(data, params, t)}</span>
        </p>
        <a
          href={`/${canonicalQuery}`}
          target="_blank"
          rel="noopener"
          className="font-semibold text-blue-800 underline"
        >
          {t('embed.openFull')}
        </a>
      </header>
      <main className="relative min-h-0 flex-1">
        <WebglGate>
          <MapView
            {...mapProps}
            cooperativeGestures
            onSelect={ignore}
            onOutsideClick={ignore}
            onSelectPair={ignore}
            onSelectProject={ignore}
            onCameraChange={ignore}
            onHover={ignore}
          />
        </WebglGate>
      </main>
    </div>
  );
}
