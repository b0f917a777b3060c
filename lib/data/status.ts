import { effectiveDay, isDay } from './dates';
import {
  MISSION_LEVELS,
  PHASE_BY_KIND,
  SIGNING_KINDS,
  type AccordsStatus,
  type EventKind,
  type EventPhase,
  type MissionLevel,
  type RelationStatus,
  type TieLevel,
} from './enums';
import type { AccordsEvent, Dataset, TieStatement } from './schema';

const ISRAEL = 'ISR';
/** Signing by the end of this day makes a country an original signatory rather than a later joiner. */
const ORIGINAL_SIGNING_END = '2021-12-31';
/** First day of the Accords timeline (the UAE announcement came on 13 Aug 2020). */
const TIMELINE_START = '2020-08-01';

const SIGNING: ReadonlySet<EventKind> = new Set(SIGNING_KINDS);
const OPENING_LEVEL: Partial<Record<EventKind, MissionLevel>> = {
  'embassy-opened': 'embassy',
  'liaison-office-opened': 'liaison-office',
  'consulate-opened': 'consulate',
};
const RESIDENT_LEVELS: ReadonlySet<MissionLevel> = new Set([
  'embassy',
  'liaison-office',
  'consulate',
]);

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

/** The sender's mission in the host on a day. */
export interface MissionOnDay {
  level: MissionLevel;
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

/** Events ordered by effective day; events on the same day keep their order in the file. */
export function sortEvents(events: readonly AccordsEvent[]): AccordsEvent[] {
  return [...events].sort((a, b) => eventDay(a).localeCompare(eventDay(b)));
}

function isActingParty(event: AccordsEvent, iso3: string): boolean {
  return event.parties.includes(iso3) && !event.brokers?.includes(iso3);
}

function establishesRelations(event: AccordsEvent, a: string, b: string): boolean {
  const kindEstablishes =
    event.kind === 'relations-established' || event.establishesRelations === true;
  return kindEstablishes && isActingParty(event, a) && isActingParty(event, b);
}

function statusFrom(status: AccordsStatus, events: AccordsEvent[]): AccordsStatusOnDay {
  const latest = sortEvents(events).at(-1);
  return {
    status,
    since: latest ? eventSince(latest) : null,
    eventIds: [...new Set(events.map((e) => e.id))],
  };
}

/** Abraham Accords status of a country on a day, derived only from dated events. */
export function accordsStatusOn(data: Dataset, iso3: string, day: string): AccordsStatusOnDay {
  assertDay(day);
  const events = sortEvents(
    data.events.filter((e) => e.parties.includes(iso3) && eventDay(e) <= day),
  );
  const track = events.filter((e) => e.accords);
  const brokered = track.find((e) => e.brokers?.includes(iso3));
  if (brokered) return statusFrom('broker', [brokered]);

  // Signing a document WITH Israel (treaty, bilateral or joint declaration, or the Declaration
  // Israel co-signed) is joining; signing the Declaration with the US alone, as Sudan did, is not.
  const signings = track.filter((e) => SIGNING.has(e.kind) && isActingParty(e, iso3));
  const withIsrael = signings.find((e) => iso3 === ISRAEL || isActingParty(e, ISRAEL));
  if (withIsrael) {
    const status = eventDay(withIsrael) > ORIGINAL_SIGNING_END ? 'joined' : 'original-signatory';
    return statusFrom(status, [withIsrael]);
  }
  if (signings[0]) return statusFrom('declaration-only', [signings[0]]);

  for (const kind of ['accession-announced', 'announced'] as const) {
    const announcement = track.find((e) => e.kind === kind && isActingParty(e, iso3));
    if (announcement) return statusFrom(kind, [announcement]);
  }
  return statusFrom('none', []);
}

interface Update<V> {
  day: string;
  value: V;
  since?: string;
  eventId?: string;
  statementId?: string;
}

type RelationsStatement = Extract<TieStatement, { topic: 'relations' }>;
type MissionStatement = Extract<TieStatement, { topic: 'mission' }>;

/** Statements hold from their date; undated ones act as a baseline before every event. */
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
function applyUpdates<V>(
  updates: Update<V>[],
  initial: V,
  merge: (current: V, update: Update<V>) => V,
): { value: V; since?: string; eventIds: string[]; statementIds: string[] } {
  const state = {
    value: initial,
    since: undefined as string | undefined,
    eventIds: [] as string[],
    statementIds: [] as string[],
  };
  for (const update of [...updates].sort((a, b) => a.day.localeCompare(b.day))) {
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
  [a, b]: [string, string],
): RelationsOnDay {
  const updates: Update<RelationStatus>[] = [
    ...events
      .filter((e) => establishesRelations(e, a, b))
      .map((e) => eventUpdate(e, 'established' as const)),
    ...statementUpdates(
      statements.filter((s): s is RelationsStatement => s.topic === 'relations'),
      (s) => s.status,
    ),
  ];
  const { value, ...rest } = applyUpdates(updates, 'unknown' as RelationStatus, (_, u) => u.value);
  return { status: value, ...rest };
}

function strongerLevel(a: MissionLevel, b: MissionLevel): MissionLevel {
  return MISSION_LEVELS.indexOf(a) <= MISSION_LEVELS.indexOf(b) ? a : b;
}

function missionOn(
  events: readonly AccordsEvent[],
  statements: readonly TieStatement[],
  host: string,
  sender: string,
): MissionOnDay {
  const missionEvents = events.filter((e) => e.host === host && e.sender === sender);
  const updates: Update<MissionLevel>[] = [
    ...missionEvents.flatMap((e) => {
      const level = OPENING_LEVEL[e.kind];
      return level ? [eventUpdate(e, level)] : [];
    }),
    ...statementUpdates(
      statements.filter(
        (s): s is MissionStatement =>
          s.topic === 'mission' && s.host === host && s.sender === sender,
      ),
      (s) => s.level,
    ),
  ];
  // An opening only ever raises a resident mission; a statement sets the level as stated.
  const { value, since, statementIds } = applyUpdates(
    updates,
    'unknown' as MissionLevel,
    (current, u) =>
      u.eventId && RESIDENT_LEVELS.has(current) ? strongerLevel(current, u.value) : u.value,
  );
  return {
    level: value,
    since,
    eventIds: missionEvents.map((e) => e.id),
    statementIds,
    recallEventIds: missionEvents.filter((e) => e.kind === 'envoy-recalled').map((e) => e.id),
  };
}

/** Relations, missions both ways, notes and history of a pair on a day. */
export function tieOn(data: Dataset, a: string, b: string, day: string): Tie {
  assertDay(day);
  if (a === b) throw new RangeError(`A tie needs two different countries, got ${a} twice`);
  const pair: [string, string] = a < b ? [a, b] : [b, a];
  const history = sortEvents(
    data.events.filter((e) => e.parties.includes(a) && e.parties.includes(b) && eventDay(e) <= day),
  );
  const notes = data.ties.filter(
    (s) =>
      s.pair[0] === pair[0] && s.pair[1] === pair[1] && (!s.date || effectiveDay(s.date) <= day),
  );
  return {
    pair,
    relations: relationsOn(history, notes, pair),
    embassies: {
      [pair[0]]: missionOn(history, notes, pair[0], pair[1]),
      [pair[1]]: missionOn(history, notes, pair[1], pair[0]),
    },
    notes,
    history,
  };
}

/** Arc style of a tie: resident missions first, then relations. */
export function tieLevel(tie: Tie): TieLevel {
  const levels = Object.values(tie.embassies).map((m) => m.level);
  const resident = levels.filter((level) => RESIDENT_LEVELS.has(level)).length;
  if (resident === 2) return 'resident-both';
  if (resident === 1) return 'resident-one-way';
  if (levels.includes('non-resident')) return 'non-resident';
  if (tie.relations.status === 'established') return 'relations-only';
  if (tie.relations.status === 'not-established') return 'none';
  return 'unknown';
}

/** A country's events in date order, each marked as words ('announced') or deeds ('implemented'). */
export function timelineFor(data: Dataset, iso3: string): TimelineEntry[] {
  return sortEvents(data.events.filter((e) => e.parties.includes(iso3))).map((event) => ({
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
