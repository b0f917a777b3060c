/**
 * What changed between two days: the events in between and the derived state they changed
 * (Accords status, relations, missions, document steps, minerals agreements). It reuses the
 * derivations of ./status.ts, comparing their results day by day, so a change is shown exactly
 * when the map and panels would start showing it. Pure: the "What changed" panel, Play's caption
 * and the map's change outlines all read it.
 */
import { effectiveDay } from './dates';
import { DATASET_ISO3, type AccordsStatus, type MissionLevel, type RelationStatus } from './enums';
import { knownFrom } from './queries';
import type { AccordsEvent, Dataset } from './schema';
import {
  type AccordsStatusOnDay,
  accordsStatusOn,
  eventDay,
  type MissionOnDay,
  type MissionState,
  type RelationsOnDay,
  sortEvents,
  tieOn,
} from './status';

/** A mission as a change shows it: its level and whether it works. */
export interface MissionSummary {
  level: MissionLevel;
  state: MissionState;
}

/** One derived change; `eventIds` and `statementIds` are the facts it rests on. */
export type Change =
  | {
      kind: 'status';
      iso3: string;
      from: AccordsStatus;
      to: AccordsStatus;
      eventIds: string[];
      statementIds: string[];
    }
  | {
      kind: 'relations';
      pair: [string, string];
      from: RelationStatus;
      to: RelationStatus;
      eventIds: string[];
      statementIds: string[];
    }
  | {
      kind: 'mission';
      pair: [string, string];
      /** The country the mission is in, and the country it represents. */
      host: string;
      sender: string;
      from: MissionSummary;
      to: MissionSummary;
      eventIds: string[];
      statementIds: string[];
    }
  | { kind: 'document'; documentId: string; eventIds: string[]; statementIds: string[] }
  | { kind: 'agreement'; agreementId: string; eventIds: string[]; statementIds: string[] };

/** One day on which something happened: its events (file order within the day) and changes. */
export interface ChangeStep {
  day: string;
  events: AccordsEvent[];
  changes: Change[];
}

/** Derived state on one day, keyed for comparison. */
interface State {
  status: Map<string, AccordsStatusOnDay>;
  relations: Map<string, RelationsOnDay>;
  /** Keyed `host>sender`. */
  missions: Map<string, MissionOnDay & { pair: [string, string]; host: string; sender: string }>;
}

/** Every pair of dataset countries, sorted within and between pairs. */
const PAIRS: [string, string][] = DATASET_ISO3.flatMap((a, i) =>
  DATASET_ISO3.slice(i + 1).map((b): [string, string] => (a < b ? [a, b] : [b, a])),
);

const EMPTY: State = { status: new Map(), relations: new Map(), missions: new Map() };

/**
 * `state` with the status of `countries` and the ties of `pairs` derived afresh for `day`. A
 * country's status rests only on events it took part in and statements about its ties, and a
 * tie only on events both took part in and statements about it, so after the first day only
 * what a day's facts touch needs deriving again.
 */
function derive(
  data: Dataset,
  day: string,
  state: State,
  countries: Iterable<string>,
  pairs: Iterable<[string, string]>,
): State {
  const next: State = {
    status: new Map(state.status),
    relations: new Map(state.relations),
    missions: new Map(state.missions),
  };
  for (const iso3 of countries) next.status.set(iso3, accordsStatusOn(data, iso3, day));
  for (const [a, b] of pairs) {
    const tie = tieOn(data, a, b, day);
    next.relations.set(`${a}~${b}`, tie.relations);
    for (const [host, sender] of [
      [a, b],
      [b, a],
    ] as const) {
      next.missions.set(`${host}>${sender}`, {
        ...tie.embassies[host]!,
        pair: [a, b],
        host,
        sender,
      });
    }
  }
  return next;
}

/** Ids in `after` that `before` lacks: the facts a change newly rests on. */
function added(before: readonly string[], after: readonly string[]): string[] {
  const seen = new Set(before);
  return after.filter((id) => !seen.has(id));
}

function diff(before: State, after: State): Change[] {
  const changes: Change[] = [];
  for (const [iso3, to] of after.status) {
    const from = before.status.get(iso3)!;
    if (from.status === to.status) continue;
    const eventIds = added(from.eventIds, to.eventIds);
    changes.push({
      kind: 'status',
      iso3,
      from: from.status,
      to: to.status,
      eventIds: eventIds.length > 0 ? eventIds : to.eventIds,
      statementIds: [],
    });
  }
  for (const [key, to] of after.relations) {
    const from = before.relations.get(key)!;
    if (from.status === to.status) continue;
    changes.push({
      kind: 'relations',
      pair: key.split('~') as [string, string],
      from: from.status,
      to: to.status,
      eventIds: added(from.eventIds, to.eventIds),
      statementIds: added(from.statementIds, to.statementIds),
    });
  }
  for (const [key, to] of after.missions) {
    const from = before.missions.get(key)!;
    if (from.level === to.level && from.state === to.state) continue;
    changes.push({
      kind: 'mission',
      pair: to.pair,
      host: to.host,
      sender: to.sender,
      from: { level: from.level, state: from.state },
      to: { level: to.level, state: to.state },
      eventIds: added(from.eventIds, to.eventIds),
      statementIds: added(from.statementIds, to.statementIds),
    });
  }
  return changes;
}

/** Days in (since, until] on which a fact starts to count: events, statements and agreements. */
function changeDays(
  data: Dataset,
  statementDays: ReadonlyMap<string, string>,
  since: string,
  until: string,
): string[] {
  const days = [
    ...data.events.map(eventDay),
    ...statementDays.values(),
    ...data.minerals.agreements.flatMap((a) => (a.date ? [effectiveDay(a.endDate ?? a.date)] : [])),
  ];
  return [...new Set(days.filter((day) => day > since && day <= until))].sort();
}

/**
 * Everything that happened after `since` up to and including `until` ('YYYY-MM-DD' days), one
 * step per day in date order. Each step lists the day's events and the derived changes they (or
 * statements first known that day) made; a change reverted later still shows on its own day.
 */
export function changesBetween(data: Dataset, since: string, until: string): ChangeStep[] {
  if (since >= until) return [];
  const events = sortEvents(data.events);
  /** The day each tie statement is first shown (as ./status.ts reads it). */
  const statementDays = new Map(
    data.ties.map((s) => [s.id, knownFrom(data, s.date ? [s.date] : [], s.sources)]),
  );
  let state = derive(data, since, EMPTY, DATASET_ISO3, PAIRS);
  const steps: ChangeStep[] = [];
  for (const day of changeDays(data, statementDays, since, until)) {
    const dayEvents = events.filter((e) => eventDay(e) === day);
    const stated = data.ties.filter((s) => statementDays.get(s.id) === day);
    const touches = (a: string, b?: string) =>
      dayEvents.some((e) => e.parties.includes(a) && (b === undefined || e.parties.includes(b))) ||
      stated.some((s) => s.pair.includes(a) && (b === undefined || s.pair.includes(b)));
    const next = derive(
      data,
      day,
      state,
      DATASET_ISO3.filter((iso3) => touches(iso3)),
      PAIRS.filter(([a, b]) => touches(a, b)),
    );
    const changes: Change[] = [
      ...diff(state, next),
      ...dayEvents.flatMap((e): Change[] =>
        e.documentId
          ? [{ kind: 'document', documentId: e.documentId, eventIds: [e.id], statementIds: [] }]
          : [],
      ),
      ...data.minerals.agreements.flatMap((a): Change[] =>
        a.date && effectiveDay(a.endDate ?? a.date) === day
          ? [
              {
                kind: 'agreement',
                agreementId: a.id,
                eventIds: a.eventId ? [a.eventId] : [],
                statementIds: [],
              },
            ]
          : [],
      ),
    ];
    state = next;
    if (dayEvents.length > 0 || changes.length > 0) {
      steps.push({ day, events: dayEvents, changes });
    }
  }
  return steps;
}

/** What the map outlines for a set of steps: countries whose status changed, and changed ties. */
export interface ChangeOutline {
  countries: string[];
  /** Pairs written `A~B`, sorted, as the ties layer names its arcs. */
  pairs: string[];
}

export function changeOutline(steps: readonly ChangeStep[]): ChangeOutline {
  const countries = new Set<string>();
  const pairs = new Set<string>();
  for (const change of steps.flatMap((step) => step.changes)) {
    if (change.kind === 'status') countries.add(change.iso3);
    else if (change.kind === 'relations' || change.kind === 'mission') {
      pairs.add(change.pair.join('~'));
    }
  }
  return { countries: [...countries].sort(), pairs: [...pairs].sort() };
}

/**
 * The steps as seen from a country (`codes` of one) or a pair (two): the events all of them took
 * part in, their status changes, the ties between them (a pair) or with them (a country), and the
 * document and agreement steps of those events. Steps left empty are dropped.
 */
export function stepsInvolving(
  steps: readonly ChangeStep[],
  codes: readonly string[],
): ChangeStep[] {
  const involves = (parties: readonly string[]) => codes.every((code) => parties.includes(code));
  return steps.flatMap((step) => {
    const events = step.events.filter((event) => involves(event.parties));
    const kept = new Set(events.map((event) => event.id));
    const changes = step.changes.filter((change) => {
      switch (change.kind) {
        case 'status':
          return codes.includes(change.iso3);
        case 'relations':
        case 'mission':
          return involves(change.pair);
        default:
          return change.eventIds.some((id) => kept.has(id));
      }
    });
    return events.length > 0 || changes.length > 0 ? [{ ...step, events, changes }] : [];
  });
}
