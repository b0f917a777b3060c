import { csvAnswer, jsonAnswer } from '@/lib/api/answer';
import { eventsAnswer, eventsTable } from '@/lib/api/events';
import { withGet } from '@/lib/api/handler';
import { EVENTS_QUERY } from '@/lib/api/params';

/** Events in date order, filtered by `from`, `to`, `country` and `accords`. */
export const GET = withGet(EVENTS_QUERY, ({ request, query: { format, ...filters }, data }) => {
  const answer = eventsAnswer(data, filters);
  return format === 'csv'
    ? csvAnswer(request, eventsTable(answer.data), `events-${data.meta.asOf}.csv`)
    : jsonAnswer(request, answer);
});

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/api/handler';
