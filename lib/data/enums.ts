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

/** Confidence grade of a fact. */
export const CONFIDENCE = ['high', 'medium', 'low'] as const;

/** How precise a partial date is. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;

/** Country groups used by the map legend. */
export const COUNTRY_GROUPS = ['c5', 'accords', 'broker'] as const;

/** Event kinds that are steps in a document's life; such events carry `documentId`. */
export const DOCUMENT_STEP_KINDS = [
  'signed',
  'approved',
  'ratified',
  'in-force',
  'suspended',
  'resumed',
  'terminated',
] as const;

/** Event kinds about one country's mission in another; such events carry `mission`. */
export const MISSION_EVENT_KINDS = [
  'mission-opened',
  'mission-upgraded',
  'mission-suspended',
  'mission-reopened',
  'mission-closed',
  'ambassador-appointed',
  'ambassador-accredited',
  'envoy-recalled',
] as const;

/** Kinds of dated steps in `events.json`. */
export const EVENT_KINDS = [
  // Accords track: words before a signing.
  'talks-reported',
  'announced',
  'accession-announced',
  // A step in the life of a document in `documents.json` (the event names it by `documentId`).
  ...DOCUMENT_STEP_KINDS,
  // Relations between two states.
  'relations-established',
  'relations-suspended',
  'relations-restored',
  'relations-severed',
  // One state's mission in another (the event carries `mission`).
  ...MISSION_EVENT_KINDS,
  // Contacts (the event carries `contact`).
  'visit',
  'call',
  'summit',
  'meeting',
  // Words.
  'ministry-statement',
  'statement',
  'media-report',
  // Minerals and other deals outside `documents.json`.
  'agreement-signed',
  'deal-announced',
  // Context: drawn on their own timeline track; they never change a status.
  'recognition',
  'war',
  'strike',
  'ceasefire',
  'coup',
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
export const RELATION_STATUSES = [
  'established',
  /** Established once, then suspended (envoys withdrawn, ties frozen) but not broken off. */
  'suspended',
  /** Broken off. */
  'severed',
  'not-established',
  'unknown',
] as const;

/** Level of one country's mission in another, strongest first after the three non-resident values. */
export const MISSION_LEVELS = [
  'embassy',
  'liaison-office',
  'consulate',
  'non-resident',
  'none',
  'unknown',
] as const;

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

/** Stage of a mineral project, in the order a project usually passes them. */
export const PROJECT_STAGES = [
  'exploration',
  'feasibility',
  'permitting',
  'construction',
  'production',
  'suspended',
] as const;

/** What a resource tonnage counts: contained metal, oxide, concentrate, ore or a product. */
export const RESOURCE_UNITS = [
  't-metal',
  't-oxide',
  't-concentrate',
  't-ore',
  't-product',
  'oz-metal',
  'm3-gas',
] as const;

/** Reporting code or basis of a resource figure. */
export const RESOURCE_CLASSES = [
  'jorc',
  'ni-43-101',
  'soviet-historic',
  'state-balance',
  'forecast',
  'unclassified',
] as const;

/** Confidence category inside a reporting code. */
export const RESOURCE_CATEGORIES = [
  'measured',
  'indicated',
  'inferred',
  'measured-indicated',
  'proved',
  'probable',
  'proved-probable',
] as const;

/** Kinds of money in a minerals deal. */
export const DEAL_KINDS = [
  'mou',
  'letter-of-interest',
  'loan',
  'equity',
  'grant',
  'investment-pledge',
  'offtake',
] as const;

/** Types of document in `documents.json`. */
export const DOCUMENT_TYPES = [
  'treaty',
  'declaration',
  'joint-declaration',
  'communique',
  'mou',
  'framework',
  'agreement',
] as const;

/** Event kinds drawn on the context track of the timeline; they never change a status. */
export const CONTEXT_KINDS = [
  'recognition',
  'war',
  'strike',
  'ceasefire',
  'coup',
] as const satisfies readonly EventKind[];

/** Event kinds that say who contacted whom; such events carry `contact`. */
export const CONTACT_KINDS = ['visit', 'call'] as const satisfies readonly EventKind[];

/** Rank of the most senior person on a visit or call. */
export const CONTACT_LEVELS = [
  'head-of-state',
  'head-of-government',
  'minister',
  'official',
] as const;

/** Tiers of sources, strongest first; `reference` and `weak` may never stand alone. */
export const SOURCE_KINDS = ['primary', 'wire', 'press', 'analysis', 'reference', 'weak'] as const;

/** Which way a trade figure runs: both ways, or from the reporter to the partner and back. */
export const TRADE_FLOWS = ['turnover', 'exports', 'imports'] as const;

/** How a figure relates to the stated value. */
export const VALUE_QUALIFIERS = ['exact', 'about', 'more-than', 'less-than', 'up-to'] as const;

/** Names of the files in `data/`, in load order. */
export const DATA_FILES = [
  'meta.json',
  'sources.json',
  'countries.json',
  'events.json',
  'ties.json',
  'minerals.json',
  'parties.json',
  'documents.json',
  'trade.json',
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
export type TieLevel = (typeof TIE_LEVELS)[number];
export type DataFileName = (typeof DATA_FILES)[number];
export type ProjectStage = (typeof PROJECT_STAGES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type ValueQualifier = (typeof VALUE_QUALIFIERS)[number];

/** Phase of each event kind: statements, reports and calls are words, the rest are deeds. */
export const PHASE_BY_KIND: Record<EventKind, EventPhase> = {
  'talks-reported': 'announced',
  announced: 'announced',
  'accession-announced': 'announced',
  signed: 'implemented',
  approved: 'implemented',
  ratified: 'implemented',
  'in-force': 'implemented',
  suspended: 'implemented',
  resumed: 'implemented',
  terminated: 'implemented',
  'relations-established': 'implemented',
  'relations-suspended': 'implemented',
  'relations-restored': 'implemented',
  'relations-severed': 'implemented',
  'mission-opened': 'implemented',
  'mission-upgraded': 'implemented',
  'mission-suspended': 'implemented',
  'mission-reopened': 'implemented',
  'mission-closed': 'implemented',
  'ambassador-appointed': 'implemented',
  'ambassador-accredited': 'implemented',
  'envoy-recalled': 'implemented',
  visit: 'implemented',
  call: 'announced',
  summit: 'implemented',
  meeting: 'implemented',
  'ministry-statement': 'announced',
  statement: 'announced',
  'media-report': 'announced',
  'agreement-signed': 'implemented',
  'deal-announced': 'announced',
  recognition: 'implemented',
  war: 'implemented',
  strike: 'implemented',
  ceasefire: 'implemented',
  coup: 'implemented',
};

/** Mission event kinds that set the mission's level, so they must state it. */
export const MISSION_LEVEL_KINDS = [
  'mission-opened',
  'mission-upgraded',
  'mission-reopened',
] as const satisfies readonly EventKind[];
