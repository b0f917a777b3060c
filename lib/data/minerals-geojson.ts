/**
 * The one GeoJSON builder for minerals projects on a day. The map (lib/map-layers.ts), the
 * GeoJSON export (lib/export/geojson.ts) and `/api/minerals` (lib/api/minerals.ts) all start from
 * it, so they agree on which projects are shown, where, and at which stage; each picks and
 * formats the properties its readers need (the map a few for drawing, the export and the API
 * source URLs and citations resolved from the ids given here). Pure and client-safe.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { effectiveDay } from './dates';
import type { Confidence, ProjectStage } from './enums';
import { projectKnownFrom, projectStageOn } from './queries';
import type { Dataset, Project, ProjectStageEntry } from './schema';

/** Short symbols that are words, not chemical symbols, so each language writes its own. */
export const WORD_SYMBOLS = ['REE', 'Gas'] as const;
export type WordSymbol = (typeof WORD_SYMBOLS)[number];

/** Chemical or common short symbols for the minerals in the dataset; others use their initial. */
const MINERAL_SYMBOLS: Record<string, string> = {
  tungsten: 'W',
  molybdenum: 'Mo',
  gold: 'Au',
  uranium: 'U',
  'rare earths': 'REE' satisfies WordSymbol,
  'natural gas': 'Gas' satisfies WordSymbol,
  antimony: 'Sb',
  copper: 'Cu',
};

/** Short symbol for a mineral name as the dataset writes it ("rare earths (Nd, Ce, La, Y)" → REE). */
export function mineralSymbol(mineral: string): string {
  const name = mineral.toLowerCase();
  const known = Object.keys(MINERAL_SYMBOLS).find((key) => name.startsWith(key));
  return known ? MINERAL_SYMBOLS[known]! : mineral.slice(0, 2);
}

/** Whether a symbol stands for a mineral the app names (W, Au, REE…), not a name's first letters. */
export function isNamedSymbol(symbol: string): boolean {
  return Object.values(MINERAL_SYMBOLS).includes(symbol);
}

export function isWordSymbol(symbol: string): symbol is WordSymbol {
  return (WORD_SYMBOLS as readonly string[]).includes(symbol);
}

/** What every project known on the day carries, located or not. */
export interface MineralProjectProperties {
  id: string;
  name: string;
  country: string;
  minerals: string[];
  place: string | null;
  /** Short symbol of the first mineral (W, Au, REE…), in English. */
  symbol: string;
  /** Stage on the day; null when no dated stage is known by then. */
  stage: ProjectStage | null;
  /** Stage history up to the day, oldest first. */
  stages: ProjectStageEntry[];
  stageNote: string | null;
  agreementIds: string[];
  confidence: Confidence;
  /** Ids of the sources behind the project (the dataset's `sources`). */
  sourceIds: string[];
}

/** A located project; its coordinates are graded and sourced on their own. */
export type LocatedMineralProperties = MineralProjectProperties & {
  locationConfidence: Confidence;
  locationSourceIds: string[];
  locationNote: string | null;
};

/** A project without coordinates, and why it has none. */
export type UnlocatedMineralProject = MineralProjectProperties & { locationNote: string };

/** Located projects as Point features (`id` = project id); the others listed in `unlocated`. */
export interface MineralsGeoJson extends FeatureCollection<Point, LocatedMineralProperties> {
  unlocated: UnlocatedMineralProject[];
}

function properties(project: Project, day: string): MineralProjectProperties {
  return {
    id: project.id,
    name: project.name,
    country: project.country,
    minerals: project.minerals,
    place: project.place ?? null,
    symbol: mineralSymbol(project.minerals[0] ?? ''),
    stage: projectStageOn(project, day)?.stage ?? null,
    stages: project.stages.filter((s) => effectiveDay(s.date) <= day),
    stageNote: project.stageNote ?? null,
    agreementIds: project.agreementIds,
    confidence: project.confidence,
    sourceIds: project.sources,
  };
}

/**
 * Every project the sources allow on `day`, in dataset order: a Point feature ([lon, lat]) when
 * its coordinates are known, else in `unlocated` with the reason.
 */
export function mineralsGeoJson(data: Dataset, day: string): MineralsGeoJson {
  const features: Feature<Point, LocatedMineralProperties>[] = [];
  const unlocated: UnlocatedMineralProject[] = [];
  for (const project of data.minerals.projects) {
    if (projectKnownFrom(data, project) > day) continue;
    const { location } = project;
    if (location) {
      features.push({
        type: 'Feature',
        id: project.id,
        // GeoJSON order is [longitude, latitude].
        geometry: { type: 'Point', coordinates: [location.lon, location.lat] },
        properties: {
          ...properties(project, day),
          locationConfidence: location.confidence,
          locationSourceIds: location.sources,
          locationNote: location.note ?? project.locationNote ?? null,
        },
      });
    } else {
      unlocated.push({
        ...properties(project, day),
        // The schema requires a note when there is no location.
        locationNote: project.locationNote ?? 'No coordinates were found.',
      });
    }
  }
  return { type: 'FeatureCollection', features, unlocated };
}
