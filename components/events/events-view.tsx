'use client';

import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import { Fragment, memo, type ReactNode, useId, useMemo, useState } from 'react';
import { useCountryName } from '@/components/i18n/use-country-name';
import { EventFact } from '@/components/panel/event-fact';
import { ConfidenceMark, FactDate } from '@/components/panel/fact-meta';
import { type DisplayLocale, formatPartialDate } from '@/lib/data/dates';
import { CONFIDENCE, DATASET_ISO3, EVENT_KINDS, type EventKind } from '@/lib/data/enums';
import type { Dataset } from '@/lib/data/schema';
import { EVENT_COLUMNS, EVENT_TRACKS, parseRangeDay } from '@/lib/events-keys';
import {
  type EventRow,
  eventRows,
  eventsDownload,
  filterEventRows,
  nextOrder,
  rowTitle,
  sortEventRows,
  yearCounts,
  yearSpan,
} from '@/lib/events-table';
import { downloadBlob } from '@/lib/export/download';
import { parseAsCountry, parseAsPair, type ViewParams } from '@/lib/search-params';
import { SortHeader } from '../table/sort-header';
import { YearHistogram } from './year-histogram';

/** The URL keys the view reads: the selection (as country filters) and its own filters. */
type EventsKeys = 'country' | 'pair' | 'track' | 'kind' | 'conf' | 'from' | 'to' | 'order';

export interface EventsViewProps {
  data: Dataset;
  query: Pick<ViewParams, EventsKeys>;
  /** Writes filters to the URL (lib/search-params.ts declares each key's history rule). */
  onChange: (patch: Partial<Pick<ViewParams, EventsKeys | 'project'>>) => unknown;
}

const SELECT = 'rounded border border-gray-400 bg-white px-2 py-1 text-sm';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="flex flex-col gap-0.5 text-sm">
      <span className="font-semibold">{label}</span>
      {children}
    </label>
  );
}

/**
 * The events view (`view=events`): every dated event of the dataset in one table, filtered by the
 * URL (`country`, `pair`, `track`, `kind`, `conf`, `from`, `to`) and sorted by it (`order`), with
 * counts by year above it that double as a brush over the date range. A title opens the event with
 * its sources; the downloads hold exactly the rows shown.
 */
function EventsViewImpl({ data, query, onChange }: EventsViewProps) {
  const t = useTranslations('events');
  const locale = useLocale() as DisplayLocale;
  const name = useCountryName(data);
  const id = useId();
  const [openId, setOpenId] = useState<string | null>(null);

  const rows = useMemo(() => eventRows(data), [data]);
  const kinds = useMemo(
    () => EVENT_KINDS.filter((kind) => rows.some((row) => row.kind === kind)),
    [rows],
  );
  const kindLabels = useMemo(
    () => Object.fromEntries(EVENT_KINDS.map((kind) => [kind, t(`kinds.${kind}`)])),
    [t],
  ) as Record<EventKind, string>;
  const withoutRange = useMemo(
    () => filterEventRows(rows, query, { skipRange: true }),
    [rows, query],
  );
  const shown = useMemo(
    () => sortEventRows(filterEventRows(rows, query), query.order, locale, kindLabels),
    [rows, query, locale, kindLabels],
  );
  const counts = useMemo(() => {
    const [first, last] = yearSpan(rows, data.meta.asOf);
    return yearCounts(withoutRange, first, last);
  }, [rows, withoutRange, data.meta.asOf]);

  // `pair` is the country filter with a partner; the first select shows its first country.
  const country = query.pair?.[0] ?? query.country;
  const partner = query.pair?.[1] ?? null;
  const setCountry = (value: string) => {
    onChange({ country: parseAsCountry.parse(value), pair: null, project: null });
  };
  const setPartner = (value: string) => {
    const pair = country && value ? parseAsPair.parse(`${country}~${value}`) : null;
    onChange({ pair, country: pair ? null : country, project: null });
  };
  const clearAll = () =>
    onChange({
      country: null,
      pair: null,
      project: null,
      track: null,
      kind: null,
      conf: null,
      from: null,
      to: null,
    });
  const download = (format: 'csv' | 'json') => {
    const { blob, fileName } = eventsDownload(data, shown, query, locale, format);
    downloadBlob(blob, fileName);
  };
  const day = (value: string | null) =>
    value ? formatPartialDate({ value, precision: 'day' }, locale) : null;
  const rangeText =
    query.from || query.to
      ? t('rangeShown', { from: day(query.from) ?? '…', to: day(query.to) ?? '…' })
      : t('allDates');

  return (
    <div className="max-w-full min-w-0 p-4" data-testid="events:view">
      <h2 className="text-lg font-semibold">{t('title')}</h2>
      <p className="mt-1 max-w-prose text-sm text-gray-700">{t('intro')}</p>

      <fieldset className="mt-3 flex flex-wrap items-end gap-3">
        <legend className="sr-only">{t('filters')}</legend>
        <Field label={t('country')}>
          <select
            className={SELECT}
            value={country ?? ''}
            onChange={(event) => setCountry(event.target.value)}
            data-testid="events:country"
          >
            <option value="">{t('anyCountry')}</option>
            {DATASET_ISO3.map((iso3) => (
              <option key={iso3} value={iso3}>
                {name(iso3)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('partner')}>
          <select
            className={SELECT}
            value={partner ?? ''}
            disabled={!country}
            onChange={(event) => setPartner(event.target.value)}
            data-testid="events:partner"
          >
            <option value="">{t('anyPartner')}</option>
            {DATASET_ISO3.filter((iso3) => iso3 !== country).map((iso3) => (
              <option key={iso3} value={iso3}>
                {name(iso3)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('track')}>
          <select
            className={SELECT}
            value={query.track ?? ''}
            onChange={(event) =>
              onChange({ track: EVENT_TRACKS.find((v) => v === event.target.value) ?? null })
            }
            data-testid="events:track"
          >
            <option value="">{t('any')}</option>
            {EVENT_TRACKS.map((track) => (
              <option key={track} value={track}>
                {t(`tracks.${track}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('kind')}>
          <select
            className={SELECT}
            value={query.kind ?? ''}
            onChange={(event) =>
              onChange({ kind: kinds.find((v) => v === event.target.value) ?? null })
            }
            data-testid="events:kind"
          >
            <option value="">{t('any')}</option>
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabels[kind]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('confidence')}>
          <select
            className={SELECT}
            value={query.conf ?? ''}
            onChange={(event) =>
              onChange({ conf: CONFIDENCE.find((v) => v === event.target.value) ?? null })
            }
            data-testid="events:conf"
          >
            <option value="">{t('any')}</option>
            {CONFIDENCE.map((grade) => (
              <option key={grade} value={grade}>
                {t(`grades.${grade}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('from')}>
          <input
            type="date"
            className={SELECT}
            value={query.from ?? ''}
            onChange={(event) => onChange({ from: parseRangeDay(event.target.value) })}
            data-testid="events:from"
          />
        </Field>
        <Field label={t('to')}>
          <input
            type="date"
            className={SELECT}
            value={query.to ?? ''}
            onChange={(event) => onChange({ to: parseRangeDay(event.target.value) })}
            data-testid="events:to"
          />
        </Field>
        <button
          type="button"
          onClick={clearAll}
          className="rounded px-3 py-1 text-sm font-semibold text-gray-700 ring-1 ring-gray-300 hover:bg-gray-100"
          data-testid="events:clear"
        >
          {t('clear')}
        </button>
      </fieldset>

      <YearHistogram counts={counts} from={query.from} to={query.to} onRangeChange={onChange} />

      <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
        <p role="status" className="text-sm text-gray-700" data-testid="events:count">
          {t('count', { shown: shown.length, total: rows.length })} · {rangeText}
        </p>
        <div className="flex gap-2">
          {(['csv', 'json'] as const).map((format) => (
            <button
              key={format}
              type="button"
              onClick={() => download(format)}
              title={t('downloadHint', { version: data.meta.version })}
              className="rounded px-3 py-1 text-sm font-semibold text-gray-700 ring-1 ring-gray-300 hover:bg-gray-100"
              data-testid={`events:download-${format}`}
            >
              {format === 'csv' ? t('downloadCsv') : t('downloadJson')}
            </button>
          ))}
        </div>
      </div>

      <div
        role="region"
        aria-label={t('tableLabel')}
        tabIndex={0}
        className="mt-2 max-w-full overflow-x-auto rounded border border-gray-200"
      >
        <table className="w-full min-w-[52rem] border-collapse text-left text-sm">
          <caption className="px-2 py-2 text-left text-sm text-gray-700">{t('caption')}</caption>
          <thead className="border-b border-gray-300 bg-gray-50">
            <tr>
              {EVENT_COLUMNS.map((column) => (
                <SortHeader
                  key={column}
                  label={t(`columns.${column}`)}
                  direction={query.order.column === column ? query.order.direction : null}
                  onSort={() => onChange({ order: nextOrder(query.order, column) })}
                  testId={`events:header:${column}`}
                />
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-200">
            {shown.map((row) => (
              <Fragment key={row.id}>
                <Row
                  row={row}
                  locale={locale}
                  kindLabel={kindLabels[row.kind]}
                  countries={row.parties.map(name).join(', ')}
                  open={openId === row.id}
                  detailsId={`${id}-${row.id}`}
                  onToggle={() => setOpenId(openId === row.id ? null : row.id)}
                />
                {openId === row.id && (
                  <tr id={`${id}-${row.id}`} className="bg-blue-50/40">
                    <td colSpan={EVENT_COLUMNS.length} className="px-3 py-2">
                      <section aria-label={t('details')} data-testid="events:details">
                        <EventDetail data={data} row={row} />
                      </section>
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
            {shown.length === 0 && (
              <tr>
                <td colSpan={EVENT_COLUMNS.length} className="px-2 py-4 text-gray-700">
                  {t('noMatch')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function EventDetail({ data, row }: { data: Dataset; row: EventRow }) {
  const event = data.events.find((e) => e.id === row.id);
  return event ? <EventFact data={data} event={event} /> : null;
}

function Row({
  row,
  locale,
  kindLabel,
  countries,
  open,
  detailsId,
  onToggle,
}: {
  row: EventRow;
  locale: DisplayLocale;
  kindLabel: string;
  countries: string;
  open: boolean;
  detailsId: string;
  onToggle: () => void;
}) {
  const t = useTranslations('events');
  return (
    <tr className="align-top hover:bg-gray-50" data-testid="events:row" data-id={row.id}>
      <td className="px-2 py-2 whitespace-nowrap">
        <FactDate date={row.date} />
      </td>
      <th scope="row" className="px-2 py-2 text-left font-medium">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={open ? detailsId : undefined}
          onClick={onToggle}
          className="text-left text-blue-800 underline hover:text-blue-950"
          lang={locale}
        >
          {rowTitle(row, locale)}
        </button>
      </th>
      <td className="px-2 py-2">{kindLabel}</td>
      <td className="px-2 py-2">{t(`tracks.${row.track}`)}</td>
      <td className="px-2 py-2">{countries}</td>
      <td className="px-2 py-2">
        <ConfidenceMark grade={row.confidence} />
      </td>
    </tr>
  );
}

export const EventsView = memo(EventsViewImpl);
