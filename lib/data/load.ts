// The whole dataset stays on the server: a client component importing this fails the build.
import 'server-only';
import countries from '../../data/countries.json';
import documents from '../../data/documents.json';
import events from '../../data/events.json';
import meta from '../../data/meta.json';
import minerals from '../../data/minerals.json';
import parties from '../../data/parties.json';
import sources from '../../data/sources.json';
import ties from '../../data/ties.json';
import trade from '../../data/trade.json';
import type { Dataset } from './schema';
import { formatIssue, type RawDataFiles, validateDataset } from './validate';

/** The data files bundled into this build, unvalidated (the server compares them with data/). */
export const BUNDLED_FILES: RawDataFiles = {
  'meta.json': meta,
  'sources.json': sources,
  'countries.json': countries,
  'events.json': events,
  'ties.json': ties,
  'minerals.json': minerals,
  'parties.json': parties,
  'documents.json': documents,
  'trade.json': trade,
};

let cached: Dataset | undefined;

/** The bundled dataset, validated once; throws listing every issue if the data is invalid. */
export function loadDataset(): Dataset {
  if (cached) return cached;
  const result = validateDataset(BUNDLED_FILES);
  if (!result.ok) {
    throw new Error(`Invalid dataset in data/:\n${result.errors.map(formatIssue).join('\n')}`);
  }
  cached = result.data;
  return cached;
}
