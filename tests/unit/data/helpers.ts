import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_FILES } from '@/lib/data/enums';
import type { RawDataFiles } from '@/lib/data/validate';

/** Repository root (tests run from it, but be explicit for spawned scripts). */
export const ROOT = path.resolve(__dirname, '../../..');

/** Reads every data file of a directory as parsed JSON, keyed by file name. */
export function readRawFiles(dir: string): RawDataFiles {
  return Object.fromEntries(
    DATA_FILES.map((file) => [file, JSON.parse(readFileSync(path.join(dir, file), 'utf8'))]),
  );
}
