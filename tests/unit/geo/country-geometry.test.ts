import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildTopology } from '@/lib/geo/build-topology';
import { GEOMETRY_URL } from '@/lib/map-config';

/** The file the app serves (built, not committed: made here as the build does). */
const TOPOLOGY = JSON.stringify(buildTopology());

/** The module afresh (it keeps one download per page), with `fetch` answering as given. */
async function withFetch(...answers: (() => Response)[]) {
  const fetch = vi.fn(() => Promise.resolve(answers.shift()!()));
  vi.stubGlobal('fetch', fetch);
  const { loadCountryGeometry } = await import('@/lib/geo/country-geometry');
  return { fetch, loadCountryGeometry };
}

describe('loadCountryGeometry', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  it('downloads and decodes once for every map of the page', async () => {
    const { fetch, loadCountryGeometry } = await withFetch(() => new Response(TOPOLOGY));
    const [first, second] = await Promise.all([loadCountryGeometry(), loadCountryGeometry()]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(GEOMETRY_URL);
    expect(second).toBe(first);
    const kaz = first.decoded.countries.features.find((f) => f.properties.iso3 === 'KAZ');
    expect(kaz?.geometry.type).toMatch(/Polygon/);
  });

  it('reports a failed download, and the next map asks again', async () => {
    const { fetch, loadCountryGeometry } = await withFetch(
      () => new Response('gone', { status: 503 }),
      () => new Response(TOPOLOGY),
    );
    await expect(loadCountryGeometry()).rejects.toThrow(`${GEOMETRY_URL}: HTTP 503`);
    await expect(loadCountryGeometry()).resolves.toHaveProperty('topology.type', 'Topology');
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
