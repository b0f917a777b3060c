import { createTranslator } from 'next-intl';
import type { Lang } from '../search-params';
import { MESSAGES } from './messages';
import type { Translate } from './mission-label';

const translators = new Map<Lang, Translate>();

/**
 * A translator over all message namespaces for a link's language, outside React: page metadata,
 * the preview image, tests. It imports every language's messages, so browser code must not use
 * it (components get theirs from `useTranslations()`, which holds only the page's language).
 */
export function shareTranslator(lang: Lang): Translate {
  let t = translators.get(lang);
  if (!t) {
    const typed = createTranslator({ locale: lang, messages: MESSAGES[lang], timeZone: 'UTC' });
    // Keys built from codes (`status.${code}`) are checked by the message tests, not the types.
    t = (key, values) => typed(key as never, values as never);
    translators.set(lang, t);
  }
  return t;
}
