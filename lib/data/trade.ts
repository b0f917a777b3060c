import { compareDays, effectiveDay, firstDay } from './dates';
import type { Dataset, Money, Trade } from './schema';

/** One bar of a trade chart: a figure with an amount and the period it covers. */
export interface TradeBar {
  trade: Trade & { amount: Money; period: NonNullable<Trade['period']> };
  /** Share of the largest bar in the chart, 0–1, for the bar's length. */
  scale: number;
}

/**
 * Trade figures stated by `day` that involve `iso3` (and `partner`, for a pair), newest period
 * first; figures without a period (by stated date) after those with one.
 */
export function tradeFor(data: Dataset, iso3: string, day: string, partner?: string): Trade[] {
  const involves = (t: Trade, code: string) => t.reporter === code || t.partner === code;
  const periodStart = (t: Trade) => (t.period ? firstDay(t.period.start) : '');
  return data.trade
    .filter((t) => involves(t, iso3) && (!partner || involves(t, partner)))
    .filter((t) => effectiveDay(t.date) <= day)
    .sort(
      (a, b) =>
        compareDays(periodStart(b), periodStart(a)) ||
        compareDays(effectiveDay(b.date), effectiveDay(a.date)),
    );
}

/**
 * The figures a chart can draw: turnover (both ways) with an amount in `currency` and a period,
 * oldest period first, each scaled against the largest. Exports and imports, trends without a
 * figure and figures without a period are listed beside the chart, never drawn as if comparable.
 */
export function tradeBars(figures: readonly Trade[], currency = 'USD'): TradeBar[] {
  const drawable = figures.filter(
    (t): t is TradeBar['trade'] =>
      t.flow === 'turnover' &&
      t.amount !== null &&
      t.amount.currency === currency &&
      t.period !== null,
  );
  const max = Math.max(0, ...drawable.map((t) => t.amount.value));
  return drawable
    .sort((a, b) => compareDays(firstDay(a.period.start), firstDay(b.period.start)))
    .map((trade) => ({ trade, scale: max > 0 ? trade.amount.value / max : 0 }));
}
