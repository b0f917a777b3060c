/**
 * Domain values reshaped for the API: the envelope every answer shares, events with their
 * effective day and phase, ties with explicit host and sender, and the sources an answer cites.
 */
import type { PartialDate } from '../data/dates';
import {
  PHASE_BY_KIND,
  type EventPhase,
  type MissionLevel,
  type SourceKind,
  type TieLevel,
} from '../data/enums';
import { walkObjects } from '../data/facts';
import { sourcesById } from '../data/queries';
import type { AccordsEvent, Dataset, Source } from '../data/schema';
import {
  eventDay,
  tieLevel,
  type MissionState,
  type RelationsOnDay,
  type Tie,
} from '../data/status';

/** Fields every answer starts with. */
export interface EnvelopeHead {
  /** The latest fact date in the dataset. */
  asOf: string;
  /** How far the sources were searched (a partial date). */
  sourcesSearchedUntil: PartialDate;
}

/** `{ asOf, sourcesSearchedUntil }` of the dataset. */
export function envelopeHead(dataset: Dataset): EnvelopeHead {
  return { asOf: dataset.meta.asOf, sourcesSearchedUntil: dataset.meta.sourcesSearchedUntil };
}

/** `{ asOf, sourcesSearchedUntil, ...extra, data }`. */
export function envelope<E extends object, T>(
  dataset: Dataset,
  extra: E,
  data: T,
): EnvelopeHead & E & { data: T } {
  return { ...envelopeHead(dataset), ...extra, data };
}

/** An event as stored, plus the day it counts from and whether it is words or deeds. */
export type ApiEvent = AccordsEvent & { day: string; phase: EventPhase };

/** Adds `day` and `phase` to an event. */
export function toApiEvent(event: AccordsEvent): ApiEvent {
  return { ...event, day: eventDay(event), phase: PHASE_BY_KIND[event.kind] };
}

/** Relations of a pair; `since` is null when no dated fact gives it. */
export interface ApiRelations {
  status: RelationsOnDay['status'];
  since: string | null;
  eventIds: string[];
  statementIds: string[];
}

/** The sender's mission in the host. */
export interface ApiMission {
  host: string;
  sender: string;
  level: MissionLevel;
  /** active, suspended (staff withdrawn) or closed; null when no mission is known. */
  state: MissionState;
  city: string | null;
  since: string | null;
  eventIds: string[];
  statementIds: string[];
  /** Envoy recalls so far; they do not close the mission. */
  recallEventIds: string[];
}

/** A pair on a day: relations, both missions, and the arc style the map draws. */
export interface ApiTie {
  /** Sorted ISO3 codes. */
  pair: [string, string];
  relations: ApiRelations;
  /** The second country's mission in the first, then the first's in the second. */
  missions: [ApiMission, ApiMission];
  level: TieLevel;
}

function missionIn(tie: Tie, host: string, sender: string): ApiMission {
  const mission = tie.embassies[host];
  return {
    host,
    sender,
    level: mission?.level ?? 'unknown',
    state: mission?.state ?? null,
    city: mission?.city ?? null,
    since: mission?.since ?? null,
    eventIds: mission?.eventIds ?? [],
    statementIds: mission?.statementIds ?? [],
    recallEventIds: mission?.recallEventIds ?? [],
  };
}

/** Reshapes a derived tie (without its notes and history). */
export function toApiTie(tie: Tie): ApiTie {
  const [a, b] = tie.pair;
  const { status, since, eventIds, statementIds } = tie.relations;
  return {
    pair: [a, b],
    relations: { status, since: since ?? null, eventIds, statementIds },
    missions: [missionIn(tie, a, b), missionIn(tie, b, a)],
    level: tieLevel(tie),
  };
}

/** Every source cited anywhere in `value` (any `sources` list of ids), resolved, in first-seen order. */
export function citedSources(dataset: Dataset, value: unknown): Source[] {
  const ids = new Set<string>();
  walkObjects(value, (node) => {
    if (!Array.isArray(node.sources)) return;
    for (const id of node.sources) if (typeof id === 'string') ids.add(id);
  });
  return sourcesById(dataset, [...ids]);
}

/** A source as a list answer cites it: where, what kind of page, by whom and when. */
export interface ApiCitation {
  url: string;
  kind: SourceKind;
  publisher: string;
  /** Publication date ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD'); null when the page gives none. */
  published: string | null;
}

/** The sources given by id, with their kind and publication date. */
export function citations(dataset: Dataset, ids: readonly string[]): ApiCitation[] {
  return sourcesById(dataset, ids).map(({ url, kind, publisher, published }) => ({
    url,
    kind,
    publisher,
    published: published?.value ?? null,
  }));
}

/** The URLs of sources given by id. */
export function sourceUrls(dataset: Dataset, ids: readonly string[]): string[] {
  return sourcesById(dataset, ids).map((source) => source.url);
}
