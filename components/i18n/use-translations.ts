'use client';

import {
  createTranslator,
  useLocale,
  useMessages,
  useTimeZone,
  type useTranslations as NextIntlUseTranslations,
} from 'next-intl';

type Translator = ReturnType<typeof NextIntlUseTranslations>;

/**
 * Translators by messages object (one per language and messages version), then by locale and
 * namespace (the locale picks plural rules and number formats). Weakly held: a language's messages
 * that no page uses any more are collected. Every provider of the app says `timeZone="UTC"`.
 */
const translators = new WeakMap<object, Map<string, Translator>>();

/**
 * next-intl's `useTranslations`, with one translator per language and namespace shared by every
 * component, instead of one built for each component that asks (next-intl's hook memoises per
 * component). A country's panel asks ~260 times per render and formats ~700 texts, most of them
 * the same few labels ("press", "high confidence", "undated"): next-intl looked each one up again
 * by its key path every time, which was ~10% of the server's CPU per page. Texts without values
 * are kept once formatted. Same messages, same results, same fallbacks and errors.
 *
 * The app's components import this instead of next-intl's (an ESLint rule says so).
 */
export const useTranslations = ((namespace?: string) => {
  const messages = useMessages();
  const locale = useLocale();
  const timeZone = useTimeZone();
  return sharedTranslator(messages, locale, timeZone, namespace);
}) as typeof NextIntlUseTranslations;

function sharedTranslator(
  messages: object,
  locale: string,
  timeZone: string | undefined,
  namespace: string | undefined,
): Translator {
  let byNamespace = translators.get(messages);
  if (!byNamespace) {
    byNamespace = new Map();
    translators.set(messages, byNamespace);
  }
  const key = `${locale} ${namespace ?? ''}`;
  let translator = byNamespace.get(key);
  if (!translator) {
    const own = createTranslator({ locale, timeZone, messages, namespace: namespace as never });
    translator = keepingPlainTexts(own as unknown as Translator);
    byNamespace.set(key, translator);
  }
  return translator;
}

/** `t` that formats each text without values once; calls with values are formatted each time. */
function keepingPlainTexts(t: Translator): Translator {
  const plain = new Map<string, string>();
  const translate = (key: string, values?: unknown, formats?: unknown): string => {
    if (values !== undefined || formats !== undefined) {
      return t(key as never, values as never, formats as never);
    }
    let text = plain.get(key);
    if (text === undefined) {
      text = t(key as never);
      plain.set(key, text);
    }
    return text;
  };
  return Object.assign(translate, {
    rich: t.rich,
    markup: t.markup,
    raw: t.raw,
    has: t.has,
  }) as unknown as Translator;
}
