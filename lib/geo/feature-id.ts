/**
 * Numeric feature ids of the countries source, derived from the ISO3 code so the browser needs no
 * table to find a country's feature: "KAZ" read as a base-36 number. MapLibre keeps feature state
 * by id, and every feature of one country (Australia has two) shares the country's id, so one
 * `setFeatureState` colours them all. Features without a code (Kosovo, N. Cyprus…) are numbered
 * from `UNCODED_FIRST_ID` on, above every code's id.
 */
const ISO3 = /^[A-Z]{3}$/;

/** One more than the id of "ZZZ". */
export const UNCODED_FIRST_ID = 36 ** 3;

export function countryFeatureId(iso3: string): number {
  if (!ISO3.test(iso3)) throw new Error(`Not an ISO3 code: ${JSON.stringify(iso3)}`);
  return Number.parseInt(iso3, 36);
}
