import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import ru from 'i18n-iso-countries/langs/ru.json';

countries.registerLocale(en);
countries.registerLocale(ru);

/**
 * The one place where Natural Earth's ISO 3166 numeric ids ("398") become alpha-3 codes ("KAZ").
 * world-atlas carries numeric ids only; everything downstream speaks alpha-3.
 * Returns null for features without an id (Kosovo, N. Cyprus, Somaliland…) or an unknown one.
 */
export function numericToIso3(numericId: string | number | undefined): string | null {
  if (numericId === undefined) return null;
  return countries.numericToAlpha3(numericId) ?? null;
}

/** Short Russian country name (e.g. "Россия"), used for countries outside the dataset. */
export function russianName(iso3: string): string | null {
  return countries.getName(iso3, 'ru', { select: 'alias' }) ?? null;
}
