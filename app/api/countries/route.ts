import { csvAnswer, jsonAnswer } from '@/lib/api/answer';
import { countriesAnswer, countriesTable } from '@/lib/api/countries';
import { withGet } from '@/lib/api/handler';
import { COUNTRIES_QUERY } from '@/lib/api/params';

/** Every dataset country with its Accords status on `date`. */
export const GET = withGet(COUNTRIES_QUERY, ({ request, query, data }) => {
  const answer = countriesAnswer(data, query.date);
  return query.format === 'csv'
    ? csvAnswer(request, countriesTable(answer.data), `countries-${query.date}.csv`)
    : jsonAnswer(request, answer);
});

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/api/handler';
