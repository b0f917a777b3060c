import { effectiveDay } from './dates';
import { DATASET_ISO3, FOCUS_ISO3, type DatasetIso3, type FocusIso3 } from './enums';
import type { Agreement, Country, Dataset, MineralProfile, Project, Source } from './schema';

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

/** A country's name in a UI language ('en' or 'ru'), or the code itself if unknown. */
export function countryName(data: Dataset, iso3: string, locale: 'en' | 'ru'): string {
  return getCountry(data, iso3)?.names[locale] ?? iso3;
}

/** The sources with these ids, in the order given; unknown ids are skipped. */
export function sourcesById(data: Dataset, ids: readonly string[]): Source[] {
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** True when an agreement counts on `day`: undated, or its (last) date's period has ended. */
export function agreementOn(agreement: Agreement, day: string): boolean {
  const date = agreement.endDate ?? agreement.date;
  return date === null || effectiveDay(date) <= day;
}

/** A country's mineral profile, the agreements it is party to and the projects on its soil. */
export function mineralsFor(data: Dataset, iso3: string): CountryMinerals {
  return {
    profile: getCountry(data, iso3)?.minerals ?? null,
    agreements: data.minerals.agreements.filter((a) => a.parties.includes(iso3)),
    projects: data.minerals.projects.filter((p) => p.country === iso3),
  };
}

const DATASET: ReadonlySet<string> = new Set(DATASET_ISO3);

/** True for a country in the dataset (the focus ten plus Sudan). */
export function isDatasetIso3(value: string): value is DatasetIso3 {
  return DATASET.has(value);
}
