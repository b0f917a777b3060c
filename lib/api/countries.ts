/** Answers of `/api/countries` and `/api/countries/{iso3}`. */
import { effectiveDay } from '../data/dates';
import type { CountryGroup } from '../data/enums';
import {
  DATASET_ISO3,
  getCountry,
  isFocusIso3,
  mineralsFor,
  type CountryMinerals,
} from '../data/queries';
import type { Country, Dataset, Source, TieStatement } from '../data/schema';
import { accordsStatusOn, tieOn, timelineFor, type AccordsStatusOnDay } from '../data/status';
import { listCell, type Table } from '../csv';
import { citedSources, envelope, toApiTie, type ApiEvent, type ApiTie } from './reshape';

/** One row of `/api/countries`. */
export interface CountrySummary {
  iso3: string;
  numeric: string;
  names: Country['names'];
  capital: { name: Country['capital']['name']; lat: number; lon: number };
  groups: CountryGroup[];
  /** One of the ten focus countries (false for Sudan). */
  focus: boolean;
  /** Accords status on the answer's date. */
  accords: AccordsStatusOnDay;
}

/** A tie seen from one country, with the statements it rests on. */
export type CountryTie = ApiTie & { with: string; statements: TieStatement[] };

/** `/api/countries/{iso3}`: the country, its timeline, ties, minerals and every source cited. */
export type CountryDetail = Omit<Country, 'minerals'> & {
  focus: boolean;
  accords: AccordsStatusOnDay;
  /** Its events up to the date, in date order. */
  timeline: ApiEvent[];
  /** Its tie with every other dataset country on the date. */
  ties: CountryTie[];
  minerals: CountryMinerals;
  sources: Source[];
};

/** Dataset countries in display order (the focus ten, then Sudan). */
function datasetCountries(data: Dataset): Country[] {
  return DATASET_ISO3.flatMap((iso3) => getCountry(data, iso3) ?? []);
}

function toSummary(data: Dataset, country: Country, date: string): CountrySummary {
  const { iso3, numeric, names, capital, groups } = country;
  return {
    iso3,
    numeric,
    names,
    capital: { name: capital.name, lat: capital.lat, lon: capital.lon },
    groups,
    focus: isFocusIso3(iso3),
    accords: accordsStatusOn(data, iso3, date),
  };
}

/** Every dataset country with its Accords status on `date`. */
export function countriesAnswer(data: Dataset, date: string) {
  return envelope(
    data,
    { date },
    datasetCountries(data).map((country) => toSummary(data, country, date)),
  );
}

/** `/api/countries` as a table. */
export function countriesTable(rows: readonly CountrySummary[]): Table {
  return {
    header: [
      'iso3',
      'name',
      'nameRu',
      'capital',
      'capitalLat',
      'capitalLon',
      'groups',
      'focus',
      'accordsStatus',
      'accordsSince',
      'accordsEventIds',
    ],
    rows: rows.map((c) => [
      c.iso3,
      c.names.en,
      c.names.ru,
      c.capital.name.en,
      c.capital.lat,
      c.capital.lon,
      listCell(c.groups),
      c.focus,
      c.accords.status,
      c.accords.since,
      listCell(c.accords.eventIds),
    ]),
  };
}

/** One country on `date`; undefined if it is not in the dataset. */
export function countryAnswer(data: Dataset, iso3: string, date: string) {
  const country = getCountry(data, iso3);
  if (!country) return undefined;
  const { numeric, names, capital, groups, population } = country;
  const trade = data.trade.filter(
    (t) => (t.reporter === iso3 || t.partner === iso3) && effectiveDay(t.date) <= date,
  );
  const timeline = timelineFor(data, iso3)
    .filter((entry) => entry.day <= date)
    .map(({ event, day, phase }): ApiEvent => ({ ...event, day, phase }));
  const ties = DATASET_ISO3.filter((other) => other !== iso3).map((other): CountryTie => {
    const tie = tieOn(data, iso3, other, date);
    return { with: other, ...toApiTie(tie), statements: tie.notes };
  });
  const detail = {
    iso3: country.iso3,
    numeric,
    names,
    capital,
    groups,
    population,
    trade,
    focus: isFocusIso3(iso3),
    accords: accordsStatusOn(data, iso3, date),
    timeline,
    ties,
    minerals: mineralsFor(data, iso3, date),
  };
  const result: CountryDetail = { ...detail, sources: citedSources(data, detail) };
  return envelope(data, { date }, result);
}
