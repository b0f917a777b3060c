import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_VERSION, datasetVersion } from '@/lib/server/dataset-version';
import { compareDataOnDisk, startupReport } from '@/lib/server/startup';
import { readRawFiles, ROOT } from '../data/helpers';

const DATA = path.join(ROOT, 'data');
let copy: string;

beforeEach(() => {
  copy = mkdtempSync(path.join(tmpdir(), 'atlas-data-'));
  cpSync(DATA, copy, { recursive: true });
});
afterEach(() => {
  rmSync(copy, { recursive: true, force: true });
});

describe('datasetVersion', () => {
  it('is the release version and a content hash; the built-in one is that of data/', () => {
    expect(BUILT_IN_VERSION).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
    expect(datasetVersion(readRawFiles(DATA))).toBe(BUILT_IN_VERSION);
  });
});

describe('compareDataOnDisk', () => {
  it('says the dataset served and that data/ holds the same', () => {
    expect(compareDataOnDisk(copy)).toEqual({
      info: [`Dataset ${BUILT_IN_VERSION}; ${copy} holds the same.`],
      warnings: [],
    });
  });

  it('warns when data/ was changed since the build, with both versions', () => {
    const file = path.join(copy, 'meta.json');
    const meta = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...meta, note: `${meta.note} Edited.` }));
    const { info, warnings } = compareDataOnDisk(copy);
    expect(info).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`serving the built-in dataset ${BUILT_IN_VERSION}`);
    expect(warnings[0]).toMatch(/\(dataset \d+\.\d+\.\d+\+[0-9a-f]{12}\) differ/);
  });

  it('warns when data/ is corrupt, naming the file, and keeps serving the built-in data', () => {
    writeFileSync(path.join(copy, 'events.json'), '[{"id": ');
    const { warnings } = compareDataOnDisk(copy);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('are invalid');
    expect(warnings[0]).toContain('events.json: (root): malformed JSON');
    expect(warnings[0]).toContain(`serving the built-in dataset ${BUILT_IN_VERSION}`);
  });
});

describe('startupReport', () => {
  it('stops on a bad SITE_URL', () => {
    const report = startupReport({ SITE_URL: 'atlas' }, copy);
    expect(report.errors).toEqual([expect.stringMatching(/^SITE_URL must be an absolute/)]);
  });

  it('warns about a missing SITE_URL in production and reports the data', () => {
    const report = startupReport({ NODE_ENV: 'production' }, copy);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([expect.stringMatching(/^SITE_URL is not set/)]);
    expect(report.info).toEqual([expect.stringContaining(BUILT_IN_VERSION)]);
  });
});
