import { errorAnswer, jsonAnswer } from '@/lib/api/answer';
import { countryAnswer } from '@/lib/api/countries';
import { withGet } from '@/lib/api/handler';
import { COUNTRY_QUERY, parseCountry, quote } from '@/lib/api/params';
import { DATASET_ISO3 } from '@/lib/data/queries';

/** One country on `date`: status, timeline, ties, minerals and sources; 404 if not in the dataset. */
export const GET = withGet(
  COUNTRY_QUERY,
  async ({ request, query, data }, { params }: RouteContext<'/api/countries/[iso3]'>) => {
    const { iso3 } = await params;
    const code = parseCountry(iso3, 'iso3');
    const answer = code.ok ? countryAnswer(data, code.value, query.date) : undefined;
    if (!answer) {
      const known = DATASET_ISO3.join(', ');
      return errorAnswer(404, null, `no country ${quote(iso3)} in the dataset; it has ${known}`);
    }
    return jsonAnswer(request, answer);
  },
);

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/api/handler';
