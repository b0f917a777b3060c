import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import { useCountryName } from '@/components/i18n/use-country-name';
import { formatPartialDate, type DisplayLocale } from '@/lib/data/dates';
import { sourcesById } from '@/lib/data/queries';
import type { Dataset, Trade } from '@/lib/data/schema';
import { tradeBars, tradeFor } from '@/lib/data/trade';
import { FactDate, FactMeta } from './fact-meta';
import { ShowAll } from './show-all';
import { useMoney } from './use-money';

function periodText(trade: Trade, locale: DisplayLocale): string | null {
  if (!trade.period) return null;
  const start = formatPartialDate(trade.period.start, locale);
  const end = formatPartialDate(trade.period.end, locale);
  return start === end ? start : `${start} – ${end}`;
}

/**
 * Trade figures for a country or a pair as stated by the day: a small bar chart of the figures
 * with an amount and a period (in US dollars), and every figure listed with its period, flow and
 * sources, including trends without a figure and figures whose period is not stated. The latest 8
 * are shown first, the rest on "Show all" (chart and list together).
 */
export function TradeSection({
  data,
  iso3,
  partner,
  day,
}: {
  data: Dataset;
  iso3: string;
  partner?: string;
  day: string;
}) {
  const t = useTranslations('panel');
  const locale = useLocale() as DisplayLocale;
  const name = useCountryName(data);
  const money = useMoney();
  const figures = tradeFor(data, iso3, day, partner);
  if (figures.length === 0) return null;
  const pairLabel = (trade: Trade) => `${name(trade.reporter)} – ${name(trade.partner)}`;
  return (
    <section aria-labelledby="trade-heading" className="mt-5" data-testid="panel:trade">
      <h3 id="trade-heading" className="text-base font-semibold">
        {t('trade')}
      </h3>
      <ShowAll items={figures} noun="figures" latest="start">
        {(shown, listId) => {
          // The chart draws the figures shown, so it grows with the list.
          const bars = tradeBars(shown);
          return (
            <div id={listId}>
              {bars.length > 0 && (
                <figure className="mt-2" data-testid="trade:chart">
                  <figcaption className="text-xs text-gray-600">{t('tradeChart')}</figcaption>
                  <ul className="mt-1 space-y-1">
                    {bars.map(({ trade, scale }) => (
                      <li key={trade.id} className="text-xs">
                        <span className="block text-gray-700">
                          {partner ? '' : `${pairLabel(trade)}, `}
                          {periodText(trade, locale)}: {money(trade.amount)}
                        </span>
                        <span
                          aria-hidden="true"
                          data-testid="trade:bar"
                          className="block h-2 rounded-sm bg-blue-700"
                          style={{ width: `${Math.max(2, Math.round(scale * 100))}%` }}
                        />
                      </li>
                    ))}
                  </ul>
                </figure>
              )}
              <ul className="mt-2 space-y-2">
                {shown.map((trade) => (
                  <li key={trade.id} className="text-sm" data-testid="trade:figure">
                    <p>
                      {pairLabel(trade)} · {t(`tradeFlow.${trade.flow}`)}:{' '}
                      <span className="font-medium">
                        {trade.amount ? money(trade.amount) : t('noFigure')}
                      </span>
                      {' · '}
                      {periodText(trade, locale) ?? trade.periodNote}
                    </p>
                    <p className="text-xs text-gray-600">
                      {t('statedOn')} <FactDate date={trade.date} />
                      {trade.note && <span lang="en"> · {trade.note}</span>}
                    </p>
                    <FactMeta
                      confidence={trade.confidence}
                      sources={sourcesById(data, trade.sources)}
                    />
                  </li>
                ))}
              </ul>
            </div>
          );
        }}
      </ShowAll>
    </section>
  );
}
