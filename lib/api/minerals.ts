/** Answer of `/api/minerals`: projects with coordinates as GeoJSON, the rest listed beside them. */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { effectiveDay } from '../data/dates';
import type { Confidence, ProjectStage } from '../data/enums';
import { projectKnownFrom, projectStageOn } from '../data/queries';
import type { Dataset, Project, ProjectStageEntry } from '../data/schema';
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

function properties(data: Dataset, project: Project, date: string): ProjectProperties {
  return {
    id: project.id,
    name: project.name,
    country: project.country,
    minerals: project.minerals,
    place: project.place ?? null,
    stage: projectStageOn(project, date)?.stage ?? null,
    stages: project.stages.filter((s) => effectiveDay(s.date) <= date),
    stageNote: project.stageNote ?? null,
    agreementIds: project.agreementIds,
    confidence: project.confidence,
    sourceUrls: sourceUrls(data, project.sources),
    citations: citations(data, project.sources),
  };
}

/** Every project known on `date`: a Point feature ([lon, lat]) if located, else in `unlocated`. */
export function mineralsAnswer(data: Dataset, date: string): MineralsAnswer {
  const features: Feature<Point, LocatedProjectProperties>[] = [];
  const unlocated: UnlocatedProject[] = [];
  const known = data.minerals.projects.filter((p) => projectKnownFrom(data, p) <= date);
  for (const project of known) {
    const { location } = project;
    if (location) {
      features.push({
        type: 'Feature',
        id: project.id,
        // GeoJSON order is [longitude, latitude].
        geometry: { type: 'Point', coordinates: [location.lon, location.lat] },
        properties: {
          ...properties(data, project, date),
          locationConfidence: location.confidence,
          locationSourceUrls: sourceUrls(data, location.sources),
          locationNote: location.note ?? project.locationNote ?? null,
        },
      });
    } else {
      unlocated.push({
        ...properties(data, project, date),
        // The schema requires a note when there is no location.
        locationNote: project.locationNote ?? 'No coordinates were found.',
      });
    }
  }
  return { type: 'FeatureCollection', ...envelopeHead(data), date, features, unlocated };
}
