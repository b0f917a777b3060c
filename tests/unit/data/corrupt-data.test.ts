import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_FILES } from '@/lib/data/enums';
import { formatIssue, validateDataset } from '@/lib/data/validate';
import { readRawFiles, ROOT } from './helpers';

const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const SCRIPT = path.join(ROOT, 'scripts/data-check.ts');
const DATA_DIR = path.join(ROOT, 'data');

function runDataCheck(dir: string) {
  return spawnSync(process.execPath, [TSX, SCRIPT, dir], { cwd: ROOT, encoding: 'utf8' });
}

/** The real files with two deliberate errors, built in memory: an unknown source and an impossible date. */
function corrupted() {
  const raw = readRawFiles(DATA_DIR);
  const events = raw['events.json'] as {
    id: string;
    sources: string[];
    date: { value: string };
  }[];
  const [first, second] = events;
  first!.sources[0] = 'no-such-source';
  second!.date = { ...second!.date, value: '2020-02-30' };
  return {
    raw,
    unknownSource: `events.json: [0].sources[0]: unknown source id "no-such-source"`,
    badDate: `events.json: [1].date.value: not a valid calendar date for its precision`,
  };
}

describe('a corrupted copy of the data', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'data-corrupt-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const { raw, unknownSource, badDate } = corrupted();

  it('makes validateDataset report both broken fields by file and path', () => {
    const result = validateDataset(raw);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.errors.map(formatIssue);
    expect(messages).toEqual(expect.arrayContaining([unknownSource, badDate]));
  });

  it('makes scripts/data-check.ts exit 1 with the same lines', () => {
    for (const file of DATA_FILES) {
      writeFileSync(path.join(tmp, file), JSON.stringify(raw[file], null, 2));
    }
    const run = runDataCheck(tmp);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(unknownSource);
    expect(run.stderr).toContain(badDate);
  });
});

describe('scripts/data-check.ts', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'data-check-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('passes on data/ and prints the summary', () => {
    const run = runDataCheck(DATA_DIR);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/events\s+\d+/);
    expect(run.stdout).toMatch(/facts\s+\d+ \(high \d+, medium \d+, low \d+\)/);
  });

  it('names the file that holds malformed JSON', () => {
    for (const file of DATA_FILES) copyFileSync(path.join(DATA_DIR, file), path.join(tmp, file));
    writeFileSync(path.join(tmp, 'ties.json'), '[{"id": ');
    const run = runDataCheck(tmp);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^ties\.json: \(root\): malformed JSON/m);
    expect(run.stderr).not.toMatch(/^(meta|sources|countries|events|minerals)\.json/m);
  });
});
