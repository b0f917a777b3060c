'use client';

import { useTranslations } from '@/components/i18n/use-translations';
import { type MouseEvent, type PointerEvent, useMemo, useRef } from 'react';
import { useDataset } from '@/lib/dataset-client';
import { viewDescription, viewTitle } from '@/lib/share';
import { linkScope } from '@/lib/search-params';
import { EmbedKey } from './embed/embed-key';
import { useDocumentLang } from './i18n/use-document-lang';
import { useView } from './url/use-view';
import { MapView } from './map/lazy-map-view';
import { WebglGate } from './map/webgl-gate';
import { useMapData } from './map/use-map-data';

const ignore = () => {};
/** A press that moved further than this (CSS pixels) was a pan, not a click. */
const CLICK_SLOP = 5;

/**
 * The embeddable view: the map with its date and a compact key, and a one-line caption for the
 * link's view with a link back to the full dashboard. A click on the map (not a pan) opens the
 * full view in a new tab, as the link does for the keyboard. Cooperative gestures let the host
 * page scroll past it.
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
  const fullView = `/${canonicalQuery}`;
  const pressedAt = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (event: PointerEvent) => {
    pressedAt.current = { x: event.clientX, y: event.clientY };
  };
  const onClick = (event: MouseEvent) => {
    const start = pressedAt.current;
    const onCanvas = event.target instanceof HTMLCanvasElement;
    const moved = start
      ? Math.hypot(event.clientX - start.x, event.clientY - start.y) > CLICK_SLOP
      : false;
    if (onCanvas && !moved) window.open(fullView, '_blank', 'noopener');
  };
  return (
    <div lang={params.lang} className="flex h-dvh flex-col">
      <header className="flex flex-wrap items-baseline justify-between gap-x-3 border-b border-gray-200 px-3 py-1.5 text-sm">
        <p>
          <span className="font-semibold">{viewTitle(data, params, t)}</span>{' '}
          <span className="text-gray-700">{viewDescription(data, params, t)}</span>
        </p>
        <a
          href={fullView}
          target="_blank"
          rel="noopener"
          className="font-semibold text-blue-800 underline"
          data-testid="embed:open"
        >
          {t('embed.openFull')}
        </a>
      </header>
      {/* The link above is the keyboard's way to the full view; this is the pointer's. */}
      <main
        className="relative min-h-0 flex-1 cursor-pointer"
        onPointerDown={onPointerDown}
        onClick={onClick}
        data-testid="embed:map"
      >
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
        <EmbedKey data={data} view={params} />
      </main>
    </div>
  );
}
