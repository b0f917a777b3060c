import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DataFileName } from '@/lib/data/enums';
import { checkDataDir } from '@/lib/data/read-files';
import { formatIssue } from '@/lib/data/validate';
import { minimalRaw } from './minimal-dataset';

/**
 * checkDataDir in this process (tests/unit/data/corrupt-data.test.ts runs it through
 * scripts/data-check.ts in a child process): the minimal dataset written to a temporary folder,
 * with one file removed or spoiled.
 */

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder with the minimal dataset's files, except `skip`, and `overrides` written as text. */
function dataDir(skip: DataFileName[] = [], overrides: Partial<Record<DataFileName, string>> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'read-files-'));
  dirs.push(dir);
  for (const [file, contents] of Object.entries(minimalRaw()) as [DataFileName, unknown][]) {
    if (skip.includes(file)) continue;
    writeFileSync(path.join(dir, file), overrides[file] ?? JSON.stringify(contents));
  }
  return dir;
}

const errorsIn = (dir: string) => {
  const result = checkDataDir(dir);
  return result.ok ? [] : result.errors.map(formatIssue);
};

describe('checkDataDir', () => {
  it('reads and validates a folder of valid files', () => {
    const result = checkDataDir(dataDir());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.meta.asOf).toBe('2020-09-15');
    expect(result.raw['events.json']).toEqual(minimalRaw()['events.json']);
  });

  it('reports a missing file once, as unreadable, and not again as missing', () => {
    const dir = dataDir(['ties.json']);
    const errors = errorsIn(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(`^ties\\.json: \\(root\\): cannot read ${path.join(dir, 'ties.json')}: .*ENOENT`),
    );
  });

  it('reports malformed JSON once, naming the file, and still checks the others', () => {
    const dir = dataDir([], {
      'ties.json': '[{"id": ',
      'parties.json': JSON.stringify([{ code: 'rus', names: { en: 'Russia', ru: 'Россия' } }]),
    });
    const errors = errorsIn(dir);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^ties\.json: \(root\): malformed JSON: \S/);
    expect(errors[1]).toBe('parties.json: [0].code: must be an ISO 3166 alpha-3 code');
  });
});
