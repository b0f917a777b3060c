/**
 * Reads and validates the data files of a folder on disk: `npm run data:check` before every
 * build, and the server at start-up, to say whether data/ still matches the dataset it was
 * built with (lib/server/startup.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_FILES, type DataFileName } from './enums';
import type { Dataset } from './schema';
import { validateDataset, type DataIssue, type RawDataFiles } from './validate';

export type DataDirResult =
  { ok: true; raw: RawDataFiles; data: Dataset } | { ok: false; errors: DataIssue[] };

function readDataFiles(dir: string): { raw: RawDataFiles; unreadable: DataIssue[] } {
  const raw: RawDataFiles = {};
  const unreadable: DataIssue[] = [];
  for (const file of DATA_FILES) {
    const fullPath = path.join(/* turbopackIgnore: true */ dir, file);
    let text: string;
    try {
      text = readFileSync(fullPath, 'utf8');
    } catch (error) {
      unreadable.push({
        file,
        path: '(root)',
        message: `cannot read ${fullPath}: ${String(error)}`,
      });
      continue;
    }
    try {
      raw[file] = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      unreadable.push({ file, path: '(root)', message: `malformed JSON: ${reason}` });
    }
  }
  return { raw, unreadable };
}

/** Every file of `dir` read, parsed and validated; every problem listed. Never throws. */
export function checkDataDir(dir: string): DataDirResult {
  const { raw, unreadable } = readDataFiles(dir);
  const failedFiles = new Set<DataFileName>(unreadable.map((issue) => issue.file));
  const result = validateDataset(raw);
  // A file that could not be read is reported once, not again as "missing" by the schema checks.
  const errors = [
    ...unreadable,
    ...(result.ok ? [] : result.errors.filter((issue) => !failedFiles.has(issue.file))),
  ];
  // A file that could not be read is missing from `raw`, which never validates.
  if (!result.ok) return { ok: false, errors };
  return { ok: true, raw, data: result.data };
}
