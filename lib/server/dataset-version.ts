/**
 * The version of a dataset: its as-of day and a hash of its six files' content, so that two
 * datasets with the same as-of day but different facts are told apart (`2026-02-19.3f9a2b1c0d4e`).
 * Shown by /api/health and compared at start-up with the data/ on disk (lib/server/startup.ts).
 */
import { createHash } from 'node:crypto';
import countries from '../../data/countries.json';
import events from '../../data/events.json';
import meta from '../../data/meta.json';
import minerals from '../../data/minerals.json';
import sources from '../../data/sources.json';
import ties from '../../data/ties.json';
import { DATA_FILES } from '../data/enums';
import type { RawDataFiles } from '../data/validate';

/** The files bundled into this build, as lib/data/load.ts reads them. */
const BUILT_IN: RawDataFiles = {
  'meta.json': meta,
  'sources.json': sources,
  'countries.json': countries,
  'events.json': events,
  'ties.json': ties,
  'minerals.json': minerals,
};

/** The version of a dataset's (valid) files. */
export function datasetVersion(raw: RawDataFiles): string {
  const hash = createHash('sha256');
  for (const file of DATA_FILES) hash.update(`${file}\n${JSON.stringify(raw[file])}\n`);
  const asOf = (raw['meta.json'] as { asOf?: unknown } | undefined)?.asOf;
  return `${typeof asOf === 'string' ? asOf : 'unknown'}.${hash.digest('hex').slice(0, 12)}`;
}

/** The version of the dataset this build serves. */
export const BUILT_IN_VERSION = datasetVersion(BUILT_IN);
