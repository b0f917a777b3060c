'use client';

import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import { memo, useMemo } from 'react';
import { type DisplayLocale, formatPartialDate, parsePartialDate } from '@/lib/data/dates';
import type { Dataset } from '@/lib/data/schema';
import {
  filterRows,
  nextSort,
  rowName,
  sortRows,
  type TableRow,
  tableCsvDownload,
  tableRows,
} from '@/lib/table';
import { type SortSpec, TABLE_COLUMNS, type TableColumn } from '@/lib/table-keys';
import { cn } from '@/lib/cn';
import { SortHeader } from './sort-header';
import { FactDate } from '../panel/fact-meta';
import { StatusBadge } from '../panel/status-badge';
import { downloadBlob } from '@/lib/export/download';
import { FilterInput } from './filter-input';
import { useStatusLabels } from './use-status-labels';

export interface CountryTableProps {
  data: Dataset;
  /** The as-of day (YYYY-MM-DD) the table describes. */
  day: string;
  /** The `sort` URL key; null keeps the dataset order. */
  sort: SortSpec | null;
  /** The `q` URL key; null shows every country. */
  filter: string | null;
  onSortChange: (sort: SortSpec | null) => void;
  onFilterChange: (q: string | null) => void;
  /** Opens the country panel. */
  onSelect: (iso3: string) => void;
}

/** Count columns, right-aligned. */
const NUMERIC: ReadonlySet<TableColumn> = new Set(['relations', 'embassies']);

/** "(+2 unknown)" after a count: ties nobody could establish are never counted as none. */
function UnknownCount({ count }: { count: number }) {
  const t = useTranslations('table');
  if (count === 0) return null;
  return (
    <span className="block text-xs text-gray-600" data-testid="table:unknown-count">
      {t('unknownCount', { count })}
    </span>
  );
}

function NotApplicable({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden="true" className="text-gray-500">
        —
      </span>
      <span className="sr-only">{label}</span>
    </>
  );
}

function Row({
  row,
  locale,
  onSelect,
}: {
  row: TableRow;
  locale: DisplayLocale;
  onSelect: (iso3: string) => void;
}) {
  const t = useTranslations('table');
  const since = row.statusSince === null ? null : parsePartialDate(row.statusSince);
  return (
    <tr className="align-top hover:bg-gray-50" data-testid={`table:row:${row.iso3}`}>
      <th scope="row" className="px-2 py-2 text-left font-medium">
        <button
          type="button"
          onClick={() => onSelect(row.iso3)}
          className="text-left text-blue-800 underline hover:text-blue-950"
        >
          {rowName(row, locale)}
        </button>
      </th>
      <td className="px-2 py-2">
        <StatusBadge status={row.status} />
      </td>
      <td className="px-2 py-2 whitespace-nowrap">
        {since ? <FactDate date={since} /> : <NotApplicable label={t('notApplicable')} />}
      </td>
      <td className="px-2 py-2 text-right tabular-nums">
        {row.relationsCount}
        <UnknownCount count={row.relationsUnknownCount} />
      </td>
      <td className="px-2 py-2 text-right tabular-nums">
        {row.residentBothCount}
        <UnknownCount count={row.residentUnknownCount} />
      </td>
      <td className="px-2 py-2">
        {row.keyMinerals.length > 0 ? (
          row.keyMinerals.join(', ')
        ) : (
          <span className="text-gray-600">{t('noMinerals')}</span>
        )}
      </td>
      <td className="px-2 py-2">
        {row.agreements.length === 0 ? (
          <span className="text-gray-600">{t('agreementsCount', { count: 0 })}</span>
        ) : (
          // Collapsed to a count, so a screen holds several rows; the titles are one click away.
          <details data-testid="table:agreements">
            <summary className="cursor-pointer text-blue-800 hover:text-blue-950">
              {t('agreementsCount', { count: row.agreements.length })}
            </summary>
            <ul className="mt-1 list-disc space-y-1 pl-4">
              {row.agreements.map((agreement) => (
                <li key={agreement.id}>
                  <span lang="en">{agreement.title}</span>
                  {agreement.date === null && (
                    <span className="text-gray-600"> ({t('undated')})</span>
                  )}
                </li>
              ))}
            </ul>
          </details>
        )}
      </td>
    </tr>
  );
}

/**
 * The table view (`view=table`): every dataset country with its Accords status, ties, key
 * minerals and minerals agreements as of `day`. Sort and filter come from and go to the URL
 * (`sort`, `q`); the country name opens its panel; the rows shown can be downloaded as CSV.
 */
function CountryTableImpl({
  data,
  day,
  sort,
  filter,
  onSortChange,
  onFilterChange,
  onSelect,
}: CountryTableProps) {
  const t = useTranslations('table');
  const locale = useLocale() as DisplayLocale;
  const statusLabels = useStatusLabels();
  const rows = useMemo(() => tableRows(data, day), [data, day]);
  const shown = useMemo(
    () => sortRows(filterRows(rows, filter, data, statusLabels), sort, locale),
    [rows, filter, data, statusLabels, sort, locale],
  );
  const others = rows.length - 1;

  const download = () => {
    const { blob, fileName } = tableCsvDownload(shown, locale, day);
    downloadBlob(blob, fileName);
  };

  return (
    <div className="max-w-full min-w-0 p-4" data-testid="table:view">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <FilterInput
          value={filter}
          onChange={onFilterChange}
          label={t('filterLabel')}
          hint={t('filterHint')}
        />
        <button
          type="button"
          onClick={download}
          title={t('downloadHint')}
          className="rounded px-3 py-1 text-sm font-semibold text-gray-700 ring-1 ring-gray-300 hover:bg-gray-100"
          data-testid="table:download"
        >
          {t('download')}
        </button>
      </div>
      <p role="status" className="mt-2 text-sm text-gray-700" data-testid="table:count">
        {t('count', { shown: shown.length, total: rows.length })}
      </p>
      <div
        role="region"
        aria-label={t('regionLabel')}
        tabIndex={0}
        className="mt-2 max-w-full overflow-x-auto rounded border border-gray-200"
      >
        <table className="w-full min-w-[56rem] border-collapse text-left text-sm">
          <caption className="px-2 py-2 text-left text-sm text-gray-700">
            {t('caption', {
              count: rows.length,
              date: formatPartialDate({ value: day, precision: 'day' }, locale),
            })}
          </caption>
          <thead className="border-b border-gray-300 bg-gray-50">
            <tr>
              {TABLE_COLUMNS.map((column) => (
                <SortHeader
                  key={column}
                  label={t(`columns.${column}`)}
                  direction={sort?.column === column ? sort.direction : null}
                  onSort={() => onSortChange(nextSort(sort, column))}
                  testId={`table:header:${column}`}
                  className={cn(NUMERIC.has(column) && 'text-right')}
                  note={
                    column === 'relations' || column === 'embassies'
                      ? t('countNote', { others })
                      : undefined
                  }
                />
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-200">
            {shown.map((row) => (
              <Row key={row.iso3} row={row} locale={locale} onSelect={onSelect} />
            ))}
            {shown.length === 0 && (
              <tr>
                <td colSpan={TABLE_COLUMNS.length} className="px-2 py-4 text-gray-700">
                  {t('noMatch', { q: filter ?? '' })}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-gray-600">{t('footnote', { others })}</p>
    </div>
  );
}

export const CountryTable = memo(CountryTableImpl);
