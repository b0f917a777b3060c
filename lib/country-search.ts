/**
 * Country search over every name the dataset gives a country (English, Russian, native, capital in
 * both languages) plus common spellings and transliterations people type.
 */
import type { DatasetIso3 } from './data/enums';
import type { Dataset } from './data/schema';
import { foldText } from './fold-text';

/** Spellings outside the dataset's names: Uzbek and Kazakh Latin forms, older and short names. */
const EXTRA_SPELLINGS: Partial<Record<DatasetIso3, string[]>> = {
  KAZ: ['Kazakstan', 'Qazaqstan', 'Nur-Sultan', 'Akmola', 'Astana'],
  KGZ: ['Kirghizia', 'Kirgizia', 'Kyrgyz Republic', 'Киргизия', 'Frunze'],
  TJK: ['Tadzhikistan', 'Tojikiston'],
  TKM: ['Turkmenia', 'Ashkhabad', 'Ashgabad', 'Туркмения'],
  UZB: ['Toshkent', 'Oʻzbekiston', "O'zbekiston", 'Uzbekiston'],
  ARE: ['UAE', 'Emirates', 'ОАЭ', 'Эмираты'],
  BHR: ['Bahrein', 'Бахрейн'],
  MAR: ['Maroc', 'Marokko'],
  USA: [
    'US',
    'USA',
    'America',
    'United States of America',
    'Washington DC',
    'Америка',
    'Соединённые Штаты',
  ],
};

export interface SearchEntry {
  iso3: DatasetIso3;
  /** Every spelling, normalised for matching. */
  keys: string[];
}

/** Folded (lib/fold-text.ts) with every run of other characters as one space, trimmed. */
export function normalise(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The search index: one entry per dataset country. */
export function searchIndex(data: Dataset): SearchEntry[] {
  return data.countries.map((country) => {
    const iso3 = country.iso3 as DatasetIso3;
    const spellings = [
      iso3,
      country.names.en,
      country.names.ru,
      country.names.short?.en,
      country.names.short?.ru,
      country.names.native?.text,
      country.capital.name.en,
      country.capital.name.ru,
      ...(EXTRA_SPELLINGS[iso3] ?? []),
    ].filter((s): s is string => Boolean(s));
    return { iso3, keys: [...new Set(spellings.map(normalise))] };
  });
}

/**
 * Countries matching a query, best first: a spelling that starts with the query beats one that
 * merely contains it. An empty query matches nothing.
 */
export function searchCountries(index: readonly SearchEntry[], query: string): DatasetIso3[] {
  const q = normalise(query);
  if (!q) return [];
  const scored = index.flatMap((entry) => {
    const prefix = entry.keys.some(
      (key) => key.startsWith(q) || key.split(' ').some((word) => word.startsWith(q)),
    );
    const contains = prefix || entry.keys.some((key) => key.includes(q));
    return contains ? [{ iso3: entry.iso3, score: prefix ? 0 : 1 }] : [];
  });
  return scored.sort((a, b) => a.score - b.score).map((s) => s.iso3);
}
