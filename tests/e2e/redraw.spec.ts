/**
 * The map redraws what changed (issue 12): after start-up a date change, a hover or a selection
 * never reloads the 240-country `countries` source, which a filter, a data-driven paint change or
 * `setData` would do (re-tiling it and rebuilding every layer on it); and a date change reloads no
 * source at all (arcs and points are shown by feature state too); and the labels' glyphs are
 * drawn at start-up rather than on the worker's request. Spies on the map through the hook
 * MapView calls on load.
 */
import type { Page } from '@playwright/test';
import { LABEL_FONT } from '@/lib/map-style';
import {
  clickPlace,
  currentParams,
  mapContainer,
  openAtlas,
  projectToContainer,
  waitForMapView,
} from './atlas-driver';
import { expect, test } from './fixtures';

interface Spy {
  /** Calls that reload the countries source, by kind ("setFilter country-hover", "setData"). */
  reloads: string[];
  /** Tiles of the countries source loaded (a reload loads them again). */
  tileLoads: number;
  /** Sources whose data was set, in order. */
  setData: string[];
  featureStates: number;
}

declare global {
  interface Window {
    __redrawSpy: Spy;
  }
}

/** Installs the spy before the page's scripts run. */
async function spyOnMap(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const spy: Spy = { reloads: [], tileLoads: 0, setData: [], featureStates: 0 };
    window.__redrawSpy = spy;
    type AnyMap = Record<string, (...args: unknown[]) => unknown> & {
      getLayer: (id: string) => { source?: string } | undefined;
      getSource: (id: string) => unknown;
      on: (type: string, listener: (event: { sourceId?: string; tile?: unknown }) => void) => void;
    };
    (window as unknown as { __atlasOnMap: (map: AnyMap) => void }).__atlasOnMap = (map) => {
      for (const method of ['setFilter', 'setPaintProperty', 'setLayoutProperty']) {
        const original = map[method]!.bind(map);
        map[method] = (id: unknown, ...rest: unknown[]) => {
          // Visibility is the layer toggle, not a redraw of the view.
          const toggle = method === 'setLayoutProperty' && rest[0] === 'visibility';
          if (!toggle && map.getLayer(String(id))?.source === 'countries') {
            spy.reloads.push(`${method} ${String(id)}`);
          }
          return original(id, ...rest);
        };
      }
      const setFeatureState = map.setFeatureState!.bind(map);
      map.setFeatureState = (...args: unknown[]) => {
        spy.featureStates += 1;
        return setFeatureState(...args);
      };
      const getSource = map.getSource.bind(map);
      const wrapped = new WeakSet<object>();
      map.getSource = (id: string) => {
        const source = getSource(id) as { setData?: (...args: unknown[]) => unknown } | undefined;
        if (source?.setData && !wrapped.has(source)) {
          wrapped.add(source);
          const setData = source.setData.bind(source);
          source.setData = (...args: unknown[]) => {
            spy.setData.push(id);
            if (id === 'countries') spy.reloads.push('setData countries');
            return setData(...args);
          };
        }
        return source;
      };
      map.on('sourcedata', (event) => {
        if (event.sourceId === 'countries' && event.tile) spy.tileLoads += 1;
      });
    };
  });
}

const spyOf = (page: Page) => page.evaluate(() => structuredClone(window.__redrawSpy));

/**
 * Clicks the timeline's tick for `day` (a cluster's list: its last day, the cluster's own) and
 * waits for the map to draw the date it chose.
 */
async function pickDay(page: Page, day: string): Promise<void> {
  const before = currentParams(page).get('date');
  const target = page.locator(`[role="toolbar"] button[data-day="${day}"]`).first();
  await target.click({ force: true });
  if ((await target.getAttribute('aria-haspopup')) === 'dialog') {
    await page.getByTestId('timeline:tick-list').getByRole('button').last().click();
  }
  await expect.poll(() => currentParams(page).get('date')).not.toBe(before);
  await waitForMapView(page, `date=${currentParams(page).get('date')}`);
}

const CAMERA = { zoom: 2.6, latitude: 38, longitude: 30 };
const IN_MOROCCO = { longitude: -5.5, latitude: 32 };
const IN_KAZAKHSTAN = { longitude: 63, latitude: 50.5 };

async function hover(page: Page, place: { longitude: number; latitude: number }) {
  const box = (await mapContainer(page).boundingBox())!;
  const { x, y } = projectToContainer(CAMERA, place, box);
  await page.mouse.move(box.x + x, box.y + y);
}

test('date changes, hover and selection leave the countries source alone', async ({ page }) => {
  await spyOnMap(page);
  // Every layer drawn from the dataset is on: ties, minerals and embassies.
  await openAtlas(page, '?date=2020-09-20&layers=accords~ties~minerals~embassies&map=2.6/38/30');
  const start = await spyOf(page);
  expect(start.tileLoads, 'the countries source was drawn').toBeGreaterThan(0);
  expect(start.featureStates, 'statuses are feature states').toBeGreaterThan(0);

  const days = await page
    .locator('[role="toolbar"] button[data-day]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-day')!));
  // Ticks far apart, so each picks a different date.
  const later = [...new Set(days)].filter((day) => day > '2020-12-31');
  const picked = [0, 1 / 3, 2 / 3, 1].map((at) => later[Math.round(at * (later.length - 1))]!);
  expect(picked.length).toBeGreaterThan(1);
  for (const day of picked) await pickDay(page, day);

  await hover(page, IN_MOROCCO);
  await hover(page, IN_KAZAKHSTAN);
  // The camera has not moved: any countries tile loaded since start-up would be a reload.
  const dated = await spyOf(page);
  expect(dated.tileLoads, 'no countries tile was loaded again').toBe(start.tileLoads);
  // Arcs and points were shown and hidden by feature state: no source's data was set.
  expect(dated.setData, 'sources reloaded by date changes and hover').toEqual(start.setData);
  // A selection frames the country: tiles of the new zoom load, nothing is set on the source.
  await clickPlace(page, CAMERA, IN_KAZAKHSTAN);
  await waitForMapView(page, 'country=KAZ');

  const end = await spyOf(page);
  expect(end.reloads).toEqual([]);
  expect(end.setData).not.toContain('countries');
  // Each step changed a few countries' states, not all 240 of them.
  expect(end.featureStates - start.featureStates).toBeGreaterThan(0);
  expect(end.featureStates - start.featureStates).toBeLessThan(40 * (picked.length + 3));
});

test("the labels' glyphs are drawn before any source reaches the map", async ({ page }) => {
  // MapLibre would load the label font and draw its glyphs only once its worker, having cut the
  // labels' tiles, asked for them; the map view asks as soon as its style has loaded.
  await page.addInitScript(() => {
    type HookedMap = {
      getSource: (id: string) => unknown;
      style: { glyphManager: { entries: Record<string, { glyphs: { default: object } }> } };
    };
    const hook = window as unknown as {
      __atlasOnMap: (map: HookedMap) => void;
      __atLoad: { fonts: string[]; labelsSource: boolean };
    };
    hook.__atlasOnMap = (map) => {
      hook.__atLoad = {
        fonts: Object.keys(map.style.glyphManager.entries),
        labelsSource: map.getSource('labels') !== undefined,
      };
    };
  });
  await openAtlas(page, '?lang=ru');
  const atLoad = await page.evaluate(
    () => (window as unknown as { __atLoad: { fonts: string[]; labelsSource: boolean } }).__atLoad,
  );
  expect(atLoad).toEqual({ fonts: [LABEL_FONT], labelsSource: false });
});

test('the small sources reach the map before the countries', async ({ page }) => {
  // MapLibre's worker takes sources in the order they are added: the labels, arcs and points
  // then come back while it is still cutting the 240 countries, not all together after them.
  await page.addInitScript(() => {
    type HookedMap = { addSource: (id: string, ...rest: unknown[]) => unknown };
    const hook = window as unknown as { __atlasOnMap: (map: HookedMap) => void; __added: string[] };
    hook.__added = [];
    hook.__atlasOnMap = (map) => {
      const addSource = map.addSource.bind(map);
      map.addSource = (id, ...rest) => {
        hook.__added.push(id);
        return addSource(id, ...rest);
      };
    };
  });
  await openAtlas(page, '?layers=accords~ties~minerals');
  const added = await page.evaluate(() => (window as unknown as { __added: string[] }).__added);
  expect(added).toEqual(['labels', 'ties', 'minerals', 'countries', 'borders']);
});
