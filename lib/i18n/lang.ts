import { type Lang, parseAsLang } from '../search-params';

/**
 * Request header through which proxy.ts hands the link's language to the root layout, which
 * writes it as `<html lang>` (layouts do not receive the query). Set on every request, so a
 * client cannot supply its own.
 */
export const LANG_HEADER = 'x-atlas-lang';

/** The language of a link, read as the pages read `lang` (first value, any case); 'en' otherwise. */
export function linkLang(query: URLSearchParams): Lang {
  const value = query.get('lang');
  return (value === null ? null : parseAsLang.parse(value)) ?? 'en';
}

/** The header's value as a language; 'en' for anything else. */
export function headerLang(value: string | null): Lang {
  return value === 'ru' ? 'ru' : 'en';
}
