import { cached } from '../cached';
import { compareDays, effectiveDay, isDay } from './dates';
import {
  MISSION_LEVELS,
  PHASE_BY_KIND,
  type AccordsStatus,
  type EventKind,
  type EventPhase,
  type MissionLevel,
  type RelationStatus,
  type TieLevel,
} from './enums';
import { knownFrom } from './queries';
import type { AccordsDocument, AccordsEvent, Dataset, TieStatement } from './schema';

const ISRAEL = 'ISR';
/** Signing by the end of this day makes a country an original signatory rather than a later joiner. */
const ORIGINAL_SIGNING_END = '2021-12-31';
/** First day of the Accords timeline (the UAE announcement came on 13 Aug 2020). */
const TIMELINE_START = '2020-08-01';

const RESIDENT_LEVELS: ReadonlySet<MissionLevel> = new Set([
  'embassy',
  'liaison-office',
  'consulate',
]);
/** Relation statuses set by relations events. */
const RELATION_BY_KIND: Partial<Record<EventKind, RelationStatus>> = {
  'relations-established': 'established',
  'relations-restored': 'established',
  'relations-suspended': 'suspended',
  'relations-severed': 'severed',
};
/** Document steps that stop or restart a signatory's part in a document. */
const HOLD_KINDS: ReadonlySet<EventKind> = new Set(['suspended', 'resumed', 'terminated']);

/** A country's Accords status on a day and the events it rests on. */
export interface AccordsStatusOnDay {
  status: AccordsStatus;
  /** Date value ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD') from which the status holds; null for 'none'. */
  since: string | null;
  eventIds: string[];
}

/** Diplomatic relations of a pair on a day. */
export interface RelationsOnDay {
  status: RelationStatus;
  since?: string;
  eventIds: string[];
  statementIds: string[];
}

/** Whether a mission is working, suspended (staff withdrawn) or closed; null before any is known. */
export type MissionState = 'active' | 'suspended' | 'closed' | null;

/** The sender's mission in the host on a day. */
export interface MissionOnDay {
  level: MissionLevel;
  state: MissionState;
  /** City of the mission, from the latest event or statement that names one. */
  city?: string;
  since?: string;
  eventIds: string[];
  statementIds: string[];
  /** Envoy recalls so far; shown, but they do not close the mission. */
  recallEventIds: string[];
}

/** Everything known about a pair of countries on a day. */
export interface Tie {
  pair: [string, string];
  relations: RelationsOnDay;
  /** Keyed by host: the other country's mission in that host. */
  embassies: Record<string, MissionOnDay>;
  notes: TieStatement[];
  history: AccordsEvent[];
}

/** One event of a country's timeline. */
export interface TimelineEntry {
  event: AccordsEvent;
  day: string;
  phase: EventPhase;
}

function assertDay(day: string): void {
  if (!isDay(day)) throw new RangeError(`Expected a YYYY-MM-DD day, got "${day}"`);
}

/** Day from which an event counts: the last day of its date (or of its end date when it spans days). */
export function eventDay(event: AccordsEvent): string {
  return effectiveDay(event.endDate ?? event.date);
}

function eventSince(event: AccordsEvent): string {
  return (event.endDate ?? event.date).value;
}

/**
 * Events ordered by effective day; events on the same day keep their order in the file. Each
 * event's day is worked out once, not in every comparison: panels and the map sort a country's
 * events on every render, so this runs on every page request.
 */
export function sortEvents(events: readonly AccordsEvent[]): AccordsEvent[] {
  return events
    .map((event) => ({ event, day: eventDay(event) }))
    .sort((a, b) => compareDays(a.day, b.day))
    .map(({ event }) => event);
}

/** A statement with the first day it holds (`knownFrom`), worked out once per dataset. */
interface DatedStatement {
  statement: TieStatement;
  from: string;
}

/**
 * Indexes of a dataset, each built on first use and kept as long as the dataset's own arrays are
 * (keyed by them, as `sourcesById` does): a status, a tie or a timeline on a day then reads a
 * country's or a pair's few entries instead of filtering and sorting the whole dataset, on every
 * date change in the browser and every request on the server. The statements' index is keyed by
 * the dataset itself: when a statement holds depends on its sources and the as-of day too.
 */
const EVENTS_BY_PARTY = new WeakMap<readonly AccordsEvent[], Map<string, AccordsEvent[]>>();
const DOCUMENTS_BY_ID = new WeakMap<readonly AccordsDocument[], Map<string, AccordsDocument>>();
const STATEMENTS_BY_PAIR = new WeakMap<Dataset, Map<string, DatedStatement[]>>();

/** Each country's events in `sortEvents` order. */
function eventsByParty(data: Dataset): Map<string, AccordsEvent[]> {
  return cached(EVENTS_BY_PARTY, data.events, () => {
    const index = new Map<string, AccordsEvent[]>();
    for (const event of sortEvents(data.events)) {
      for (const iso3 of new Set(event.parties)) append(index, iso3, event);
    }
    return index;
  });
}

/** Adds `value` to the list under `key`. */
function append<V>(lists: Map<string, V[]>, key: string, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/**
 * A country's events up to and including `day`, in `sortEvents` order: the same list as sorting
 * the dataset's events filtered to the country and the day, without going through the dataset.
 */
function partyEventsUpTo(data: Dataset, iso3: string, day: string): AccordsEvent[] {
  const events = eventsByParty(data).get(iso3) ?? [];
  let end = 0;
  while (end < events.length && eventDay(events[end]!) <= day) end++;
  return events.slice(0, end);
}

function isActingParty(event: AccordsEvent, iso3: string): boolean {
  return event.parties.includes(iso3) && !event.brokers?.includes(iso3);
}

function documentsById(data: Dataset): Map<string, AccordsDocument> {
  return cached(
    DOCUMENTS_BY_ID,
    data.documents,
    () => new Map(data.documents.map((d) => [d.id, d])),
  );
}

/** True when the event is a signing of a document that itself established relations between a and b. */
function signsRelations(
  event: AccordsEvent,
  documents: ReadonlyMap<string, AccordsDocument>,
  a: string,
  b: string,
): boolean {
  const doc = event.documentId === undefined ? undefined : documents.get(event.documentId);
  return (
    event.kind === 'signed' &&
    doc?.establishesRelations === true &&
    isActingParty(event, a) &&
    isActingParty(event, b)
  );
}

function statusFrom(status: AccordsStatus, events: AccordsEvent[]): AccordsStatusOnDay {
  const latest = sortEvents(events).at(-1);
  return {
    status,
    since: latest ? eventSince(latest) : null,
    eventIds: [...new Set(events.map((e) => e.id))],
  };
}

/**
 * The latest suspension or termination of a country's part in a document it signed, unless a
 * later `resumed` step lifted it.
 */
function documentHold(track: readonly AccordsEvent[], iso3: string): AccordsEvent | undefined {
  const signed = new Set(
    track.filter((e) => e.kind === 'signed' && isActingParty(e, iso3)).map((e) => e.documentId),
  );
  const latest = track
    .filter((e) => HOLD_KINDS.has(e.kind) && signed.has(e.documentId) && isActingParty(e, iso3))
    .at(-1);
  return latest && latest.kind !== 'resumed' ? latest : undefined;
}

/** The member status of a signatory, before any freeze: signing with Israel, or relations with it. */
function memberStatus(
  signing: AccordsEvent,
  relations: RelationsOnDay,
  withIsrael: boolean,
): AccordsStatus {
  const original = eventDay(signing) <= ORIGINAL_SIGNING_END;
  // Signing the Declaration with the US alone, as Sudan did, joins only a country that already has
  // relations with Israel (as Kazakhstan has since 1992); otherwise it is a declaration only.
  if (!withIsrael && relations.status !== 'established' && relations.status !== 'suspended') {
    return 'declaration-only';
  }
  return original ? 'original-signatory' : 'joined';
}

/**
 * Abraham Accords status of a country on a day, derived from the Accords documents it signed,
 * their life (suspended, resumed, terminated), its relations with Israel and the dated words
 * before a signing (talks reported, announcements). Context events never change it.
 */
export function accordsStatusOn(data: Dataset, iso3: string, day: string): AccordsStatusOnDay {
  assertDay(day);
  const events = partyEventsUpTo(data, iso3, day);
  const track = events.filter((e) => e.accords);
  const brokered = track.find((e) => e.brokers?.includes(iso3));
  if (brokered) return statusFrom('broker', [brokered]);

  // Signing a document WITH Israel (the UAE treaty, the Bahrain declaration, the Morocco joint
  // declaration, or the Declaration Israel co-signed) is joining.
  const signings = track.filter((e) => e.kind === 'signed' && isActingParty(e, iso3));
  const withIsrael = signings.find((e) => iso3 === ISRAEL || isActingParty(e, ISRAEL));
  const signing = withIsrael ?? signings[0];
  if (signing) {
    const relations =
      iso3 === ISRAEL ? undefined : relationsBetween(data, iso3, ISRAEL, day, events);
    const relationsEvidence = relations && !withIsrael ? relations.eventIds : [];
    const evidence = [signing, ...events.filter((e) => relationsEvidence.includes(e.id))];
    const hold = documentHold(track, iso3);
    if (hold) return statusFrom('frozen', [signing, hold]);
    if (relations?.status === 'suspended' || relations?.status === 'severed') {
      const cause = events.filter((e) => relations.eventIds.includes(e.id)).at(-1);
      return statusFrom('frozen', cause ? [signing, cause] : [signing]);
    }
    const status = memberStatus(signing, relations ?? ESTABLISHED, withIsrael !== undefined);
    return statusFrom(status, status === 'declaration-only' ? [signing] : evidence);
  }

  for (const kind of ['accession-announced', 'announced', 'talks-reported'] as const) {
    const announcement = track.find((e) => e.kind === kind && isActingParty(e, iso3));
    if (announcement) return statusFrom(kind, [announcement]);
  }
  return statusFrom('none', []);
}

const ESTABLISHED: RelationsOnDay = { status: 'established', eventIds: [], statementIds: [] };

interface Update<V> {
  day: string;
  value: V;
  since?: string;
  eventId?: string;
  statementId?: string;
}

type RelationsStatement = Extract<TieStatement, { topic: 'relations' }>;
type MissionStatement = Extract<TieStatement, { topic: 'mission' }>;

/** Statements hold from their date; undated ones, once known, act as a baseline before every event. */
function statementUpdates<S extends TieStatement, V>(
  statements: readonly S[],
  value: (statement: S) => V,
): Update<V>[] {
  return statements.map((s) => ({
    day: s.date ? effectiveDay(s.date) : '',
    value: value(s),
    since: s.date?.value,
    statementId: s.id,
  }));
}

function eventUpdate<V>(event: AccordsEvent, value: V): Update<V> {
  return { day: eventDay(event), value, since: eventSince(event), eventId: event.id };
}

/** Applies updates in day order (events before statements on the same day). */
function applyUpdates<U, V>(
  updates: Update<U>[],
  initial: V,
  merge: (current: V, update: Update<U>) => V,
): { value: V; since?: string; eventIds: string[]; statementIds: string[] } {
  const state = {
    value: initial,
    since: undefined as string | undefined,
    eventIds: [] as string[],
    statementIds: [] as string[],
  };
  for (const update of [...updates].sort((a, b) => compareDays(a.day, b.day))) {
    const next = merge(state.value, update);
    if (next !== state.value) {
      state.value = next;
      state.since = update.since;
    }
    if (update.eventId) state.eventIds.push(update.eventId);
    if (update.statementId) state.statementIds.push(update.statementId);
  }
  return state;
}

function relationsOn(
  events: readonly AccordsEvent[],
  statements: readonly TieStatement[],
  documents: ReadonlyMap<string, AccordsDocument>,
  [a, b]: [string, string],
): RelationsOnDay {
  const updates: Update<RelationStatus>[] = [
    ...events.flatMap((e) => {
      const both = isActingParty(e, a) && isActingParty(e, b);
      const status = both ? RELATION_BY_KIND[e.kind] : undefined;
      if (status) return [eventUpdate(e, status)];
      return signsRelations(e, documents, a, b) ? [eventUpdate(e, 'established' as const)] : [];
    }),
    ...statementUpdates(
      statements.filter((s): s is RelationsStatement => s.topic === 'relations'),
      (s) => s.status,
    ),
  ];
  const { value, ...rest } = applyUpdates(updates, 'unknown' as RelationStatus, (_, u) => u.value);
  return { status: value, ...rest };
}

/** Relations of a and b on a day; `events` may be any superset of the pair's events up to the day. */
function relationsBetween(
  data: Dataset,
  a: string,
  b: string,
  day: string,
  events: readonly AccordsEvent[],
): RelationsOnDay {
  const pair: [string, string] = a < b ? [a, b] : [b, a];
  const history = events.filter((e) => e.parties.includes(a) && e.parties.includes(b));
  return relationsOn(history, statementsOn(data, pair, day), documentsById(data), pair);
}

function strongerLevel(a: MissionLevel, b: MissionLevel): MissionLevel {
  return MISSION_LEVELS.indexOf(a) <= MISSION_LEVELS.indexOf(b) ? a : b;
}

interface MissionValue {
  level: MissionLevel;
  state: MissionState;
  city?: string;
}

/** How one event or statement changes a mission. */
function nextMission(current: MissionValue, update: Update<MissionStep>): MissionValue {
  const { step, level, city } = update.value;
  const at = city ?? current.city;
  switch (step) {
    case 'opened':
      // A second opening (a consulate after the embassy) never lowers a working resident mission.
      if (current.state === 'active' && RESIDENT_LEVELS.has(current.level) && level) {
        return { ...current, level: strongerLevel(current.level, level) };
      }
      return { level: level ?? current.level, state: 'active', city: at };
    case 'set':
      return { level: level ?? current.level, state: 'active', city: at };
    case 'suspended':
      return { ...current, state: 'suspended', city: at };
    case 'closed':
      return { level: 'none', state: 'closed', city: at };
    case 'stated':
      return { level: level ?? current.level, state: level === 'none' ? null : 'active', city: at };
  }
}

/** A change of a mission: opened, set (upgraded or reopened), suspended, closed, or as stated. */
interface MissionStep {
  step: 'opened' | 'set' | 'suspended' | 'closed' | 'stated';
  level?: MissionLevel;
  city?: string;
}

const MISSION_STEP: Partial<Record<EventKind, MissionStep['step']>> = {
  'mission-opened': 'opened',
  'mission-upgraded': 'set',
  'mission-reopened': 'set',
  'mission-suspended': 'suspended',
  'mission-closed': 'closed',
};

function missionOn(
  events: readonly AccordsEvent[],
  statements: readonly TieStatement[],
  host: string,
  sender: string,
): MissionOnDay {
  const missionEvents = events.filter(
    (e) => e.mission?.host === host && e.mission.sender === sender,
  );
  const updates: Update<MissionStep>[] = [
    ...missionEvents.flatMap((e) => {
      const step = MISSION_STEP[e.kind];
      return step ? [eventUpdate(e, { step, level: e.mission?.level, city: e.mission?.city })] : [];
    }),
    ...statementUpdates(
      statements.filter(
        (s): s is MissionStatement =>
          s.topic === 'mission' && s.host === host && s.sender === sender,
      ),
      (s): MissionStep => ({ step: 'stated', level: s.level, city: s.city }),
    ),
  ];
  const initial: MissionValue = { level: 'unknown', state: null };
  const { value, since, statementIds } = applyUpdates(updates, initial, (current, update) => {
    const next = nextMission(current, update);
    const same =
      next.level === current.level && next.state === current.state && next.city === current.city;
    return same ? current : next;
  });
  return {
    ...value,
    since,
    eventIds: missionEvents.map((e) => e.id),
    statementIds,
    recallEventIds: missionEvents.filter((e) => e.kind === 'envoy-recalled').map((e) => e.id),
  };
}

/**
 * Statements about a pair that hold on a day. An undated one holds from the day its sources allow
 * (`knownFrom`): it is never shown before any page speaks of it.
 */
function statementsOn(data: Dataset, pair: [string, string], day: string): TieStatement[] {
  const byPair = cached(STATEMENTS_BY_PAIR, data, () => {
    const index = new Map<string, DatedStatement[]>();
    for (const statement of data.ties) {
      const from = knownFrom(data, statement.date ? [statement.date] : [], statement.sources);
      append(index, statement.pair.join('~'), { statement, from });
    }
    return index;
  });
  return (byPair.get(pair.join('~')) ?? []).flatMap(({ statement, from }) =>
    from <= day ? [statement] : [],
  );
}

/** Relations, missions both ways, notes and history of a pair on a day. */
export function tieOn(data: Dataset, a: string, b: string, day: string): Tie {
  assertDay(day);
  if (a === b) throw new RangeError(`A tie needs two different countries, got ${a} twice`);
  const pair: [string, string] = a < b ? [a, b] : [b, a];
  const history = partyEventsUpTo(data, a, day).filter((e) => e.parties.includes(b));
  const notes = statementsOn(data, pair, day);
  return {
    pair,
    relations: relationsOn(history, notes, documentsById(data), pair),
    embassies: {
      [pair[0]]: missionOn(history, notes, pair[0], pair[1]),
      [pair[1]]: missionOn(history, notes, pair[1], pair[0]),
    },
    notes,
    history,
  };
}

/** A working embassy, liaison office or consulate; a suspended one (staff withdrawn) is not. */
export function isResident(mission: MissionOnDay): boolean {
  return RESIDENT_LEVELS.has(mission.level) && mission.state === 'active';
}

/** Arc style of a tie: resident missions first, then relations. */
export function tieLevel(tie: Tie): TieLevel {
  const missions = Object.values(tie.embassies);
  const resident = missions.filter(isResident).length;
  if (resident === 2) return 'resident-both';
  if (resident === 1) return 'resident-one-way';
  if (missions.some((m) => m.level === 'non-resident')) return 'non-resident';
  const { status } = tie.relations;
  // Suspended relations still exist formally; severed ones do not.
  if (status === 'established' || status === 'suspended') return 'relations-only';
  if (status === 'not-established' || status === 'severed') return 'none';
  return 'unknown';
}

/** A country's events in date order, each marked as words ('announced') or deeds ('implemented'). */
export function timelineFor(data: Dataset, iso3: string): TimelineEntry[] {
  return (eventsByParty(data).get(iso3) ?? []).map((event) => ({
    event,
    day: eventDay(event),
    phase: PHASE_BY_KIND[event.kind],
  }));
}

/** Sorted unique effective days of Accords-track events from Aug 2020 to `meta.asOf`. */
export function keyEventDates(data: Dataset): string[] {
  const days = data.events
    .filter((e) => e.accords)
    .map(eventDay)
    .filter((day) => day >= TIMELINE_START && day <= data.meta.asOf);
  return [...new Set(days)].sort();
}

/** A document and the steps of its life that have happened by a day. */
export interface DocumentOnDay {
  document: AccordsDocument;
  /** The document's events up to the day, oldest first. */
  life: AccordsEvent[];
}

/** Documents with a step by `day` in which `iso3` took part (signing, witnessing, ratifying...). */
export function documentsOn(data: Dataset, iso3: string, day: string): DocumentOnDay[] {
  assertDay(day);
  // One pass over the events, not one per document: this runs on every country page.
  const steps = new Map<string, AccordsEvent[]>();
  for (const event of data.events) {
    if (event.documentId === undefined || eventDay(event) > day) continue;
    const life = steps.get(event.documentId);
    if (life) life.push(event);
    else steps.set(event.documentId, [event]);
  }
  return data.documents.flatMap((document) => {
    const life = sortEvents(steps.get(document.id) ?? []);
    return life.some((e) => e.parties.includes(iso3)) ? [{ document, life }] : [];
  });
}
