'use client';

import { useTranslations } from '@/components/i18n/use-translations';
import { useCountryName } from '@/components/i18n/use-country-name';
import { bbox } from '@turf/bbox';
import { useMemo } from 'react';
import type { FeatureCollection, LineString } from 'geojson';
import { DATASET_ISO3, getCountry } from '@/lib/data/queries';
import type { Dataset } from '@/lib/data/schema';
import { unionBounds } from '@/lib/geo/country-bounds';
import type { ArcEnd, ArcRoute } from '@/lib/geo/offscreen';
import countryBounds from '@/lib/geo/country-bounds.json';
import { type Bounds, STORY_BOUNDS } from '@/lib/map-config';
import { LAYERS, type SelectionContext } from '@/lib/layer-registry';
import { statusesOn, type TieArcProperties, tieArcs } from '@/lib/map-layers';
import { LAST_DAY, type LayerId, type ViewParams } from '@/lib/search-params';
import { isHatched, STATUS_STYLE } from '@/lib/status-style';
import { westernSaharaInMorocco } from '@/lib/worldview';
import type { MapViewProps } from './map-view';
import type { StatedSource } from './use-source-states';
import { useWebglSupport } from './webgl-gate';

const NATURAL_EARTH_LINK = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';
const BOUNDS = countryBounds as unknown as Record<string, Bounds>;
/** Half-width of the frame around a minerals point, in degrees (a region, not a street). */
const POINT_FRAME_DEGREES = 4;
/**
 * A selection's frame takes in its arcs, up to this latitude: arcs to the US bow over the Arctic,
 * and Web Mercator would spend most of the map on their tops.
 */
const FRAME_MAX_LATITUDE = 72;
/**
 * A partner enters a selection's frame as its outline within this many degrees of its capital, so
 * its label shows: the whole of a small partner, the heart of a large one (not Alaska for the US).
 */
const PARTNER_FRAME_DEGREES = 12;

/** A partner's outline near its capital (see PARTNER_FRAME_DEGREES), or null when unknown. */
function partnerBox(data: Dataset, iso3: string): Bounds | null {
  const outline = BOUNDS[iso3];
  const capital = getCountry(data, iso3)?.capital;
  if (!outline || !capital) return null;
  const d = PARTNER_FRAME_DEGREES;
  return [
    Math.max(outline[0], capital.lon - d),
    Math.max(outline[1], capital.lat - d),
    Math.min(outline[2], capital.lon + d),
    Math.min(outline[3], capital.lat + d),
  ];
}

function aroundPoint(lon: number, lat: number): Bounds {
  const d = POINT_FRAME_DEGREES;
  return [lon - d, lat - d, lon + d, lat + d];
}

/** The layers' data before the map is drawn: none. */
const NOT_DRAWN: Partial<Record<LayerId, StatedSource>> = {};
const NO_STATES: StatedSource['states'] = new Map();
/** The dataset's layers, each with its builders. */
const DATASET_LAYERS = Object.values(LAYERS).flatMap((entry) =>
  entry.data.from === 'dataset' ? [{ id: entry.id, ...entry.data }] : [],
);

/**
 * Everything the map draws for a view, derived from the dataset and memoized per input, so a
 * date change rebuilds the layers' data and nothing else. Shared by the dashboard and the embed.
 */
export function useMapData(data: Dataset, view: ViewParams) {
  const t = useTranslations('map');
  const tNav = useTranslations('nav');
  const name = useCountryName(data);
  const { country, pair, layers, date: day } = view;
  // The map is drawn only in the browser, once WebGL is known to work (WebglGate): the server and
  // the hydration render skip building its layers' data (great-circle arcs, points, the frame),
  // which no HTML shows. Statuses, fills and labels stay: panels and the legend read them.
  const drawn = useWebglSupport() === 'yes';
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
    () => DATASET_ISO3.filter((iso3) => isHatched(statuses[iso3])),
    [statuses],
  );
  const labels = useMemo(
    () => Object.fromEntries(DATASET_ISO3.map((iso3) => [iso3, name(iso3)])),
    [name],
  );
  // Each dataset layer's features, built when the selection or the language changes (a source's
  // setData re-tiles it), and their feature states on the day: a date change sets states only.
  // By the pair's codes: a link parsed again (a date change) may bring a new array for the pair.
  const [first, second] = pair ?? [];
  const selection = useMemo<SelectionContext>(
    () => ({
      data,
      selection: { country, pair: first && second ? [first, second] : null },
      symbol: (symbol) => t(`mineralSymbol.${symbol}`),
    }),
    [data, country, first, second, t],
  );
  const features = useMemo(
    () =>
      drawn
        ? new Map(DATASET_LAYERS.map((layer) => [layer.id, layer.build(selection)] as const))
        : null,
    [drawn, selection],
  );
  // A hidden layer's states wait until it is shown (the map sets them then): none to compute.
  const shownLayers = layers.join('~');
  const sources = useMemo(() => {
    if (!features) return NOT_DRAWN;
    const context = { ...selection, day };
    const shown = shownLayers.split('~');
    return Object.fromEntries(
      DATASET_LAYERS.map((layer) => [
        layer.id,
        {
          features: features.get(layer.id)!,
          states: shown.includes(layer.id) ? layer.states(context) : NO_STATES,
        },
      ]),
    ) as Partial<Record<LayerId, StatedSource>>;
  }, [features, selection, day, shownLayers]);
  const ties = sources.ties;
  const arcs = ties?.features as FeatureCollection<LineString, TieArcProperties> | undefined;
  // The arcs shown on the day, by id: most date changes show the same arcs, and the routes (which
  // the map projects point by point for its off-screen markers) then stay as they were.
  const shownArcs = (arcs?.features ?? [])
    .filter((arc) => ties?.states.get(arc.id as number)?.shown === true)
    .map((arc) => arc.id)
    .join(',');
  // Each arc shown with its two ends (capitals), so the map can say where arcs that leave the view go.
  const arcRoutes = useMemo(() => {
    const shown = new Set(shownArcs.split(',').map(Number));
    return (arcs?.features ?? []).flatMap((arc): ArcRoute[] => {
      if (!shown.has(arc.id as number)) return [];
      const ends = arc.properties.pair.split('~').flatMap((iso3): ArcEnd[] => {
        const capital = getCountry(data, iso3)?.capital;
        return capital ? [{ iso3, lon: capital.lon, lat: capital.lat }] : [];
      });
      return ends.length === 2
        ? [{ ends: [ends[0]!, ends[1]!], path: arc.geometry.coordinates }]
        : [];
    });
  }, [data, arcs, shownArcs]);
  const frame = useMemo<Bounds>(() => {
    const location = view.project
      ? data.minerals.projects.find((p) => p.id === view.project)?.location
      : null;
    if (location) return aroundPoint(location.lon, location.lat);
    const selection = pair ?? (country ? [country] : []);
    const boxes = selection.flatMap((iso3) => (BOUNDS[iso3] ? [BOUNDS[iso3]] : []));
    if (boxes.length === 0 || !drawn) return STORY_BOUNDS;
    // The selection with what the view draws for it: its arcs and the partners they reach.
    // Arcs of the dataset's last day, not the view's: the frame must not jump as the date moves.
    const frameArcs = tieArcs(data, LAST_DAY, { country, pair });
    if (frameArcs.features.length > 0) {
      const [west, south, east, north] = bbox(frameArcs);
      boxes.push([west, south, east, Math.min(north, FRAME_MAX_LATITUDE)]);
    }
    const partners = new Set(frameArcs.features.flatMap((arc) => arc.properties.pair.split('~')));
    for (const iso3 of partners) {
      const box = partnerBox(data, iso3);
      if (box) boxes.push(box);
    }
    return unionBounds(boxes);
  }, [drawn, data, view.project, country, pair]);
  const text = useMemo(
    () => ({
      ariaLabel: t('ariaLabel'),
      loading: t('loading'),
      fitAll: t('fitAll'),
      fitAllHint: t('fitAllHint'),
      geometryError: t('geometryError'),
      mapError: t('mapError'),
      thisArea: t('thisArea'),
      zoomIn: t('zoomIn'),
      zoomOut: t('zoomOut'),
      attribution: t('attribution', { source: NATURAL_EARTH_LINK }),
      offscreen: (country: string) => tNav('offscreen', { name: country }),
      offscreenHint: (country: string) => tNav('offscreenHint', { name: country }),
    }),
    [t, tNav],
  );
  const merged = westernSaharaInMorocco(data, view.worldview, day);
  const viewKey = `date=${day};layers=${layers.join('~')};country=${country ?? ''};pair=${pair?.join('~') ?? ''};worldview=${merged ? 'merged' : 'apart'}`;

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
    sources,
    arcRoutes,
    text,
    westernSaharaInMorocco: merged,
  } satisfies Partial<MapViewProps>;
  return { statuses, props };
}
