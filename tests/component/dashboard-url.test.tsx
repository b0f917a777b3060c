/**
 * The dashboard's URL behaviour (docs/links.md, "History"): which changes add a history entry and
 * which replace the current one. The map is a stand-in that reports camera moves and clicks the
 * way MapView does; WebGL is taken as available. Everything else is the real dashboard.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '@/components/dashboard';
import type * as DatasetClient from '@/lib/dataset-client';
import { STEP_INTERVAL_MS } from '@/components/timeline/timeline';
import { loadDataset } from '@/lib/data/load';
import { LAST_DAY } from '@/lib/search-params';
import { renderWithUrl } from './harness';

// The page's dataset, as the server would provide it (the browser would fetch it by version).
vi.mock('@/lib/dataset-client', async (importOriginal) => ({
  ...(await importOriginal<typeof DatasetClient>()),
  useDataset: (await import('@/lib/data/load')).loadDataset,
}));
vi.mock('@/components/map/webgl-gate', () => ({
  useWebglSupport: () => 'yes',
  WebglGate: ({ children }: { children: React.ReactNode }) => children,
}));
vi.mock('@/components/map/lazy-map-view', () => ({
  MapView: ({
    onCameraChange,
    onSelect,
    onSelectPair,
  }: {
    onCameraChange: (camera: { zoom: number; latitude: number; longitude: number }) => void;
    onSelect: (iso3: string) => void;
    onSelectPair: (pair: string) => void;
  }) => (
    <div>
      <button onClick={() => onCameraChange({ zoom: 4.5, latitude: 45.1234, longitude: 63.5 })}>
        move map
      </button>
      <button onClick={() => onCameraChange({ zoom: 5, latitude: 40, longitude: 70 })}>
        move map again
      </button>
      <button onClick={() => onSelect('KAZ')}>click Kazakhstan</button>
      <button onClick={() => onSelectPair('KAZ~ISR')}>click the Israel–Kazakhstan arc</button>
    </div>
  ),
}));

const dataset = loadDataset().meta.version;
const renderDashboard = (search = '') =>
  renderWithUrl(<Dashboard dataset={dataset} notices={[]} canonicalQuery={search} />, { search });

afterEach(() => vi.useRealTimers());

describe('Dashboard URL', () => {
  it('moving the map replaces the entry', async () => {
    const { writes } = renderDashboard('?country=KAZ');
    await userEvent.click(screen.getByRole('button', { name: 'move map' }));
    await userEvent.click(screen.getByRole('button', { name: 'move map again' }));
    await waitFor(() => expect(writes).toHaveLength(2));
    expect(writes).toEqual([
      { query: '?country=KAZ&map=4.5/45.1234/63.5', history: 'replace' },
      { query: '?country=KAZ&map=5/40/70', history: 'replace' },
    ]);
  });

  it('selecting a country or a pair pushes, in canonical form', async () => {
    const { writes } = renderDashboard('?utm_source=news');
    await userEvent.click(screen.getByRole('button', { name: 'click Kazakhstan' }));
    await waitFor(() => expect(writes).toHaveLength(1));
    await userEvent.click(screen.getByRole('button', { name: 'click the Israel–Kazakhstan arc' }));
    await waitFor(() => expect(writes).toHaveLength(2));
    expect(writes).toEqual([
      { query: '?country=KAZ&utm_source=news', history: 'push' },
      { query: '?pair=ISR~KAZ&utm_source=news', history: 'push' },
    ]);
  });

  it('turning a layer off pushes', async () => {
    const { writes } = renderDashboard();
    await userEvent.click(screen.getByTestId('layers:toggle-ties'));
    await waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]).toEqual({ query: '?layers=accords~minerals~disputed', history: 'push' });
  });

  it('typing a filter replaces the entry; switching to the table pushed it', async () => {
    const { writes } = renderDashboard();
    await userEvent.click(screen.getByRole('button', { name: 'Table' }));
    await waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]).toEqual({ query: '?view=table', history: 'push' });
    const filter = await screen.findByTestId('table:filter');
    await userEvent.type(filter, 'tung');
    await waitFor(() => expect(writes.at(-1)?.query).toBe('?view=table&q=tung'));
    expect(writes.slice(1).map((write) => write.history)).toEqual(
      writes.slice(1).map(() => 'replace'),
    );
    expect(writes.length).toBeGreaterThan(1);
  });

  it('a Play run is one history entry: its first step pushes, every later step replaces', async () => {
    vi.useFakeTimers();
    const { writes } = renderDashboard('?date=2020-08-01');
    fireEvent.click(screen.getByRole('button', { name: /play/i }));
    // Step through the whole run: every step waits STEP_INTERVAL_MS, then nuqs writes the URL.
    for (let step = 0; step < 200 && screen.queryByRole('button', { name: /pause/i }); step++) {
      await act(() => vi.advanceTimersByTimeAsync(STEP_INTERVAL_MS));
    }
    await act(() => vi.advanceTimersByTimeAsync(STEP_INTERVAL_MS));
    expect(screen.queryByRole('button', { name: /pause/i })).toBeNull();
    expect(writes.length).toBeGreaterThan(2);
    expect(writes.filter((write) => write.history === 'push')).toEqual([writes[0]]);
    // Each step moves the date forward.
    const days = writes.map((write) => new URLSearchParams(write.query).get('date') ?? LAST_DAY);
    expect(days).toEqual([...days].sort());
    expect(new Set(days).size).toBe(days.length);
  });

  it('rewrites a non-canonical link once, through nuqs, replacing the entry', async () => {
    const search = '?project=atlantis&country=kaz&date=garbage&utm=x';
    const { writes } = renderWithUrl(
      <Dashboard dataset={dataset} notices={[]} canonicalQuery="?country=KAZ&utm=x" />,
      { search },
    );
    await waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]).toEqual({ query: '?country=KAZ&utm=x', history: 'replace' });
  });
});
