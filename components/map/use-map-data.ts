'use client';

import { useTranslations } from 'next-intl';
import { useCountryName } from '@/components/i18n/use-country-name';
import { useMemo } from 'react';
import { DATASET_ISO3 } from '@/lib/data/queries';
import type { Dataset } from '@/lib/data/schema';
import { unionBounds } from '@/lib/geo/country-bounds';
import countryBounds from '@/lib/geo/country-bounds.json';
import { type Bounds, STORY_BOUNDS } from '@/lib/map-config';
import { embassyPoints, mineralPoints, statusesOn, tieArcs } from '@/lib/map-layers';
import type { ViewParams } from '@/lib/search-params';
import { STATUS_STYLE } from '@/lib/status-style';
import type { MapViewProps } from './map-view';

const BOUNDS = countryBounds as unknown as Record<string, Bounds>;
/** Half-width of the frame around a minerals point, in degrees (a region, not a street). */
const POINT_FRAME_DEGREES = 4;

function aroundPoint(lon: number, lat: number): Bounds {
  const d = POINT_FRAME_DEGREES;
  return [lon - d, lat - d, lon + d, lat + d];
}

/**
 * Everything the map draws for a view, derived from the dataset and memoized per input, so a
 * date change rebuilds the layers' data and nothing else. Shared by the dashboard and the embed.
 */
export function useMapData(data: Dataset, view: ViewParams) {
  const t = useTranslations('map');
  const name = useCountryName(data);
  const { country, pair, layers, date: day } = view;
  const statuses = useMemo(() => statusesOn(data, day), [data, day]);
  const accordsOn = layers.includes('accords');
  const fills = useMemo(
    () =>
      Object.fromEntries(
        DATASET_ISO3.map((iso3) => [iso3, STATUS_STYLE[accordsOn ? statuses[iso3] : 'none'].fill]),
      ),
    [statuses, accordsOn],
  );
  const hatched = useMemo(
    () =>
      DATASET_ISO3.filter(
        (iso3) => !STATUS_STYLE[statuses[iso3]].implemented && statuses[iso3] !== 'none',
      ),
    [statuses],
  );
  const labels = useMemo(
    () => Object.fromEntries(DATASET_ISO3.map((iso3) => [iso3, name(iso3)])),
    [name],
  );
  const arcs = useMemo(() => tieArcs(data, day, { country, pair }), [data, day, country, pair]);
  const embassies = useMemo(() => embassyPoints(data, day), [data, day]);
  const minerals = useMemo(() => mineralPoints(data, day), [data, day]);
  const c5 = useMemo(
    () => ({
      members: data.countries.filter((c) => c.groups.includes('c5')).map((c) => c.iso3),
      label: 'C5+1',
    }),
    [data],
  );
  const frame = useMemo<Bounds>(() => {
    const location = view.project
      ? data.minerals.projects.find((p) => p.id === view.project)?.location
      : null;
    if (location) return aroundPoint(location.lon, location.lat);
    const selection = pair ?? (country ? [country] : []);
    const boxes = selection.flatMap((iso3) => (BOUNDS[iso3] ? [BOUNDS[iso3]] : []));
    return boxes.length > 0 ? unionBounds(boxes) : STORY_BOUNDS;
  }, [data, view.project, country, pair]);
  const text = useMemo(
    () => ({
      ariaLabel: t('ariaLabel'),
      loading: t('loading'),
      fitAll: t('fitAll'),
      fitAllHint: t('fitAllHint'),
      geometryError: t('geometryError'),
      thisArea: t('thisArea'),
      zoomIn: t('zoomIn'),
      zoomOut: t('zoomOut'),
    }),
    [t],
  );
  const viewKey = `date=${day};layers=${layers.join('~')};country=${country ?? ''};pair=${pair?.join('~') ?? ''}`;

  const props = {
    camera: view.map,
    frame,
    layers,
    viewKey,
    selectable: DATASET_ISO3,
    // A pair view outlines no single country.
    selected: pair ? null : country,
    fills,
    hatched,
    labels,
    arcs,
    embassies,
    minerals,
    c5,
    text,
  } satisfies Partial<MapViewProps>;
  return { statuses, props };
}
