import { createHash } from 'node:crypto';
import { type Lang, LANGS } from '../../search-params';
import { MESSAGES } from '../messages';

function versionOf(lang: Lang): string {
  const hash = createHash('sha256').update(JSON.stringify(MESSAGES[lang])).digest('hex');
  return `${lang}.${hash.slice(0, 12)}`;
}

/**
 * Each language's messages version, `<lang>.<hash of its messages>`: a release that changes a text
 * gives its messages a new address, so browsers and caches may keep each version for a year.
 */
export const MESSAGES_VERSION = Object.fromEntries(
  LANGS.map((lang) => [lang, versionOf(lang)]),
) as Record<Lang, string>;

/** The language a messages version names (the part before its first dot), or null. */
export function versionLang(version: string): Lang | null {
  const lang = version.split('.')[0];
  return LANGS.find((known) => known === lang) ?? null;
}
