import { cached } from '../cached';
import { effectiveDay, type PartialDate } from './dates';
import { DATASET_ISO3, FOCUS_ISO3, type DatasetIso3, type FocusIso3 } from './enums';
import type {
  Agreement,
  Country,
  Dataset,
  MineralProfile,
  Project,
  ProjectStageEntry,
  Source,
} from './schema';

export { DATASET_ISO3, FOCUS_ISO3, type DatasetIso3, type FocusIso3 } from './enums';

/** Minerals data of one country. */
export interface CountryMinerals {
  profile: MineralProfile | null;
  agreements: Agreement[];
  projects: Project[];
}

const FOCUS: ReadonlySet<string> = new Set(FOCUS_ISO3);

/** True for one of the ten focus countries. */
export function isFocusIso3(value: string): value is FocusIso3 {
  return FOCUS.has(value);
}

/** The country with this ISO3 code, if it is in the dataset. */
export function getCountry(data: Dataset, iso3: string): Country | undefined {
  return data.countries.find((c) => c.iso3 === iso3);
}

/** A country's or other party's name in a UI language ('en' or 'ru'), or the code itself. */
export function countryName(data: Dataset, iso3: string, locale: 'en' | 'ru'): string {
  const names = getCountry(data, iso3)?.names ?? data.parties.find((p) => p.code === iso3)?.names;
  return names?.[locale] ?? iso3;
}

/** Source registries indexed by id, built once per registry (derivations look sources up often). */
const SOURCE_INDEX = new WeakMap<readonly Source[], ReadonlyMap<string, Source>>();

/** The sources with these ids, in the order given; unknown ids are skipped. */
export function sourcesById(data: Dataset, ids: readonly string[]): Source[] {
  const byId = cached(
    SOURCE_INDEX,
    data.sources,
    () => new Map(data.sources.map((s) => [s.id, s])),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * First day a fact can be shown as true: the earliest of its dates once that date's period has
 * ended; for an undated fact, the day its earliest dated source was published (it had happened by
 * then); failing that, the dataset's as-of day (it is known to hold when the dataset ends).
 */
export function knownFrom(
  data: Dataset,
  dates: readonly PartialDate[],
  sourceIds: readonly string[],
): string {
  const dated = dates.map(effectiveDay).sort()[0];
  if (dated) return dated;
  const published = sourcesById(data, sourceIds).flatMap((s) => (s.published ? [s.published] : []));
  return published.map(effectiveDay).sort()[0] ?? data.meta.asOf;
}

/** True when an agreement counts on `day`: once its (last) date, or for an undated one its sources, allow. */
export function agreementOn(data: Dataset, agreement: Agreement, day: string): boolean {
  const date = agreement.endDate ?? agreement.date;
  return knownFrom(data, date ? [date] : [], agreement.sources) <= day;
}

/** Day from which a project is shown: its first dated fact (stage, resource, figure or agreement). */
export function projectKnownFrom(data: Dataset, project: Project): string {
  const agreements = data.minerals.agreements.filter((a) => project.agreementIds.includes(a.id));
  const dates = [
    ...project.stages.map((s) => s.date),
    ...(project.resources ?? []).flatMap((r) => (r.date ? [r.date] : [])),
    ...project.figures.flatMap((f) => (f.date ? [f.date] : [])),
  ];
  const agreementDays = agreements.map((a) => knownFromAgreement(data, a));
  const own = dates.length > 0 || agreementDays.length > 0;
  if (!own) return knownFrom(data, [], project.sources);
  return [...dates.map(effectiveDay), ...agreementDays].sort()[0]!;
}

function knownFromAgreement(data: Dataset, agreement: Agreement): string {
  const date = agreement.endDate ?? agreement.date;
  return knownFrom(data, date ? [date] : [], agreement.sources);
}

/** A project's stage on a day: the latest stage whose date has passed; null if none yet. */
export function projectStageOn(project: Project, day: string): ProjectStageEntry | null {
  return project.stages.filter((s) => effectiveDay(s.date) <= day).at(-1) ?? null;
}

/**
 * A country's mineral profile, the agreements it is party to and the projects on its soil; with
 * `day`, only the agreements and projects the sources allow on that day.
 */
export function mineralsFor(data: Dataset, iso3: string, day?: string): CountryMinerals {
  const agreements = data.minerals.agreements.filter((a) => a.parties.includes(iso3));
  const projects = data.minerals.projects.filter((p) => p.country === iso3);
  return {
    profile: getCountry(data, iso3)?.minerals ?? null,
    agreements: day ? agreements.filter((a) => agreementOn(data, a, day)) : agreements,
    projects: day ? projects.filter((p) => projectKnownFrom(data, p) <= day) : projects,
  };
}

const DATASET: ReadonlySet<string> = new Set(DATASET_ISO3);

/** True for a country in the dataset (the focus ten plus Sudan). */
export function isDatasetIso3(value: string): value is DatasetIso3 {
  return DATASET.has(value);
}
