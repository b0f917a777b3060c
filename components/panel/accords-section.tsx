import { useTranslations } from 'next-intl';
import { cn } from '@/lib/cn';
import { parsePartialDate } from '@/lib/data/dates';
import type { Dataset } from '@/lib/data/schema';
import { accordsStatusOn, timelineFor } from '@/lib/data/status';
import { EventFact } from './event-fact';
import { SinceDate } from './fact-meta';
import { StatusBadge } from './status-badge';

/**
 * The country's Accords status on the day, and its Accords timeline. Announcements (words) and
 * implemented steps (deeds) are drawn differently, so "announced" never reads as "done".
 */
export function AccordsSection({ data, iso3, day }: { data: Dataset; iso3: string; day: string }) {
  const t = useTranslations('panel');
  const status = accordsStatusOn(data, iso3, day);
  const since = status.since ? parsePartialDate(status.since) : null;
  const timeline = timelineFor(data, iso3).filter(
    (entry) => entry.event.accords && entry.day <= day,
  );
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
      {timeline.length > 0 && (
        <ol className="mt-3 space-y-3 border-l-2 border-gray-200 pl-3">
          {timeline.map(({ event, phase }) => (
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
    </section>
  );
}
