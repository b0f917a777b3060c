// Const tuples shared by the zod schemas and the pure derivation code. No runtime imports here,
// so client components can use them without pulling zod into the bundle.

/** The ten countries the dashboard focuses on, in display order. */
export const FOCUS_ISO3 = [
  'KAZ',
  'KGZ',
  'TJK',
  'TKM',
  'UZB',
  'ISR',
  'ARE',
  'BHR',
  'MAR',
  'USA',
] as const;

/** Every country in the dataset: the focus ten plus Sudan (declaration-only signatory). */
export const DATASET_ISO3 = [...FOCUS_ISO3, 'SDN'] as const;

/** Grades used throughout facts.md. */
export const CONFIDENCE = ['high', 'medium', 'low'] as const;

/** How precise a partial date is. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;

/** Country groups used by the map legend. */
export const COUNTRY_GROUPS = ['c5', 'accords', 'broker'] as const;

/** Kinds of dated steps in `events.json`. */
export const EVENT_KINDS = [
  'announced',
  'accession-announced',
  'declaration-signed',
  'bilateral-declaration-signed',
  'treaty-signed',
  'joint-declaration-signed',
  'relations-established',
  'recognition',
  'ratified',
  'in-force',
  'embassy-opened',
  'liaison-office-opened',
  'consulate-opened',
  'ambassador-accredited',
  'envoy-recalled',
  'ministry-statement',
  'statement',
  'media-report',
  'visit',
  'call',
  'summit',
  'meeting',
  'agreement-signed',
  'deal-announced',
] as const;

/** Whether an event is words (announced) or deeds (implemented). */
export const EVENT_PHASES = ['announced', 'implemented'] as const;

/** Derived Abraham Accords status of a country on a day. */
export const ACCORDS_STATUSES = [
  'none',
  /** Talks with a country were reported (a candidate), with no announcement from it yet. */
  'talks-reported',
  'announced',
  'accession-announced',
  'original-signatory',
  'joined',
  'declaration-only',
  /** A member whose ties with Israel were suspended (envoys withdrawn, relations frozen). */
  'frozen',
  'broker',
] as const;

/** Status of diplomatic relations between two countries. */
export const RELATION_STATUSES = ['established', 'not-established', 'unknown'] as const;

/** Level of one country's mission in another, strongest first after the three non-resident values. */
export const MISSION_LEVELS = [
  'embassy',
  'liaison-office',
  'consulate',
  'non-resident',
  'none',
  'unknown',
] as const;

/** What a statement in `ties.json` is about. */
export const TIE_TOPICS = ['relations', 'mission', 'note'] as const;

/** Arc styles for the map, derived from a tie. */
export const TIE_LEVELS = [
  'resident-both',
  'resident-one-way',
  'non-resident',
  'relations-only',
  'none',
  'unknown',
] as const;

/** What a world-share figure measures. */
export const SHARE_MEASURES = ['production', 'reserves'] as const;

/** Development stage of a mineral project. */
export const PROJECT_STAGES = ['announced', 'exploration', 'development', 'production'] as const;

/** Names of the files in `data/`, in load order. */
export const DATA_FILES = [
  'meta.json',
  'sources.json',
  'countries.json',
  'events.json',
  'ties.json',
  'minerals.json',
] as const;

export type FocusIso3 = (typeof FOCUS_ISO3)[number];
export type DatasetIso3 = (typeof DATASET_ISO3)[number];
export type Confidence = (typeof CONFIDENCE)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type CountryGroup = (typeof COUNTRY_GROUPS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type EventPhase = (typeof EVENT_PHASES)[number];
export type AccordsStatus = (typeof ACCORDS_STATUSES)[number];
export type RelationStatus = (typeof RELATION_STATUSES)[number];
export type MissionLevel = (typeof MISSION_LEVELS)[number];
export type TieTopic = (typeof TIE_TOPICS)[number];
export type TieLevel = (typeof TIE_LEVELS)[number];
export type DataFileName = (typeof DATA_FILES)[number];

/** Phase of each event kind: statements and calls are words, the rest are deeds. */
export const PHASE_BY_KIND: Record<EventKind, EventPhase> = {
  announced: 'announced',
  'accession-announced': 'announced',
  'declaration-signed': 'implemented',
  'bilateral-declaration-signed': 'implemented',
  'treaty-signed': 'implemented',
  'joint-declaration-signed': 'implemented',
  'relations-established': 'implemented',
  recognition: 'implemented',
  ratified: 'implemented',
  'in-force': 'implemented',
  'embassy-opened': 'implemented',
  'liaison-office-opened': 'implemented',
  'consulate-opened': 'implemented',
  'ambassador-accredited': 'implemented',
  'envoy-recalled': 'implemented',
  'ministry-statement': 'announced',
  statement: 'announced',
  'media-report': 'announced',
  visit: 'implemented',
  call: 'announced',
  summit: 'implemented',
  meeting: 'implemented',
  'agreement-signed': 'implemented',
  'deal-announced': 'announced',
};

/** Event kinds about one country's mission in another; these carry `host` and `sender`. */
export const MISSION_EVENT_KINDS = [
  'embassy-opened',
  'liaison-office-opened',
  'consulate-opened',
  'ambassador-accredited',
  'envoy-recalled',
] as const satisfies readonly EventKind[];

/** Event kinds by which a country signs an Abraham Accords document. */
export const SIGNING_KINDS = [
  'declaration-signed',
  'bilateral-declaration-signed',
  'treaty-signed',
  'joint-declaration-signed',
] as const satisfies readonly EventKind[];
