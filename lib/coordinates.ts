import type { DisplayLocale } from './data/dates';
import { numberFormat } from './i18n/number-format';

/** Hemisphere letters as each language writes them after the degrees. */
const HEMISPHERES: Record<DisplayLocale, { n: string; s: string; e: string; w: string }> = {
  en: { n: 'N', s: 'S', e: 'E', w: 'W' },
  ru: { n: 'с. ш.', s: 'ю. ш.', e: 'в. д.', w: 'з. д.' },
};

/**
 * A point as readers write it: "33.97° N, 6.85° W" (English), "33,97° с. ш., 6,85° з. д."
 * (Russian, decimal comma), never signed degrees. `digits` decimals; a value that rounds to zero
 * takes N or E, so there is no "0.00° S".
 */
export function formatCoordinates(
  lat: number,
  lon: number,
  locale: DisplayLocale,
  digits = 2,
): string {
  const number = numberFormat(locale === 'en' ? 'en-GB' : 'ru-RU', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  const names = HEMISPHERES[locale];
  const part = (value: number, positive: string, negative: string) => {
    const rounded = Number(Math.abs(value).toFixed(digits));
    const hemisphere = value < 0 && rounded !== 0 ? negative : positive;
    return `${number.format(rounded)}° ${hemisphere}`;
  };
  return `${part(lat, names.n, names.s)}, ${part(lon, names.e, names.w)}`;
}
