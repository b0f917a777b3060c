/**
 * Prepares the country geometry the app serves, from Natural Earth 1:50m (world-atlas):
 *
 * - Keeps TopoJSON, so shared borders stay shared and the file is ~5x smaller than GeoJSON.
 * - Simplifies the rest of the world hard and keeps the dataset's countries (and the disputed
 *   areas next to them) at full 1:50m detail: Bahrain must still look like Bahrain.
 * - Writes alpha-3 codes and Russian names onto the features, and one label point per dataset
 *   country, so the browser does no geometry work beyond decoding.
 */
import { feature, quantize } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Feature, Geometry } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json';
import { DATASET_ISO3 } from '../data/queries';
import { numericToIso3, russianName } from './iso';
import { labelPoint } from './label-point';
import type { CountriesTopology, CountryProperties } from './topology';

/** Share of arc points kept for countries outside the dataset (5% ≈ Natural Earth 1:110m). */
const CONTEXT_POINTS_KEPT = 0.05;
/** 5e4 steps across 360° ≈ 800 m, finer than 1:50m's own precision where it matters. */
const QUANTIZATION = 5e4;
const ANTARCTICA = '010';
/** Palestine and Western Sahara border focus countries and are drawn by the disputed layer. */
const FULL_DETAIL = new Set<string>([...DATASET_ISO3, 'PSE', 'ESH']);

type WorldGeometry = GeometryObject<{ name: string }>;
/** Natural Earth's countries as world-atlas ships them: numeric ids and English names. */
export type WorldTopology = Topology<{
  countries: { type: 'GeometryCollection'; geometries: WorldGeometry[] };
}>;

function arcIndexes(geometry: WorldGeometry): number[] {
  const out: number[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'number') out.push(value < 0 ? ~value : value);
  };
  walk('arcs' in geometry ? geometry.arcs : []);
  return out;
}

/**
 * Builds the shipped topology from Natural Earth 1:50m (see the module comment), or from another
 * world of the same shape (tests use a small synthetic one). The input is left unchanged.
 */
export function buildTopology(
  naturalEarth: WorldTopology = world as unknown as WorldTopology,
): CountriesTopology {
  const source = structuredClone(naturalEarth);
  // Antarctica is outside the story and its pole-closing rings need special casing: leave it out.
  const geometries = source.objects.countries.geometries.filter((g) => g.id !== ANTARCTICA);
  const topology = presimplify({
    ...source,
    objects: { countries: { type: 'GeometryCollection', geometries } },
  });

  // Arc points of full-detail countries get an infinite weight so simplify() never drops them.
  for (const g of geometries) {
    if (!FULL_DETAIL.has(numericToIso3(g.id) ?? '')) continue;
    for (const index of arcIndexes(g)) {
      for (const point of topology.arcs[index] ?? []) point[2] = Infinity;
    }
  }
  const simplified = quantize(
    simplify(topology, quantile(topology, CONTEXT_POINTS_KEPT)),
    QUANTIZATION,
  );

  const countries = simplified.objects.countries as {
    type: 'GeometryCollection';
    geometries: WorldGeometry[];
  };
  const labels: GeometryObject[] = [];
  for (const g of countries.geometries) {
    const iso3 = numericToIso3(g.id);
    const name = (g.properties as { name?: string } | undefined)?.name ?? 'Unknown';
    const properties: CountryProperties = { iso3, name, nameRu: russianName(iso3, name) };
    g.properties = properties as unknown as { name: string };
    if (iso3 && (DATASET_ISO3 as readonly string[]).includes(iso3)) {
      const decoded = feature(simplified, g) as Feature<Geometry>;
      if (decoded.geometry.type !== 'Polygon' && decoded.geometry.type !== 'MultiPolygon') {
        throw new Error(`${iso3}: expected polygon geometry, got ${decoded.geometry.type}`);
      }
      labels.push({
        type: 'Point',
        coordinates: toQuantized(simplified, labelPoint(decoded.geometry)),
        properties: { iso3 },
      } as GeometryObject);
    }
  }
  const objects = { countries, labels: { type: 'GeometryCollection', geometries: labels } };
  return { ...simplified, objects } as unknown as CountriesTopology;
}

/** TopoJSON points are stored in the topology's quantized integer grid. */
function toQuantized(topology: Topology, [lon, lat]: number[]): [number, number] {
  const { scale, translate } = topology.transform!;
  return [
    Math.round(((lon as number) - translate[0]) / scale[0]),
    Math.round(((lat as number) - translate[1]) / scale[1]),
  ];
}
