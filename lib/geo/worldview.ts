/**
 * Western Sahara drawn inside Morocco (lib/worldview.ts says when), built from the shipped
 * geometry: Natural Earth draws them as two features, and topojson's `merge` dissolves their
 * shared border, so Morocco's outline takes in the territory and nothing new is downloaded.
 */
import { merge, mesh } from 'topojson-client';
import { unwrapGeometry } from './antimeridian';
import type { CountriesTopology, CountryProperties, DecodedGeometry } from './topology';

const MOROCCO = 'MAR';
const WESTERN_SAHARA = 'ESH';

function iso3Of(geometry: { properties?: unknown }): string | null {
  return (geometry.properties as CountryProperties | undefined)?.iso3 ?? null;
}

/**
 * The decoded geometry with Western Sahara merged into Morocco: one Morocco feature (its id, so
 * its feature state keeps its colour) without the Western Sahara feature, and the borders without
 * the line between them. Returned unchanged when either feature is missing.
 */
export function withWesternSaharaInMorocco(
  topology: CountriesTopology,
  decoded: DecodedGeometry,
): DecodedGeometry {
  const parts = topology.objects.countries.geometries.filter((g) =>
    [MOROCCO, WESTERN_SAHARA].includes(iso3Of(g) ?? ''),
  );
  if (parts.length !== 2) return decoded;
  const merged = unwrapGeometry(merge(topology, parts as Parameters<typeof merge>[1]));
  const borders = mesh(
    topology,
    topology.objects.countries,
    (a, b) =>
      a !== b &&
      !(
        [iso3Of(a), iso3Of(b)].includes(MOROCCO) && [iso3Of(a), iso3Of(b)].includes(WESTERN_SAHARA)
      ),
  );
  return {
    ...decoded,
    countries: {
      ...decoded.countries,
      features: decoded.countries.features.flatMap((f) => {
        if (f.properties.iso3 === WESTERN_SAHARA) return [];
        return f.properties.iso3 === MOROCCO ? [{ ...f, geometry: merged }] : [f];
      }),
    },
    borders: { ...decoded.borders, geometry: unwrapGeometry(borders) },
  };
}
