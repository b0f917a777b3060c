/**
 * Answer of `/api/minerals`: projects with coordinates as GeoJSON, the rest listed beside them.
 * A public shape (README "API"): the shared builder's source ids become URLs and citations here,
 * and its map symbol is left out.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Confidence, ProjectStage } from '../data/enums';
import { mineralsGeoJson, type MineralProjectProperties } from '../data/minerals-geojson';
import type { Dataset, ProjectStageEntry } from '../data/schema';
import {
  citations,
  envelopeHead,
  sourceUrls,
  type ApiCitation,
  type EnvelopeHead,
} from './reshape';

/** What every project carries, located or not. */
export interface ProjectProperties {
  id: string;
  name: string;
  country: string;
  minerals: string[];
  place: string | null;
  /** Stage on the answer's date; null when no dated stage is known by then. */
  stage: ProjectStage | null;
  /** Stage history up to the answer's date, oldest first. */
  stages: ProjectStageEntry[];
  stageNote: string | null;
  agreementIds: string[];
  confidence: Confidence;
  sourceUrls: string[];
  /** The same sources with their kind and publication date. */
  citations: ApiCitation[];
}

/** Properties of a located project; the location is graded and sourced on its own. */
export type LocatedProjectProperties = ProjectProperties & {
  locationConfidence: Confidence;
  locationSourceUrls: string[];
  locationNote: string | null;
};

/** A project without coordinates, and why it has none. */
export type UnlocatedProject = ProjectProperties & { locationNote: string };

/** RFC 7946 FeatureCollection with foreign members: the envelope head and `unlocated`. */
export type MineralsAnswer = FeatureCollection<Point, LocatedProjectProperties> &
  EnvelopeHead & { date: string; unlocated: UnlocatedProject[] };

/** The builder's properties as the API has always written them: source URLs and citations. */
function apiProperties(data: Dataset, project: MineralProjectProperties): ProjectProperties {
  return {
    id: project.id,
    name: project.name,
    country: project.country,
    minerals: project.minerals,
    place: project.place,
    stage: project.stage,
    stages: project.stages,
    stageNote: project.stageNote,
    agreementIds: project.agreementIds,
    confidence: project.confidence,
    sourceUrls: sourceUrls(data, project.sourceIds),
    citations: citations(data, project.sourceIds),
  };
}

/**
 * Every project known on `date` (lib/data/minerals-geojson.ts): a Point feature ([lon, lat]) if
 * located, else in `unlocated`.
 */
export function mineralsAnswer(data: Dataset, date: string): MineralsAnswer {
  const collection = mineralsGeoJson(data, date);
  return {
    type: 'FeatureCollection',
    ...envelopeHead(data),
    date,
    features: collection.features.map(({ id, geometry, properties }) => ({
      type: 'Feature',
      id,
      geometry,
      properties: {
        ...apiProperties(data, properties),
        locationConfidence: properties.locationConfidence,
        locationSourceUrls: sourceUrls(data, properties.locationSourceIds),
        locationNote: properties.locationNote,
      },
    })),
    unlocated: collection.unlocated.map((project) => ({
      ...apiProperties(data, project),
      locationNote: project.locationNote,
    })),
  };
}
