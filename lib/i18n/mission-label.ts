/** A translator over all message namespaces (`useTranslations()` or `shareTranslator` in lib/i18n/translator.ts). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * "Uzbekistan mission in Israel" / "Миссия Узбекистана в Израиле". Russian declines the names
 * here (genitive after «миссия», prepositional after «в»), and ICU cannot decline, so each
 * country's two forms are messages of their own (`countryForm.of`, `countryForm.in`); English
 * uses them for its articles ("in the United States").
 */
export function missionLabel(t: Translate, sender: string, host: string): string {
  return t('panel.missionIn', {
    sender: t(`countryForm.of.${sender}`),
    host: t(`countryForm.in.${host}`),
  });
}
