'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from '@/components/i18n/use-translations';
import { useCountryName } from '@/components/i18n/use-country-name';
import { useDocumentLang } from '@/components/i18n/use-document-lang';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Camera } from '@/lib/camera';
import { compareDay } from '@/lib/compare';
import { isDatasetIso3 } from '@/lib/data/queries';
import { useDataset } from '@/lib/dataset-client';
import {
  canonicalQuery as toCanonicalQuery,
  diagnoseLink,
  type LinkNotice as Notice,
  viewUrl,
} from '@/lib/link-diagnosis';
import type { Worldview } from '@/lib/worldview';
import {
  FIRST_DAY,
  LAST_DAY,
  type Lang,
  type LayerId,
  LAYER_IDS,
  linkScope,
  type Pair,
  parseAsPair,
  type View,
  VIEWS,
  LANGS,
} from '@/lib/search-params';
import type { SortSpec } from '@/lib/table-keys';
import { buildContextMarks, buildTicks } from '@/lib/timeline';
import { SegmentedControl } from './layout/segmented-control';
import { SiteHeader } from './layout/site-header';
import { SKIP_TARGETS, SkipLinks } from './layout/skip-links';
import { ExportMenu } from './export/export-menu';
import { useMapPngExport } from './export/use-map-png-export';
import { usePrintBrief } from './export/use-print-brief';
import { CountrySearch } from './search/country-search';
import { ShareMenu } from './share/share-menu';
import { LayerPanel } from './legend/layer-panel';
import { CompareControl } from './map/compare-control';
import type { Hovered } from './map/hover';
import { MapView } from './map/lazy-map-view';
import type { MapViewProps } from './map/map-view';
import { WorldviewControl } from './legend/worldview-control';
import { useWebglSupport, WebglGate } from './map/webgl-gate';
import { useMapData } from './map/use-map-data';
import { CountryPanel, PairPanel, ProjectPanel } from './panel/lazy-panels';
import { OverviewPanel } from './panel/overview-panel';
import { useSelectionFocus } from './panel/use-selection-focus';
import { Timeline, type TimelineChangeSource } from './timeline/timeline';
import { useChangeView } from './changes/use-change-view';
import { useView } from './url/use-view';

const noSubscription = () => () => {};
/** Inputs where Escape edits text (the search, the table filter); a slider or checkbox is not one. */
const TEXT_INPUT = 'input:not([type=range]):not([type=checkbox]):not([type=radio]), textarea';
// The table view is its own chunk: the map view, the usual first view, does not load it.
const CountryTable = dynamic(() => import('./table/country-table').then((m) => m.CountryTable));
const EventsView = dynamic(() => import('./events/events-view').then((m) => m.EventsView));
const PairMatrixView = dynamic(() =>
  import('./matrix/pair-matrix-view').then((m) => m.PairMatrixView),
);
const CompareView = dynamic(() => import('./map/compare-view').then((m) => m.CompareView));
// Shown only with `since=`, during Play, or with a selection: not on the first view of `/`.
const ChangesPanel = dynamic(() => import('./changes/changes-panel').then((m) => m.ChangesPanel));
const PlayCaption = dynamic(() => import('./changes/play-caption').then((m) => m.PlayCaption));
const SincePicker = dynamic(() => import('./changes/since-picker').then((m) => m.SincePicker));
// Shown only for a link the server corrected, and while a pointer is over the map.
const LinkNotice = dynamic(() => import('./link-notice').then((m) => m.LinkNotice));
const MapTooltip = dynamic(() => import('./map/map-tooltip').then((m) => m.MapTooltip));

export interface DashboardProps {
  /** The dataset's version: the data itself is not sent with the page (lib/dataset-client.ts). */
  dataset: string;
  /** What the server ignored or corrected in the link (see lib/link-diagnosis.ts). */
  notices: readonly Notice[];
  /** The link's canonical query; the address bar is rewritten to it on load. */
  canonicalQuery: string;
  /** The public origin (SITE_URL) shared links and citations use; null: the page's own origin. */
  siteOrigin?: string | null;
}

/** The dashboard: map, panels, layers and timeline, all driven by the URL (lib/search-params.ts). */
export function Dashboard({ dataset, notices, canonicalQuery, siteOrigin }: DashboardProps) {
  const data = useDataset(dataset);
  const t = useTranslations();
  const scope = useMemo(() => linkScope(data), [data]);
  // Each key's history rule is declared with its parser (lib/search-params.ts): selection, layers,
  // date, view, language and sort push; the camera and the filter replace.
  const [params, setParams] = useView(scope);
  const { country, pair, layers, date: day, project } = params;
  const [outsideName, setOutsideName] = useState<string | null>(null);
  const [hovered, setHovered] = useState<Hovered | null>(null);
  /** The day a Play step last moved to: its caption and outlines show while the date is that. */
  const [playDay, setPlayDay] = useState<string | null>(null);
  const [showNotice, setShowNotice] = useState(notices.length > 0);
  const webgl = useWebglSupport();
  useDocumentLang(params.lang);

  // A link with bad or non-canonical parts: write the server's canonical form through nuqs,
  // replacing the entry (the view does not change: the client parsed the link as the server did).
  useEffect(() => {
    if (window.location.search === canonicalQuery) return;
    const { view } = diagnoseLink(new URLSearchParams(canonicalQuery), scope);
    void setParams(view, { history: 'replace' });
    // Later writes are canonical by construction (orderQuery in components/url/url-adapter.tsx).
  }, [canonicalQuery, scope, setParams]);

  const name = useCountryName(data);
  const { statuses, props: mapProps } = useMapData(data, params);
  const changeView = useChangeView(data, params, playDay);
  const ticks = useMemo(() => buildTicks(data, FIRST_DAY, LAST_DAY), [data]);
  const contextMarks = useMemo(() => buildContextMarks(data, FIRST_DAY, LAST_DAY), [data]);

  const selectCountry = useCallback(
    (iso3: string | null) => {
      setOutsideName(null);
      // Selecting what is already selected adds no history entry.
      if (iso3 === country && !pair && !project) return;
      void setParams({
        country: iso3 && isDatasetIso3(iso3) ? iso3 : null,
        pair: null,
        project: null,
      });
    },
    [setParams, country, pair, project],
  );
  const selectPair = useCallback(
    (value: string) => {
      setOutsideName(null);
      void setParams({ pair: parseAsPair.parse(value), country: null, project: null });
    },
    [setParams],
  );
  const selectProject = useCallback(
    (id: string) => {
      setOutsideName(null);
      void setParams({ project: id, country: null, pair: null });
    },
    [setParams],
  );
  const setView = useCallback(
    (view: View) => {
      if (view !== params.view) void setParams({ view });
    },
    [setParams, params.view],
  );
  // A matrix cell opens its pair on the map: one history entry.
  const openPairOnMap = useCallback(
    (value: Pair) => void setParams({ pair: value, country: null, project: null, view: 'map' }),
    [setParams],
  );
  const setSort = useCallback((sort: SortSpec | null) => void setParams({ sort }), [setParams]);
  // Typing a filter replaces the entry (`q` declares no push): one Back undoes the table visit,
  // not each keystroke.
  const setFilter = useCallback((q: string | null) => void setParams({ q }), [setParams]);
  // The server renders the page in the link's language and names that language's messages file,
  // so a language change re-renders the page there (the new messages are fetched once, by version).
  const setLang = useCallback(
    (lang: Lang) => {
      if (lang !== params.lang) void setParams({ lang }, { shallow: false });
    },
    [setParams, params.lang],
  );
  const clearSelection = useCallback(() => selectCountry(null), [selectCountry]);
  // Camera moves replace the entry (`map` declares no push).
  const reportCamera = useCallback((next: Camera) => void setParams({ map: next }), [setParams]);
  // A playback run is one history entry, not one per step: Back returns to where it started.
  const setDay = useCallback(
    (next: string, source: TimelineChangeSource) => {
      setPlayDay(source === 'playback' || source === 'playback-start' ? next : null);
      void setParams({ date: next }, { history: source === 'playback' ? 'replace' : 'push' });
    },
    [setParams],
  );
  // "What changed since…" opens the changes panel; closing it removes `since` (both push).
  const setSince = useCallback((since: string | null) => void setParams({ since }), [setParams]);
  const closeChanges = useCallback(() => setSince(null), [setSince]);
  const toggleLayer = useCallback(
    (id: LayerId, on: boolean) =>
      void setParams((previous) => ({
        // Rebuilt in the canonical order, so turning a layer off and on again gives the same link.
        layers: LAYER_IDS.filter((layer) => (layer === id ? on : previous.layers.includes(layer))),
      })),
    [setParams],
  );

  const projectName = project
    ? data.minerals.projects.find((p) => p.id === project)?.name
    : undefined;
  const announcement = pair
    ? t('panel.announce.pair', { a: name(pair[0]), b: name(pair[1]) })
    : country
      ? t('panel.announce.country', { name: name(country) })
      : projectName
        ? t('panel.announce.project', { name: projectName })
        : '';

  const hasSelection = Boolean(country || pair || project || outsideName);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Escape in a text field (the table filter) belongs to that field.
      const inField = event.target instanceof Element && event.target.matches(TEXT_INPUT);
      if (event.key !== 'Escape' || inField) return;
      // The changes panel is over the selection's: Escape closes it first.
      if (changeView.since) closeChanges();
      else if (hasSelection) clearSelection();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [hasSelection, clearSelection, changeView.since, closeChanges]);

  const panelRef = useRef<HTMLElement>(null);
  // In the events view the country and pair are filters: focus stays on them (see the hook).
  useSelectionFocus(
    (changeView.since ? `since=${changeView.since};` : '') +
      (pair?.join('~') ?? country ?? project ?? ''),
    panelRef,
    params.view !== 'events',
  );

  const pageOrigin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => '',
  );
  const origin = siteOrigin ?? pageOrigin;
  // The share menu's texts (lib/share.ts) are built in its panel, when it first opens.
  const query = useMemo(() => toCanonicalQuery(params), [params]);
  const url = viewUrl(origin, query);
  const { captureRef, exportPng } = useMapPngExport(data, params, url);
  const mapView: MapViewProps = {
    ...mapProps,
    changed: changeView.outline,
    captureRef,
    onSelect: selectCountry,
    onOutsideClick: setOutsideName,
    onSelectPair: selectPair,
    onSelectProject: selectProject,
    onCameraChange: reportCamera,
    onHover: setHovered,
  };
  const comparing = compareDay(params);
  const setCompare = useCallback(
    (compare: string | null) => void setParams({ compare }),
    [setParams],
  );
  const setWorldview = useCallback(
    (worldview: Worldview) => void setParams({ worldview }),
    [setParams],
  );
  const printBrief = usePrintBrief(captureRef);
  // The Export menu's CSV is the table's: the rows it shows, filtered and sorted (built on click,
  // with the table's code loaded then).
  const tStatus = useTranslations('status');
  const exportCsv = useCallback(async () => {
    const { shownRows, statusLabels, tableCsvDownload } = await import('@/lib/table');
    return tableCsvDownload(
      shownRows(data, day, params, params.lang, statusLabels(tStatus)),
      params.lang,
      day,
    );
  }, [data, day, params, tStatus]);

  return (
    // Phones scroll the page (one scroll, no panel window under the timeline); from md up the map
    // fills the screen and the panel scrolls beside it.
    <div lang={params.lang} className="flex min-h-dvh flex-col md:h-dvh">
      <SkipLinks />
      <SiteHeader asOf={data.meta.asOf}>
        <CountrySearch data={data} onSelect={selectCountry} />
        <SegmentedControl
          label={t('app.viewLabel')}
          options={VIEWS.map((value) => ({ value, label: t(`app.viewName.${value}`) }))}
          value={params.view}
          onChange={setView}
          testIdPrefix="view"
        />
        <SegmentedControl
          label={t('app.language')}
          options={LANGS.map((value) => ({
            value,
            label: t(`app.languageName.${value}`),
            lang: value,
          }))}
          value={params.lang}
          onChange={setLang}
          testIdPrefix="lang"
        />
        <ShareMenu data={data} view={params} origin={origin} query={query} />
        <ExportMenu
          data={data}
          view={params}
          url={url}
          onExportPng={webgl === 'yes' ? exportPng : undefined}
          onExportCsv={exportCsv}
          onPrint={printBrief.prepare}
        />
      </SiteHeader>
      <p className="sr-only" aria-live="polite" data-testid="announcer">
        {announcement}
      </p>
      {showNotice && <LinkNotice notices={notices} onDismiss={() => setShowNotice(false)} />}
      <main className="flex flex-1 flex-col md:min-h-0 md:flex-row">
        <div className="flex shrink-0 flex-col md:min-h-0 md:min-w-0 md:flex-1">
          {params.view === 'events' ? (
            <section
              aria-label={t('events.regionLabel')}
              className="md:min-h-0 md:flex-1 md:overflow-y-auto"
            >
              <EventsView data={data} query={params} onChange={setParams} />
            </section>
          ) : params.view === 'matrix' ? (
            <section
              aria-label={t('matrix.regionLabel')}
              className="md:min-h-0 md:flex-1 md:overflow-y-auto"
            >
              <PairMatrixView data={data} day={day} onOpenPair={openPairOnMap} />
            </section>
          ) : params.view === 'table' ? (
            <section
              aria-label={t('table.regionLabel')}
              className="p-4 md:min-h-0 md:flex-1 md:overflow-y-auto"
            >
              <CountryTable
                data={data}
                day={day}
                sort={params.sort}
                filter={params.q}
                onSortChange={setSort}
                onFilterChange={setFilter}
                onSelect={selectCountry}
              />
            </section>
          ) : (
            <section
              aria-label={t('map.regionLabel')}
              className="relative h-[45dvh] md:h-auto md:flex-1"
            >
              <WebglGate>
                {comparing ? (
                  <CompareView data={data} view={params} compareDay={comparing} right={mapView} />
                ) : (
                  <MapView {...mapView} />
                )}
              </WebglGate>
              {hovered && <MapTooltip hovered={hovered} name={name} />}
              {changeView.captionDay && (
                <PlayCaption
                  data={data}
                  day={changeView.captionDay}
                  step={changeView.captionStep}
                />
              )}
            </section>
          )}
          <div id={SKIP_TARGETS.timeline} tabIndex={-1}>
            <Timeline
              day={day}
              min={FIRST_DAY}
              max={LAST_DAY}
              ticks={ticks}
              context={contextMarks}
              onChange={setDay}
              locale={params.lang}
            />
          </div>
        </div>
        <aside
          ref={panelRef}
          id={SKIP_TARGETS.panel}
          tabIndex={-1}
          aria-label={t('panel.overviewTitle')}
          className="border-gray-200 md:min-h-0 md:w-[26rem] md:flex-none md:overflow-y-auto md:border-l"
        >
          {outsideName && (
            <p role="status" className="m-4 rounded bg-gray-100 p-3 text-sm">
              {t('map.outsideScope', { name: outsideName })}
            </p>
          )}
          {changeView.steps && changeView.since ? (
            <ChangesPanel
              data={data}
              since={changeView.since}
              day={day}
              steps={changeView.steps}
              scope={changeView.scope}
              onClose={closeChanges}
            />
          ) : pair ? (
            <PairPanel data={data} pair={pair} day={day} onClose={clearSelection} />
          ) : country ? (
            <CountryPanel
              data={data}
              iso3={country}
              day={day}
              onClose={clearSelection}
              onSelectPair={selectPair}
              onSelectProject={selectProject}
            />
          ) : project ? (
            <ProjectPanel data={data} id={project} day={day} onClose={clearSelection} />
          ) : (
            <OverviewPanel data={data} statuses={statuses} onSelect={selectCountry} />
          )}
          {!changeView.since && (pair || country) && (
            <SincePicker min={FIRST_DAY} day={day} onSince={setSince} />
          )}
          <div id={SKIP_TARGETS.layers} tabIndex={-1}>
            <LayerPanel
              layers={layers}
              onToggle={toggleLayer}
              tiesScope={
                pair
                  ? { kind: 'pair' }
                  : country
                    ? { kind: 'country', country: name(country) }
                    : { kind: 'all' }
              }
            />
            {params.view === 'map' && (
              <CompareControl
                compare={comparing}
                day={day}
                min={FIRST_DAY}
                max={LAST_DAY}
                onChange={setCompare}
              />
            )}
            <WorldviewControl
              data={data}
              worldview={params.worldview}
              day={day}
              onChange={setWorldview}
            />
          </div>
        </aside>
      </main>
      {printBrief.active && printBrief.Brief && (
        <printBrief.Brief data={data} view={params} url={url} mapImage={printBrief.image} />
      )}
    </div>
  );
}
