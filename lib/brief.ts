/**
 * The printed brief's content (components/export/print-brief.tsx lays it out on one A4 page): for
 * a country, a pair or the overview, the status and key dates, the ties and the minerals, each
 * line with numbered references to short source endnotes ("publisher, title, date").
 *
 * Pure: the caller hands in the dataset, the view and a translator. A line cites at most
 * `SOURCES_PER_FACT` sources, the strongest first (primary, wire, press…), so the page stays one
 * page; the online view, whose address the brief prints, lists every source.
 */
import { type DisplayLocale, formatPartialDate, type PartialDate } from './data/dates';
import type { SourceKind } from './data/enums';
import {
  DATASET_ISO3,
  countryName,
  mineralsFor,
  projectStageOn,
  sourcesById,
} from './data/queries';
import type { AccordsEvent, Dataset, Project, Source } from './data/schema';
import { accordsStatusOn, eventDay, sortEvents, type Tie, tieLevel, tieOn } from './data/status';
import { missionLabel, type Translate } from './i18n/mission-label';
import { formatDay } from './share';
import type { Pair } from './search-params';

/** How many sources a brief line cites at most. */
export const SOURCES_PER_FACT = 2;
/** How many of the latest Accords steps the overview lists. */
export const OVERVIEW_KEY_DATES = 8;
/** Longest source title an endnote prints before an ellipsis. */
const TITLE_CHARS = 60;

const SOURCE_RANK: Record<SourceKind, number> = {
  primary: 0,
  wire: 1,
  press: 2,
  analysis: 3,
  reference: 4,
  weak: 5,
};

export interface BriefLine {
  /** The fact's date as readers read it, if it has one. */
  date?: string;
  text: string;
  /** Endnote numbers, 1-based. */
  refs: number[];
}

export interface BriefSection {
  id: 'status' | 'dates' | 'ties' | 'minerals';
  heading: string;
  lines: BriefLine[];
}

export interface BriefNote {
  n: number;
  /** "Publisher, “Title”, 6 November 2025". */
  text: string;
  url: string;
}

export interface Brief {
  sections: BriefSection[];
  notes: BriefNote[];
}

export interface BriefView {
  country: string | null;
  pair: Pair | null;
  date: string;
}

/** Numbers sources in the order they are first cited. */
class Endnotes {
  private readonly numbers = new Map<string, number>();
  readonly sources: Source[] = [];

  constructor(private readonly data: Dataset) {}

  cite(ids: readonly string[]): number[] {
    const chosen = [...sourcesById(this.data, [...new Set(ids)])]
      .map((source, order) => ({ source, order }))
      .sort((a, b) => SOURCE_RANK[a.source.kind] - SOURCE_RANK[b.source.kind] || a.order - b.order)
      .slice(0, SOURCES_PER_FACT)
      .map(({ source }) => source);
    return chosen.map((source) => {
      let n = this.numbers.get(source.id);
      if (n === undefined) {
        this.sources.push(source);
        n = this.sources.length;
        this.numbers.set(source.id, n);
      }
      return n;
    });
  }
}

/** A source as an endnote: publisher, short title (no address), publication date. */
export function endnoteText(source: Source, locale: DisplayLocale): string {
  const title = source.title
    ? source.title.length > TITLE_CHARS
      ? `${source.title.slice(0, TITLE_CHARS - 1).trimEnd()}…`
      : source.title
    : null;
  const published = source.published ? formatPartialDate(source.published, locale) : null;
  return [source.publisher, title && `“${title}”`, published].filter(Boolean).join(', ');
}

interface Context {
  data: Dataset;
  day: string;
  t: Translate;
  locale: DisplayLocale;
  notes: Endnotes;
}

/** A fact's date as readers read it: a string as the derivations give it, or a partial date. */
function day(value: string | PartialDate | null | undefined, locale: DisplayLocale) {
  if (!value) return undefined;
  return typeof value === 'string' ? formatDay(value, locale) : formatPartialDate(value, locale);
}

function eventLine({ notes, locale }: Context, event: AccordsEvent): BriefLine {
  return {
    date: formatPartialDate(event.date, locale),
    text: locale === 'ru' ? event.titleRu : event.title,
    refs: notes.cite(event.sources),
  };
}

function eventSources(data: Dataset, ids: readonly string[]): string[] {
  const wanted = new Set(ids);
  return data.events.filter((e) => wanted.has(e.id)).flatMap((e) => e.sources);
}

function statusLine(c: Context, iso3: string, label?: string): BriefLine {
  const status = accordsStatusOn(c.data, iso3, c.day);
  const since = day(status.since, c.locale);
  const text = c.t(`status.${status.status}`);
  return {
    text: label ? `${label}: ${text}` : text,
    date: since ? `${c.t('panel.sinceLabel')} ${since}` : undefined,
    refs: c.notes.cite(eventSources(c.data, status.eventIds)),
  };
}

/** The tie as one line: relations and the level of missions, as the map's arcs show it. */
function tieLine(c: Context, tie: Tie, label: string): BriefLine {
  const level = tieLevel(tie);
  const drawn = level !== 'unknown' && level !== 'none';
  // Missions imply established relations: the status is said only when it is something else.
  const parts =
    drawn && tie.relations.status === 'established'
      ? [`${label}: ${c.t(`layers.tieLevels.${level}`)}`]
      : [`${label}: ${c.t(`panel.relationsStatus.${tie.relations.status}`)}`];
  if (drawn && tie.relations.status !== 'established') parts.push(c.t(`layers.tieLevels.${level}`));
  const eventIds = [
    ...tie.relations.eventIds,
    ...Object.values(tie.embassies).flatMap((m) => [...m.eventIds, ...m.recallEventIds]),
  ];
  const statementIds = new Set([
    ...tie.relations.statementIds,
    ...Object.values(tie.embassies).flatMap((m) => m.statementIds),
  ]);
  const sources = [
    ...eventSources(c.data, eventIds),
    ...tie.notes.filter((n) => statementIds.has(n.id)).flatMap((n) => n.sources),
  ];
  return {
    text: parts.join(' · '),
    date: day(tie.relations.since, c.locale),
    refs: c.notes.cite(sources),
  };
}

/** Each side's mission in the other, for a pair's brief. */
function missionLines(c: Context, tie: Tie): BriefLine[] {
  return tie.pair.flatMap((host) => {
    const sender = tie.pair[0] === host ? tie.pair[1] : tie.pair[0];
    const mission = tie.embassies[host]!;
    if (mission.level === 'unknown') return [];
    return [
      {
        text: `${missionLabel(c.t, sender, host)}: ${c.t(`panel.missionLevel.${mission.level}`)}`,
        date: mission.since
          ? `${c.t('panel.sinceLabel')} ${formatDay(mission.since, c.locale)}`
          : undefined,
        refs: c.notes.cite(eventSources(c.data, [...mission.eventIds, ...mission.recallEventIds])),
      },
    ];
  });
}

function projectLine(c: Context, project: Project, withCountry: boolean): BriefLine {
  const stage = projectStageOn(project, c.day);
  const where = withCountry ? ` (${countryName(c.data, project.country, c.locale)})` : '';
  const parts = [`${project.name}${where}: ${project.minerals.join(', ')}`];
  if (stage) parts.push(c.t(`panel.stage.${stage.stage}`));
  return {
    text: parts.join(' · '),
    date: stage
      ? `${c.t('panel.sinceLabel')} ${formatPartialDate(stage.date, c.locale)}`
      : undefined,
    refs: c.notes.cite([...(stage?.sources ?? []), ...project.sources]),
  };
}

function countrySections(c: Context, iso3: string): BriefSection[] {
  const events = sortEvents(
    c.data.events.filter((e) => e.accords && e.parties.includes(iso3) && eventDay(e) <= c.day),
  );
  const partners = DATASET_ISO3.filter((code) => code !== iso3);
  const ties = partners
    .map((partner) => tieOn(c.data, iso3, partner, c.day))
    .filter((tie) => tieLevel(tie) !== 'unknown');
  const minerals = mineralsFor(c.data, iso3, c.day);
  return [
    { id: 'status', heading: c.t('brief.status'), lines: [statusLine(c, iso3)] },
    { id: 'dates', heading: c.t('brief.keyDates'), lines: events.map((e) => eventLine(c, e)) },
    {
      id: 'ties',
      heading: c.t('brief.tiesHeading'),
      lines: ties.map((tie) =>
        tieLine(
          c,
          tie,
          countryName(c.data, tie.pair[0] === iso3 ? tie.pair[1] : tie.pair[0], c.locale),
        ),
      ),
    },
    {
      id: 'minerals',
      heading: c.t('panel.minerals'),
      lines: [
        ...minerals.projects.map((p) => projectLine(c, p, false)),
        ...minerals.agreements.map((a) => ({
          date: day(a.date, c.locale),
          text: a.title,
          refs: c.notes.cite(a.sources),
        })),
      ],
    },
  ];
}

function pairSections(c: Context, [a, b]: Pair): BriefSection[] {
  const tie = tieOn(c.data, a, b, c.day);
  const name = (iso3: string) => countryName(c.data, iso3, c.locale);
  const agreements = c.data.minerals.agreements.filter(
    (agreement) =>
      agreement.parties.includes(a) &&
      agreement.parties.includes(b) &&
      mineralsFor(c.data, a, c.day).agreements.includes(agreement),
  );
  return [
    {
      id: 'status',
      heading: c.t('brief.status'),
      lines: [statusLine(c, a, name(a)), statusLine(c, b, name(b))],
    },
    { id: 'dates', heading: c.t('brief.keyDates'), lines: tie.history.map((e) => eventLine(c, e)) },
    {
      id: 'ties',
      heading: c.t('panel.ties'),
      lines: [
        tieLine(c, tie, c.t('brief.relations')),
        ...missionLines(c, tie),
        ...tie.notes.map((note) => ({
          date: day(note.date, c.locale),
          text: note.statement,
          refs: c.notes.cite(note.sources),
        })),
      ],
    },
    {
      id: 'minerals',
      heading: c.t('panel.minerals'),
      lines: agreements.map((agreement) => ({
        date: day(agreement.date, c.locale),
        text: agreement.title,
        refs: c.notes.cite(agreement.sources),
      })),
    },
  ];
}

function overviewSections(c: Context): BriefSection[] {
  const events = sortEvents(c.data.events.filter((e) => e.accords && eventDay(e) <= c.day)).slice(
    -OVERVIEW_KEY_DATES,
  );
  const projects = c.data.minerals.projects.filter((p) =>
    mineralsFor(c.data, p.country, c.day).projects.includes(p),
  );
  const counts = new Map<string, number>();
  DATASET_ISO3.forEach((a, i) =>
    DATASET_ISO3.slice(i + 1).forEach((b) => {
      const level = tieLevel(tieOn(c.data, a, b, c.day));
      counts.set(level, (counts.get(level) ?? 0) + 1);
    }),
  );
  return [
    {
      id: 'status',
      heading: c.t('brief.status'),
      lines: DATASET_ISO3.map((iso3) => statusLine(c, iso3, countryName(c.data, iso3, c.locale))),
    },
    { id: 'dates', heading: c.t('brief.latestDates'), lines: events.map((e) => eventLine(c, e)) },
    {
      id: 'ties',
      heading: c.t('panel.ties'),
      lines: [...counts].map(([level, count]) => ({
        text: c.t('brief.pairsAtLevel', {
          level: level === 'unknown' ? c.t('brief.unknownTie') : c.t(`layers.tieLevels.${level}`),
          count: String(count),
        }),
        refs: [],
      })),
    },
    {
      id: 'minerals',
      heading: c.t('panel.minerals'),
      lines: projects.map((p) => projectLine(c, p, true)),
    },
  ];
}

/** The brief of a view: a pair's, a country's, or else the overview. */
export function buildBrief(
  data: Dataset,
  view: BriefView,
  t: Translate,
  locale: DisplayLocale,
): Brief {
  const c: Context = { data, day: view.date, t, locale, notes: new Endnotes(data) };
  const sections = view.pair
    ? pairSections(c, view.pair)
    : view.country
      ? countrySections(c, view.country)
      : overviewSections(c);
  return {
    sections,
    notes: c.notes.sources.map((source, i) => ({
      n: i + 1,
      text: endnoteText(source, locale),
      url: source.url,
    })),
  };
}
