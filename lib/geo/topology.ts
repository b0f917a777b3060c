import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { unwrapGeometry } from './antimeridian';
import { countryFeatureId, UNCODED_FIRST_ID } from './feature-id';

/** Properties the geometry build writes on each country (see scripts/build-geo.ts). */
export interface CountryProperties {
  /** ISO 3166-1 alpha-3, or null for features Natural Earth gives no code (Kosovo, N. Cyprus…). */
  iso3: string | null;
  /** Natural Earth's short English name. */
  name: string;
  /** Short Russian name (lib/geo/iso.ts russianName); every shipped feature has one. */
  nameRu: string | null;
}

export interface LabelProperties {
  iso3: string;
}

export type CountriesTopology = Topology<{
  countries: GeometryCollection<CountryProperties>;
  labels: GeometryCollection<LabelProperties>;
}>;

export interface DecodedGeometry {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  /** Land borders between two different countries, drawn once each (no seams, no coastline). */
  borders: Feature<MultiLineString>;
  /** One label anchor per country in the dataset. */
  labels: FeatureCollection<Point, LabelProperties>;
}

/** Turns the shipped TopoJSON into the GeoJSON sources the map draws. */
export function decodeGeometry(topology: CountriesTopology): DecodedGeometry {
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    CountryProperties
  >;
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  let uncoded = UNCODED_FIRST_ID;
  return {
    countries: {
      type: 'FeatureCollection',
      features: countries.features.map((f) => ({
        ...f,
        // Feature state is kept by id: a country's id is read from its code (lib/geo/feature-id.ts).
        id: f.properties.iso3 ? countryFeatureId(f.properties.iso3) : uncoded++,
        geometry: unwrapGeometry(f.geometry),
      })),
    },
    borders: { type: 'Feature', properties: {}, geometry: unwrapGeometry(borders) },
    labels: feature(topology, topology.objects.labels) as FeatureCollection<Point, LabelProperties>,
  };
}

/** The outline of a group of countries (e.g. the C5), with their shared borders dissolved. */
export function groupOutline(
  topology: CountriesTopology,
  iso3s: readonly string[],
): Feature<MultiPolygon> {
  const members = topology.objects.countries.geometries.filter((g) => {
    const iso3 = (g.properties as CountryProperties | undefined)?.iso3;
    return iso3 != null && iso3s.includes(iso3);
  });
  return {
    type: 'Feature',
    properties: {},
    geometry: unwrapGeometry(merge(topology, members as Parameters<typeof merge>[1])),
  };
}
