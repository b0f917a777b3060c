import { GEOJSON_TYPE, jsonAnswer } from '@/lib/api/answer';
import { withGet } from '@/lib/api/handler';
import { mineralsAnswer } from '@/lib/api/minerals';
import { MINERALS_QUERY } from '@/lib/api/params';

/** Projects known on `date` with their stage then: located ones as GeoJSON Points, the others under `unlocated`. */
export const GET = withGet(MINERALS_QUERY, ({ request, query: { date }, data }) =>
  jsonAnswer(request, mineralsAnswer(data, date), GEOJSON_TYPE),
);

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/api/handler';
