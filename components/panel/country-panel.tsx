import { useTranslations } from 'next-intl';
import { memo } from 'react';
import type { Dataset } from '@/lib/data/schema';
import { getCountry } from '@/lib/data/queries';
import { AccordsSection } from './accords-section';
import { MineralsSection } from './minerals-section';
import { TiesSection } from './ties-section';

export interface CountryPanelProps {
  data: Dataset;
  iso3: string;
  /** The as-of day (YYYY-MM-DD) the panel describes. */
  day: string;
  onClose: () => void;
}

/** Everything the dataset says about one country, as of `day`. */
function CountryPanelImpl({ data, iso3, day, onClose }: CountryPanelProps) {
  const t = useTranslations('panel');
  const country = getCountry(data, iso3);
  if (!country) return null;
  const native = country.names.native;
  return (
    <article className="p-4" aria-labelledby="country-panel-title">
      <header className="flex items-start justify-between gap-3">
        <div>
          <h2 id="country-panel-title" className="text-xl font-semibold">
            {country.names.en}
          </h2>
          {native && (
            <p lang={native.lang} dir={native.dir} className="text-gray-700">
              {native.text}
            </p>
          )}
          <p className="mt-1 text-sm text-gray-700">
            {t('capital')}: {country.capital.name.en}
          </p>
        </div>
        <button
          type="button"
          onClick={onClose}
          title={t('closeHint')}
          className="rounded px-2 py-1 text-sm font-semibold text-gray-700 ring-1 ring-gray-300 hover:bg-gray-100"
        >
          {t('close')}
        </button>
      </header>
      <AccordsSection data={data} iso3={iso3} day={day} />
      <TiesSection data={data} iso3={iso3} day={day} />
      <MineralsSection data={data} iso3={iso3} />
      <p className="mt-6 border-t border-gray-200 pt-3 text-xs text-gray-600">{data.meta.note}</p>
    </article>
  );
}

export const CountryPanel = memo(CountryPanelImpl);
