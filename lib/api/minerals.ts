/** Answer of `/api/minerals`: projects with coordinates as GeoJSON, the rest listed beside them. */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Confidence } from '../data/enums';
import type { Dataset, Project } from '../data/schema';
import { envelopeHead, sourceUrls, type EnvelopeHead } from './reshape';

/** What every project carries, located or not. */
export interface ProjectProperties {
  id: string;
  name: string;
  country: string;
  minerals: string[];
  place: string | null;
  stage: Project['stage'];
  stageNote: string;
  agreementIds: string[];
  confidence: Confidence;
  sourceUrls: string[];
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
  EnvelopeHead & { unlocated: UnlocatedProject[] };

function properties(data: Dataset, project: Project): ProjectProperties {
  return {
    id: project.id,
    name: project.name,
    country: project.country,
    minerals: project.minerals,
    place: project.place ?? null,
    stage: project.stage,
    stageNote: project.stageNote,
    agreementIds: project.agreementIds,
    confidence: project.confidence,
    sourceUrls: sourceUrls(data, project.sources),
  };
}

/** Every project: a Point feature ([lon, lat]) if located, else an entry of `unlocated`. */
export function mineralsAnswer(data: Dataset): MineralsAnswer {
  const features: Feature<Point, LocatedProjectProperties>[] = [];
  const unlocated: UnlocatedProject[] = [];
  for (const project of data.minerals.projects) {
    const { location } = project;
    if (location) {
      features.push({
        type: 'Feature',
        id: project.id,
        // GeoJSON order is [longitude, latitude].
        geometry: { type: 'Point', coordinates: [location.lon, location.lat] },
        properties: {
          ...properties(data, project),
          locationConfidence: location.confidence,
          locationSourceUrls: sourceUrls(data, location.sources),
          locationNote: location.note ?? project.locationNote ?? null,
        },
      });
    } else {
      unlocated.push({
        ...properties(data, project),
        // The schema requires a note when there is no location.
        locationNote: project.locationNote ?? 'No coordinates were found.',
      });
    }
  }
  return { type: 'FeatureCollection', ...envelopeHead(data), features, unlocated };
}
