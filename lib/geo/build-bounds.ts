import type { Bounds } from '../map-config';
import { DATASET_ISO3 } from '../data/queries';
import { countryBounds } from './country-bounds';
import { type CountriesTopology, decodeGeometry } from './topology';

/** Frame of every dataset country, keyed by ISO3, from the shipped topology. */
export function computeCountryBounds(topology: CountriesTopology): Record<string, Bounds> {
  const { countries } = decodeGeometry(topology);
  return Object.fromEntries(
    DATASET_ISO3.map((iso3) => {
      const feature = countries.features.find((f) => f.properties.iso3 === iso3);
      if (!feature) throw new Error(`No geometry for ${iso3}`);
      return [iso3, countryBounds(feature.geometry)];
    }),
  );
}
