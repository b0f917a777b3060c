/**
 * The version of a dataset: its release version (meta.json) and a hash of its files' content, so
 * that two copies of one release with different facts are told apart (`2.0.0+3f9a2b1c0d4e`, in
 * semver's build-metadata form). Shown by /api/health and compared at start-up with the data/ on
 * disk (lib/server/startup.ts).
 */
import { createHash } from 'node:crypto';
import { BUNDLED_FILES } from '../data/load';
import { DATA_FILES } from '../data/enums';
import type { RawDataFiles } from '../data/validate';

/** The version of a dataset's (valid) files. */
export function datasetVersion(raw: RawDataFiles): string {
  const hash = createHash('sha256');
  for (const file of DATA_FILES) hash.update(`${file}\n${JSON.stringify(raw[file])}\n`);
  const version = (raw['meta.json'] as { version?: unknown } | undefined)?.version;
  return `${typeof version === 'string' ? version : 'unknown'}+${hash.digest('hex').slice(0, 12)}`;
}

/** The version of the dataset this build serves. */
export const BUILT_IN_VERSION = datasetVersion(BUNDLED_FILES);
