/**
 * Western Sahara as a worldview draws it (lib/worldview.ts says which, on which day), built from
 * the shipped geometry, nothing downloaded:
 *
 * - Apart (the UN's listing): Natural Earth's de facto lines put the territory's coast round
 *   Laayoune inside Morocco and keep only the rest as "W. Sahara". The part of Morocco's feature
 *   south of 27°40′ N, the territory's northern boundary, is moved to Western Sahara, and the
 *   border is drawn along that parallel instead of the de facto line.
 * - Merged: topojson's `merge` dissolves the two features into one Morocco.
 */
import { bboxClip } from '@turf/bbox-clip';
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { merge, mesh } from 'topojson-client';
import { unwrapGeometry } from './antimeridian';
import type { CountriesTopology, CountryProperties, DecodedGeometry } from './topology';

const MOROCCO = 'MAR';
const WESTERN_SAHARA = 'ESH';
/** The Morocco–Western Sahara boundary, 27°40′ N. */
export const BOUNDARY_LATITUDE = 27 + 40 / 60;

type TopoGeometry = CountriesTopology['objects']['countries']['geometries'][number];

function iso3Of(geometry: { properties?: unknown }): string | null {
  return (geometry.properties as CountryProperties | undefined)?.iso3 ?? null;
}

function isPair(a: { properties?: unknown }, b: { properties?: unknown }): boolean {
  return [iso3Of(a), iso3Of(b)].sort().join() === [MOROCCO, WESTERN_SAHARA].sort().join();
}

/** Land borders without the line between Morocco and Western Sahara. */
function bordersWithoutPair(topology: CountriesTopology): MultiLineString {
  return unwrapGeometry(
    mesh(topology, topology.objects.countries, (a, b) => a !== b && !isPair(a, b)),
  );
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  // Clipping leaves empty or degenerate rings where a polygon lay wholly on the other side.
  return polygons
    .map((rings) => rings.filter((ring) => ring.length >= 4))
    .filter((rings) => rings.length > 0);
}

function clip(geometry: Polygon | MultiPolygon, south: boolean): Position[][][] {
  const box: [number, number, number, number] = south
    ? [-180, -90, 180, BOUNDARY_LATITUDE]
    : [-180, BOUNDARY_LATITUDE, 180, 90];
  return polygonsOf(bboxClip(geometry, box).geometry as Polygon | MultiPolygon);
}

/** Where a geometry's rings cross the boundary parallel: the westmost and eastmost crossings. */
function boundarySegment(geometry: Polygon | MultiPolygon): Position[] | null {
  const crossings: number[] = [];
  for (const ring of polygonsOf(geometry).flat()) {
    for (let i = 1; i < ring.length; i++) {
      const [x1, y1] = ring[i - 1] as [number, number];
      const [x2, y2] = ring[i] as [number, number];
      if (y1 === y2 || (y1 - BOUNDARY_LATITUDE) * (y2 - BOUNDARY_LATITUDE) > 0) continue;
      crossings.push(x1 + ((BOUNDARY_LATITUDE - y1) / (y2 - y1)) * (x2 - x1));
    }
  }
  if (crossings.length < 2) return null;
  return [
    [Math.min(...crossings), BOUNDARY_LATITUDE],
    [Math.max(...crossings), BOUNDARY_LATITUDE],
  ];
}

/** Morocco and Western Sahara as one outline, their shared border dissolved. */
function mergedOutline(topology: CountriesTopology, found: TopoGeometry[]): MultiPolygon {
  return unwrapGeometry(merge(topology, found as Parameters<typeof merge>[1]));
}

/** Morocco's and Western Sahara's topology objects, or null when either is missing. */
function parts(topology: CountriesTopology): TopoGeometry[] | null {
  const found = topology.objects.countries.geometries.filter((g) =>
    [MOROCCO, WESTERN_SAHARA].includes(iso3Of(g) ?? ''),
  );
  return found.length === 2 ? found : null;
}

/**
 * Western Sahara apart from Morocco, within its 27°40′ N boundary: Morocco's feature loses what
 * lies south of the parallel to Western Sahara's, and the border between them runs along it.
 * Feature ids stay, so feature states keep their colours. Unchanged when either feature is missing.
 */
export function withWesternSaharaApart(
  topology: CountriesTopology,
  decoded: DecodedGeometry,
): DecodedGeometry {
  const found = parts(topology);
  const morocco = decoded.countries.features.find((f) => f.properties.iso3 === MOROCCO);
  const sahara = decoded.countries.features.find((f) => f.properties.iso3 === WESTERN_SAHARA);
  if (!found || !morocco || !sahara) return decoded;
  const segment = boundarySegment(morocco.geometry);
  const north: MultiPolygon = { type: 'MultiPolygon', coordinates: clip(morocco.geometry, false) };
  // The two features dissolved, then cut at the parallel: the territory as one outline, without
  // the de facto line inside it (the disputed layer outlines each ring).
  const territory: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: clip(mergedOutline(topology, found), true),
  };
  const borders = bordersWithoutPair(topology);
  return {
    ...decoded,
    countries: {
      ...decoded.countries,
      features: decoded.countries.features.map((f) =>
        f === morocco
          ? { ...f, geometry: north }
          : f === sahara
            ? { ...f, geometry: territory }
            : f,
      ),
    },
    borders: {
      ...decoded.borders,
      geometry: {
        ...borders,
        coordinates: segment ? [...borders.coordinates, segment] : borders.coordinates,
      },
    },
  };
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
  const found = parts(topology);
  if (!found) return decoded;
  const merged = mergedOutline(topology, found);
  return {
    ...decoded,
    countries: {
      ...decoded.countries,
      features: decoded.countries.features.flatMap((f) => {
        if (f.properties.iso3 === WESTERN_SAHARA) return [];
        return f.properties.iso3 === MOROCCO ? [{ ...f, geometry: merged }] : [f];
      }),
    },
    borders: { ...decoded.borders, geometry: bordersWithoutPair(topology) },
  };
}

/** The geometry a worldview draws on a day: Western Sahara merged into Morocco, or apart. */
export function worldviewGeometry(
  topology: CountriesTopology,
  decoded: DecodedGeometry,
  merged: boolean,
): DecodedGeometry {
  return merged
    ? withWesternSaharaInMorocco(topology, decoded)
    : withWesternSaharaApart(topology, decoded);
}
