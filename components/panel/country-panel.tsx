import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import { formatCoordinates } from '@/lib/coordinates';
import type { DisplayLocale } from '@/lib/data/dates';
import { memo } from 'react';
import type { Dataset } from '@/lib/data/schema';
import { getCountry, sourcesById } from '@/lib/data/queries';
import { AccordsSection } from './accords-section';
import { MineralsSection } from './minerals-section';
import { DatasetNote } from './dataset-note';
import { Disagreements, FactMeta } from './fact-meta';
import { PanelHeader } from './panel-header';
import { TiesSection } from './ties-section';
import { TradeSection } from './trade-section';

export interface CountryPanelProps {
  data: Dataset;
  iso3: string;
  /** The as-of day (YYYY-MM-DD) the panel describes. */
  day: string;
  onClose: () => void;
  onSelectPair: (pair: string) => void;
  onSelectProject: (id: string) => void;
}

/** Everything the dataset says about one country, as of `day`. */
function CountryPanelImpl({
  data,
  iso3,
  day,
  onClose,
  onSelectPair,
  onSelectProject,
}: CountryPanelProps) {
  const t = useTranslations('panel');
  const locale = useLocale() as DisplayLocale;
  const country = getCountry(data, iso3);
  if (!country) return null;
  const native = country.names.native;
  return (
    // Keyed by the country: another country's panel starts with its lists bounded again.
    <article
      key={iso3}
      className="p-4"
      aria-labelledby="detail-panel-title"
      data-testid="panel:country"
    >
      <PanelHeader title={country.names[locale]} onClose={onClose}>
        {native && (
          <p lang={native.lang} dir={native.dir} className="text-left text-gray-700">
            {native.text}
          </p>
        )}
        <p className="mt-1 text-sm text-gray-700">
          {t('capital')}: {country.capital.name[locale]} (
          {formatCoordinates(country.capital.lat, country.capital.lon, locale)})
        </p>
        {country.capital.note && (
          <p lang="en" className="text-xs text-gray-600">
            {country.capital.note}
          </p>
        )}
        <Disagreements alternatives={country.capital.alternatives} />
        <FactMeta
          confidence={country.capital.confidence}
          sources={sourcesById(data, country.capital.sources)}
        />
      </PanelHeader>
      <AccordsSection data={data} iso3={iso3} day={day} />
      <TiesSection data={data} iso3={iso3} day={day} onSelectPair={onSelectPair} />
      <TradeSection data={data} iso3={iso3} day={day} />
      <MineralsSection data={data} iso3={iso3} day={day} onSelectProject={onSelectProject} />
      <DatasetNote data={data} />
    </article>
  );
}

export const CountryPanel = memo(CountryPanelImpl);
