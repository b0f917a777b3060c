/**
 * The map view's code loads in its own chunk while the page hydrates, and MapLibre with it. Until
 * the code is there the map's area says the map is loading; then the map renders with the
 * dashboard's props. (Without suspending: what React's reveal throttle did to a suspending map is
 * measured by `npm run bench`, not here, as tests run React in act(), which skips the throttle.)
 */
import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MapViewProps } from '@/components/map/map-view';
import { renderWithUrl } from './harness';

/** Lets a test decide when the map view's module finishes loading. */
const gate = vi.hoisted(() => {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open: () => open(), opened };
});
vi.mock('@/components/map/map-view', async () => {
  await gate.opened;
  return {
    MapView: ({ viewKey }: Pick<MapViewProps, 'viewKey'>) => (
      <div data-testid="fake-map">{viewKey}</div>
    ),
  };
});
// No MapLibre in jsdom: it only has to be asked for.
const maplibre = vi.hoisted(() => ({ load: vi.fn(() => Promise.resolve({})) }));
vi.mock('@/lib/maplibre-module', () => ({ loadMapLibre: maplibre.load, MAPLIBRE_URL: '/m.mjs' }));

describe('lazy map view', () => {
  it('shows the loading notice until its code is there, then the map', async () => {
    const { MapView } = await import('@/components/map/lazy-map-view');
    // MapLibre starts loading with the module, before any map mounts.
    expect(maplibre.load).toHaveBeenCalledTimes(1);
    const props = { viewKey: 'date=2025-11-06;' } as MapViewProps;
    renderWithUrl(<MapView {...props} />);
    expect(screen.getByTestId('map:loading')).toHaveTextContent('Loading map…');
    expect(screen.queryByTestId('fake-map')).toBeNull();

    await act(async () => gate.open());
    expect(await screen.findByTestId('fake-map')).toHaveTextContent('date=2025-11-06;');
    expect(screen.queryByTestId('map:loading')).toBeNull();
  });
});
