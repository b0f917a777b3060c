import { csvAnswer, jsonAnswer } from '@/lib/api/answer';
import { withGet } from '@/lib/api/handler';
import { TIES_QUERY } from '@/lib/api/params';
import { pairAnswer, tiesAnswer, tiesTable } from '@/lib/api/ties';

/** Every pair's tie on `date`, or one `pair` with its statements and history. */
export const GET = withGet(TIES_QUERY, ({ request, query: { date, pair, format }, data }) => {
  const answer = pair ? pairAnswer(data, pair, date) : tiesAnswer(data, date);
  if (format === 'json') return jsonAnswer(request, answer);
  const rows = Array.isArray(answer.data) ? answer.data : [answer.data];
  const name = pair ? `ties-${pair.join('-')}-${date}.csv` : `ties-${date}.csv`;
  return csvAnswer(request, tiesTable(rows), name);
});

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/api/handler';
