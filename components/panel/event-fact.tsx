import { useTranslations } from 'next-intl';
import { cn } from '@/lib/cn';
import { PHASE_BY_KIND } from '@/lib/data/enums';
import { sourcesById } from '@/lib/data/queries';
import type { AccordsEvent, Dataset } from '@/lib/data/schema';
import { Disagreements, FactDate, FactMeta } from './fact-meta';

/**
 * One dated event: its date and phase (announced vs implemented, drawn differently), title,
 * summary, disagreements and sources. Titles and summaries are the dataset's English.
 */
export function EventFact({ data, event }: { data: Dataset; event: AccordsEvent }) {
  const t = useTranslations('panel');
  const phase = PHASE_BY_KIND[event.kind];
  return (
    <>
      <p className="text-sm">
        <FactDate date={event.date} className="font-semibold" />{' '}
        <span
          className={cn(
            'rounded px-1 text-xs',
            phase === 'implemented'
              ? 'bg-blue-100 text-blue-900'
              : 'border border-dashed border-gray-500 text-gray-700',
          )}
        >
          {t(`phase.${phase}`)}
        </span>
      </p>
      <p lang="en" className="text-sm font-medium">
        {event.title}
      </p>
      <p lang="en" className="text-sm text-gray-700">
        {event.summary}
      </p>
      <Disagreements alternatives={event.alternatives} />
      <FactMeta confidence={event.confidence} sources={sourcesById(data, event.sources)} />
    </>
  );
}
