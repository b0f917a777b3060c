import { useLocale, useTranslations } from 'next-intl';
import type { DisplayLocale } from '@/lib/data/dates';
import type { ValueQualifier } from '@/lib/data/enums';
import type { Money } from '@/lib/data/schema';

function numberLocale(locale: DisplayLocale): string {
  return locale === 'ru' ? 'ru-RU' : 'en-US';
}

/** `(value, qualifier) => "about 1.2M"`-style formatter for amounts with a qualifier. */
function useQualified() {
  const t = useTranslations('panel');
  return (amount: string, qualifier: ValueQualifier) => t(`qualifier.${qualifier}`, { amount });
}

/** `(money) => "about $162.4M"`: an amount of money, compact, with its qualifier. */
export function useMoney(): (money: Money) => string {
  const locale = useLocale() as DisplayLocale;
  const qualified = useQualified();
  return (money) => {
    const amount = new Intl.NumberFormat(numberLocale(locale), {
      style: 'currency',
      currency: money.currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    }).format(money.value);
    return qualified(amount, money.qualifier);
  };
}

/** `(value, qualifier, max?) => "about 142,000"`: a plain quantity, or a range, with its qualifier. */
export function useQuantity(): (value: number, qualifier: ValueQualifier, max?: number) => string {
  const locale = useLocale() as DisplayLocale;
  const qualified = useQualified();
  return (value, qualifier, max) => {
    const format = new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: 1 });
    const amount = max === undefined ? format.format(value) : format.formatRange(value, max);
    return qualified(amount, qualifier);
  };
}
