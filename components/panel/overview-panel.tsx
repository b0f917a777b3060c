import { useTranslations } from '@/components/i18n/use-translations';
import { useCountryName } from '@/components/i18n/use-country-name';
import type { Dataset } from '@/lib/data/schema';
import type { AccordsStatus } from '@/lib/data/enums';
import { DatasetNote } from './dataset-note';
import { StatusBadge } from './status-badge';

export interface OverviewPanelProps {
  data: Dataset;
  statuses: Readonly<Record<string, AccordsStatus>>;
  onSelect: (iso3: string) => void;
}

/**
 * What the panel shows with nothing selected: every country in the dataset with its status, as
 * buttons. It doubles as the keyboard path to a country and as the map's text alternative
 * when WebGL is unavailable.
 */
export function OverviewPanel({ data, statuses, onSelect }: OverviewPanelProps) {
  const t = useTranslations('panel');
  const name = useCountryName(data);
  return (
    <div className="p-4">
      <h2 className="text-base font-semibold">{t('overviewTitle')}</h2>
      <p className="mt-1 text-sm text-gray-700">{t('overviewIntro')}</p>
      <ul className="mt-3 divide-y divide-gray-200 border-y border-gray-200">
        {data.countries.map((country) => (
          <li key={country.iso3}>
            <button
              type="button"
              onClick={() => onSelect(country.iso3)}
              data-select={country.iso3}
              className="flex w-full flex-wrap items-center justify-between gap-x-3 gap-y-1 px-1 py-2 text-left hover:bg-gray-50"
            >
              <span className="font-medium">{name(country.iso3)}</span>
              {statuses[country.iso3] && <StatusBadge status={statuses[country.iso3]!} />}
            </button>
          </li>
        ))}
      </ul>
      <DatasetNote data={data} />
    </div>
  );
}
