/**
 * The full key of a view's map: every visible layer's rows and every symbol it draws on the
 * view's day (lib/layer-registry.ts), as the PNG export, the printed brief and the embed show it.
 */
import type { Dataset } from '@/lib/data/schema';
import { legendEntries, type LegendEntry, type Translate } from '@/lib/layer-registry';
import type { WordSymbol } from '@/lib/data/minerals-geojson';
import type { ExportView } from './geojson';

export function mapKey(data: Dataset, view: ExportView, t: Translate): LegendEntry[] {
  return legendEntries(view, t, undefined, undefined, {
    data,
    day: view.date,
    selection: { country: view.country, pair: view.pair },
    symbol: (symbol: WordSymbol) => t(`map.mineralSymbol.${symbol}`),
  });
}
