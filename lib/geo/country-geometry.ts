import { GEOMETRY_URL } from '@/lib/map-config';
import { type CountriesTopology, type DecodedGeometry, decodeGeometry } from './topology';

/** The countries' topology as served, and its features decoded from it. */
export interface CountryGeometry {
  topology: CountriesTopology;
  decoded: DecodedGeometry;
}

let loading: Promise<CountryGeometry> | undefined;

/**
 * The countries' geometry, downloaded (the page preloads the file) and decoded once per page.
 * Decoding (~70 ms on a slow machine) runs where the download ends, not inside the render that
 * adds the map's sources: two shorter tasks instead of one long one while the page starts. The
 * compare view's two maps share it. A failed download is forgotten, so the next map asks again.
 */
export function loadCountryGeometry(): Promise<CountryGeometry> {
  if (!loading) {
    const attempt = fetch(GEOMETRY_URL).then(async (response) => {
      if (!response.ok) throw new Error(`${GEOMETRY_URL}: HTTP ${response.status}`);
      const topology = (await response.json()) as CountriesTopology;
      return { topology, decoded: decodeGeometry(topology) };
    });
    attempt.catch(() => {
      if (loading === attempt) loading = undefined;
    });
    loading = attempt;
  }
  return loading;
}
