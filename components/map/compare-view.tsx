'use client';

import syncMove from '@mapbox/mapbox-gl-sync-move';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import { useCallback, useEffect, useState } from 'react';
import { cn } from '@/lib/cn';
import { type DisplayLocale, formatPartialDate } from '@/lib/data/dates';
import type { Dataset } from '@/lib/data/schema';
import type { ViewParams } from '@/lib/search-params';
import { CompareSwipe } from './compare-swipe';
import { MapView, type MapViewProps } from './map-view';
import { useMapData } from './use-map-data';

export interface CompareViewProps {
  data: Dataset;
  view: ViewParams;
  /** The day the left map shows (`compare=`); the right map shows the view's `date`. */
  compareDay: string;
  /** The main map's props (the right one): its day, handlers and the PNG export's ref. */
  right: MapViewProps;
}

/** Where the swipe starts: half of each map. */
const START_POSITION = 50;

/** A day's date label on the map, in the UI language. */
function DateLabel({ day, side, text }: { day: string; side: 'left' | 'right'; text: string }) {
  const locale = useLocale() as DisplayLocale;
  return (
    <p
      // Each within its half, clear of the zoom buttons: on a phone a long date wraps.
      className={cn(
        'pointer-events-none absolute top-12 z-20 max-w-[calc(50%-3.25rem)] rounded bg-white/90 px-2 py-1 text-sm font-semibold shadow ring-1 ring-black/10',
        side === 'left' ? 'left-2.5' : 'right-12 text-right',
      )}
      data-testid={`compare:label:${side}`}
    >
      {side === 'left' && <span aria-hidden="true">◀ </span>}
      {text}{' '}
      <time dateTime={day}>{formatPartialDate({ value: day, precision: 'day' }, locale)}</time>
      {side === 'right' && <span aria-hidden="true"> ▶</span>}
    </p>
  );
}

/**
 * Two maps of the same view on two days, one over the other, moved together (sync-move) and
 * split by a swipe: the left part shows the `compare` day, the right part the `date`. Both are
 * the dashboard's MapView, so they draw with the same style, layers and feature states. Loaded
 * only when a link compares (the dashboard imports this module lazily).
 */
export function CompareView({ data, view, compareDay, right }: CompareViewProps) {
  const t = useTranslations('compare');
  const locale = useLocale() as DisplayLocale;
  const { props: leftData } = useMapData(data, { ...view, date: compareDay });
  const [maps, setMaps] = useState<{ left: MapLibreMap | null; right: MapLibreMap | null }>({
    left: null,
    right: null,
  });
  const [position, setPosition] = useState(START_POSITION);
  // Stable, so the memoised maps do not re-render as the swipe moves.
  const onRightMap = useCallback((map: MapLibreMap) => setMaps((m) => ({ ...m, right: map })), []);
  const onLeftMap = useCallback((map: MapLibreMap) => setMaps((m) => ({ ...m, left: map })), []);

  useEffect(() => {
    if (!maps.left || !maps.right) return;
    // The left map starts where the right one is (a link's camera, or the frame) and follows it.
    maps.left.jumpTo({ center: maps.right.getCenter(), zoom: maps.right.getZoom() });
    return syncMove(maps.left, maps.right);
  }, [maps.left, maps.right]);

  const day = (value: string) => formatPartialDate({ value, precision: 'day' }, locale);
  return (
    <div className="relative h-full w-full overflow-hidden" data-compare data-testid="compare:view">
      <div className="absolute inset-0" data-testid="compare:right">
        <MapView {...right} onMap={onRightMap} />
      </div>
      <div
        className="absolute inset-0 z-10"
        style={{ clipPath: `inset(0 ${100 - position}% 0 0)` }}
        data-testid="compare:left"
      >
        <MapView
          {...right}
          {...leftData}
          // The right map reports the camera for both: they move together.
          onCameraChange={ignoreCamera}
          captureRef={undefined}
          onMap={onLeftMap}
        />
      </div>
      <DateLabel side="left" day={compareDay} text={t('left')} />
      <DateLabel side="right" day={view.date} text={t('right')} />
      <CompareSwipe
        position={position}
        onChange={setPosition}
        label={t('handle')}
        valueText={t('handleValue', {
          left: day(compareDay),
          right: day(view.date),
          share: Math.round(position),
        })}
      />
    </div>
  );
}

function ignoreCamera() {}
