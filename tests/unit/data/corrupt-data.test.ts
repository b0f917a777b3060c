import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_FILES } from '@/lib/data/enums';
import { formatIssue, validateDataset } from '@/lib/data/validate';
import { readRawFiles, ROOT } from './helpers';

const FIXTURE = path.join(ROOT, 'tests/fixtures/corrupt-data');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const SCRIPT = path.join(ROOT, 'scripts/data-check.ts');

function runDataCheck(dir: string) {
  return spawnSync(process.execPath, [TSX, SCRIPT, dir], { cwd: ROOT, encoding: 'utf8' });
}

const raw = readRawFiles(FIXTURE);
const events = raw['events.json'] as { id: string }[];
const indexOf = (id: string) => events.findIndex((e) => e.id === id);
const UNKNOWN_SOURCE = `events.json: [${indexOf('isr-kaz-relations-established')}].sources[0]: unknown source id "no-such-source"`;
const BAD_DATE = `events.json: [${indexOf('mar-usa-isr-joint-declaration-signed')}].date.value: not a valid calendar date for its precision`;

describe('the corrupt fixture', () => {
  it('makes validateDataset report both broken fields by file and path', () => {
    const result = validateDataset(raw);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.errors.map(formatIssue);
    expect(messages).toEqual(expect.arrayContaining([UNKNOWN_SOURCE, BAD_DATE]));
  });

  it('makes scripts/data-check.ts exit 1 with the same lines', () => {
    const run = runDataCheck(FIXTURE);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(UNKNOWN_SOURCE);
    expect(run.stderr).toContain(BAD_DATE);
  });
});

describe('scripts/data-check.ts', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'data-check-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('passes on data/ and prints the summary', () => {
    const run = runDataCheck(path.join(ROOT, 'data'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/events\s+\d+/);
    expect(run.stdout).toMatch(/facts\s+\d+ \(high \d+, medium \d+, low \d+\)/);
  });

  it('names the file that holds malformed JSON', () => {
    for (const file of DATA_FILES)
      copyFileSync(path.join(ROOT, 'data', file), path.join(tmp, file));
    writeFileSync(path.join(tmp, 'ties.json'), '[{"id": ');
    const run = runDataCheck(tmp);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^ties\.json: \(root\): malformed JSON/m);
    expect(run.stderr).not.toMatch(/^(meta|sources|countries|events|minerals)\.json/m);
  });
});
