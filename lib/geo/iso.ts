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
  // Stryker disable next-line ConditionalExpression: i18n-iso-countries also gives undefined for undefined; the guard says so here.
  if (numericId === undefined) return null;
  return countries.numericToAlpha3(numericId) ?? null;
}

/**
 * Russian names of the Natural Earth features that have no ISO code, so i18n-iso-countries cannot
 * name them; keyed by Natural Earth's English name.
 */
const RUSSIAN_NAMES_WITHOUT_CODE: Readonly<Record<string, string>> = {
  Kosovo: 'Косово',
  'N. Cyprus': 'Северный Кипр',
  Somaliland: 'Сомалиленд',
  'Siachen Glacier': 'Ледник Сиачен',
  'Indian Ocean Ter.': 'Австралийские территории в Индийском океане',
};

/**
 * Short Russian name of a country (e.g. "Россия"), used for countries outside the dataset: from
 * i18n-iso-countries by code, or by Natural Earth's name for the few features without a code.
 */
export function russianName(iso3: string | null, naturalEarthName: string): string | null {
  const byCode = iso3 ? countries.getName(iso3, 'ru', { select: 'alias' }) : undefined;
  return byCode ?? RUSSIAN_NAMES_WITHOUT_CODE[naturalEarthName] ?? null;
}
