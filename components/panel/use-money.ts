import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import type { DisplayLocale } from '@/lib/data/dates';
import { numberFormat } from '@/lib/i18n/number-format';
import type { ValueQualifier } from '@/lib/data/enums';
import type { Money } from '@/lib/data/schema';

/**
 * Plain decimal formatting only: the server's and the browser's ICU data differ on compact
 * notation and ranges ("$900.0M" vs "$900M"), which would break hydration, so scales and ranges
 * are spelled out by the messages instead.
 */
function formatNumber(value: number, locale: DisplayLocale): string {
  return numberFormat(locale === 'ru' ? 'ru-RU' : 'en-US', { maximumFractionDigits: 1 }).format(
    value,
  );
}

const SCALES = [
  ['billion', 1e9],
  ['million', 1e6],
  ['thousand', 1e3],
] as const;

/** `(amount, qualifier) => "about …"`. */
function useQualified() {
  const t = useTranslations('panel');
  return (amount: string, qualifier: ValueQualifier) => t(`qualifier.${qualifier}`, { amount });
}

/** `(money) => "about USD 162.4 million"`: an amount of money with its scale and qualifier. */
export function useMoney(): (money: Money) => string {
  const t = useTranslations('panel');
  const locale = useLocale() as DisplayLocale;
  const qualified = useQualified();
  return ({ value, currency, qualifier }) => {
    const [scale, size] = SCALES.find(([, s]) => value >= s) ?? ['unit', 1];
    const amount = t(`money.${scale}`, { currency, amount: formatNumber(value / size, locale) });
    return qualified(amount, qualifier);
  };
}

/** `(value, qualifier, max?) => "about 142,000"`: a plain quantity, or a range, with its qualifier. */
export function useQuantity(): (value: number, qualifier: ValueQualifier, max?: number) => string {
  const locale = useLocale() as DisplayLocale;
  const qualified = useQualified();
  return (value, qualifier, max) => {
    const amount =
      max === undefined
        ? formatNumber(value, locale)
        : `${formatNumber(value, locale)}–${formatNumber(max, locale)}`;
    return qualified(amount, qualifier);
  };
}
