import { useTranslations } from '@/components/i18n/use-translations';
import { cn } from '@/lib/cn';
import { parsePartialDate } from '@/lib/data/dates';
import { CONTEXT_KINDS, type EventKind } from '@/lib/data/enums';
import type { Dataset } from '@/lib/data/schema';
import { accordsStatusOn, timelineFor } from '@/lib/data/status';
import { DocumentsList } from './documents-list';
import { EventFact } from './event-fact';
import { SinceDate } from './fact-meta';
import { ShowAll } from './show-all';
import { StatusBadge } from './status-badge';

const CONTEXT: ReadonlySet<EventKind> = new Set(CONTEXT_KINDS);

/**
 * The country's Accords status on the day, its documents, its Accords timeline and the context
 * (wars, strikes, ceasefires, recognitions) that never changes the status. Announcements (words) and
 * implemented steps (deeds) are drawn differently, so "announced" never reads as "done".
 */
export function AccordsSection({ data, iso3, day }: { data: Dataset; iso3: string; day: string }) {
  const t = useTranslations('panel');
  const status = accordsStatusOn(data, iso3, day);
  const since = status.since ? parsePartialDate(status.since) : null;
  const entries = timelineFor(data, iso3).filter((entry) => entry.day <= day);
  const timeline = entries.filter((entry) => entry.event.accords);
  const context = entries.filter((entry) => CONTEXT.has(entry.event.kind));
  return (
    <section aria-labelledby="accords-heading" className="mt-5">
      <h3 id="accords-heading" className="text-base font-semibold">
        {t('accords')}
      </h3>
      <p className="mt-1 flex flex-wrap items-center gap-x-2" data-testid="panel:status">
        <StatusBadge status={status.status} />
        {since && (
          <span className="text-sm text-gray-700">
            <SinceDate date={since} />
          </span>
        )}
      </p>
      <DocumentsList data={data} iso3={iso3} day={day} />
      {timeline.length > 0 && (
        <ShowAll items={timeline} noun="events" latest="end">
          {(shown, listId) => (
            <ol
              id={listId}
              className="mt-3 space-y-3 border-l-2 border-gray-200 pl-3"
              data-testid="panel:timeline"
            >
              {shown.map(({ event, phase }) => (
                <li key={event.id} className="relative">
                  <span
                    aria-hidden="true"
                    className={cn(
                      'absolute top-1.5 -left-[1.1rem] size-2.5 rounded-full border-2',
                      phase === 'implemented'
                        ? 'border-blue-800 bg-blue-800'
                        : 'border-gray-500 bg-white',
                    )}
                  />
                  <EventFact data={data} event={event} />
                </li>
              ))}
            </ol>
          )}
        </ShowAll>
      )}
      {context.length > 0 && (
        <>
          <h4 className="mt-4 text-sm font-semibold">{t('context')}</h4>
          <p className="text-xs text-gray-600">{t('contextNote')}</p>
          <ShowAll items={context} noun="events" latest="end">
            {(shown, listId) => (
              <ol id={listId} className="mt-2 space-y-3" data-testid="panel:context">
                {shown.map(({ event }) => (
                  <li key={event.id}>
                    <EventFact data={data} event={event} />
                  </li>
                ))}
              </ol>
            )}
          </ShowAll>
        </>
      )}
    </section>
  );
}
