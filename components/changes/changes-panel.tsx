'use client';

import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import { memo, useMemo } from 'react';
import { useCountryName } from '@/components/i18n/use-country-name';
import { EventFact } from '@/components/panel/event-fact';
import { FactDate, FactMeta } from '@/components/panel/fact-meta';
import { PanelHeader } from '@/components/panel/panel-header';
import type { ChangeStep } from '@/lib/data/changes';
import { type DisplayLocale, formatPartialDate } from '@/lib/data/dates';
import { sourcesById } from '@/lib/data/queries';
import type { Dataset } from '@/lib/data/schema';
import { useChangeText } from './use-change-text';

const asDay = (value: string) => ({ value, precision: 'day' as const });

export interface ChangesPanelProps {
  data: Dataset;
  since: string;
  day: string;
  /** The steps to list (already scoped to the selection, if any). */
  steps: readonly ChangeStep[];
  /** The selected country or pair the list is scoped to, if any. */
  scope: readonly string[];
  onClose: () => void;
}

/**
 * "What changed": every day between `since` and the as-of day on which something happened, in
 * date order, with what it changed (status, relations, missions, documents, agreements) and its
 * events, each with date, confidence and sources.
 */
function ChangesPanelImpl({ data, since, day, steps, scope, onClose }: ChangesPanelProps) {
  const t = useTranslations('changes');
  const name = useCountryName(data);
  const locale = useLocale() as DisplayLocale;
  const changeText = useChangeText(data);
  const statements = useMemo(() => new Map(data.ties.map((s) => [s.id, s])), [data]);
  const events = steps.reduce((n, step) => n + step.events.length, 0);
  const changes = steps.reduce((n, step) => n + step.changes.length, 0);
  return (
    <article className="p-4" aria-labelledby="detail-panel-title" data-testid="panel:changes">
      <PanelHeader title={t('title')} onClose={onClose}>
        <p className="mt-1 text-sm text-gray-700">
          {t('range', {
            since: formatPartialDate(asDay(since), locale),
            date: formatPartialDate(asDay(day), locale),
          })}
        </p>
        {scope.length > 0 && (
          <p className="text-sm text-gray-700">
            {t('scope', { names: scope.map(name).join(', ') })}
          </p>
        )}
        <p className="text-sm text-gray-700" data-testid="changes:summary">
          {t('summary', { events, changes })}
        </p>
      </PanelHeader>
      {steps.length === 0 ? (
        <p className="mt-4 text-sm">{t('none')}</p>
      ) : (
        <ol className="mt-4 space-y-4">
          {steps.map((step) => (
            <li key={step.day} data-testid="changes:step" data-day={step.day}>
              <h3 className="text-base font-semibold">
                <FactDate date={asDay(step.day)} />
              </h3>
              {step.changes.length > 0 ? (
                <ul className="mt-1 list-disc pl-5 text-sm" aria-label={t('changesHeading')}>
                  {step.changes.map((change, index) => {
                    const stated = change.statementIds.flatMap((id) => statements.get(id) ?? []);
                    return (
                      <li key={index} data-testid="changes:change" data-kind={change.kind}>
                        <span className="font-medium">{changeText(change)}</span>
                        {stated.map((statement) => (
                          <div key={statement.id} className="text-xs">
                            {statement.date && <FactDate date={statement.date} />}
                            <FactMeta
                              confidence={statement.confidence}
                              sources={sourcesById(data, statement.sources)}
                            />
                          </div>
                        ))}
                      </li>
                    );
                  })}
                </ul>
              ) : (
                <p className="mt-1 text-sm text-gray-700">{t('noChange')}</p>
              )}
              <ul className="mt-2 space-y-2 border-l-2 border-gray-200 pl-3">
                {step.events.map((event) => (
                  <li key={event.id}>
                    <EventFact data={data} event={event} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}

export const ChangesPanel = memo(ChangesPanelImpl);
