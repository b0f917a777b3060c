import { mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  currentRelease,
  KEPT_RELEASES,
  newBuildId,
  publishRelease,
} from '@/lib/server/release.mjs';

let root: string;

/** A fake `next build` output in root/.next; `complete: false` stops before server.js. */
function fakeBuild(id: string, { complete = true } = {}) {
  const build = path.join(root, '.next');
  rmSync(build, { recursive: true, force: true });
  mkdirSync(path.join(build, 'standalone', '.next'), { recursive: true });
  mkdirSync(path.join(build, 'static', 'chunks'), { recursive: true });
  writeFileSync(path.join(build, 'static', 'chunks', 'app.js'), `// ${id}`);
  // A file only this build has, as a content-hashed chunk name is.
  mkdirSync(path.join(build, 'static', 'media'), { recursive: true });
  writeFileSync(path.join(build, 'static', 'media', `${id}.js`), `// only ${id}`);
  writeFileSync(path.join(build, 'standalone', '.next', 'BUILD_ID'), id);
  if (complete) writeFileSync(path.join(build, 'standalone', 'server.js'), `// server ${id}`);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'atlas-release-'));
  mkdirSync(path.join(root, 'public'), { recursive: true });
  writeFileSync(path.join(root, 'public', 'robots.txt'), 'User-agent: *');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('publishRelease', () => {
  it('copies server, browser assets and public/ into a release, then points current at it', () => {
    fakeBuild('b1');
    const release = publishRelease(root);
    expect(release.id).toBe('b1');
    expect(readlinkSync(path.join(root, 'dist', 'current'))).toBe(path.join('releases', 'b1'));
    const current = currentRelease(root);
    expect(current.id).toBe('b1');
    expect(readFileSync(path.join(current.dir, 'server.js'), 'utf8')).toBe('// server b1');
    expect(readFileSync(path.join(current.dir, '.next/static/chunks/app.js'), 'utf8')).toBe(
      '// b1',
    );
    expect(readFileSync(path.join(current.dir, 'public/robots.txt'), 'utf8')).toBe('User-agent: *');
  });

  it('refuses an incomplete build and leaves the current release as it was', () => {
    fakeBuild('good');
    publishRelease(root);
    fakeBuild('half', { complete: false });
    expect(() => publishRelease(root)).toThrow(/incomplete.*server\.js/);
    expect(currentRelease(root).id).toBe('good');
    expect(readdirSync(path.join(root, 'dist', 'releases'))).toEqual(['good']);
  });

  it('keeps the current release and the last few before it', () => {
    const ids = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'];
    for (const id of ids) {
      fakeBuild(id);
      publishRelease(root);
    }
    expect(readdirSync(path.join(root, 'dist', 'releases')).sort()).toEqual(
      ids.slice(-(KEPT_RELEASES + 1)),
    );
    expect(currentRelease(root).id).toBe('r6');
  });

  it('serves the browser files of the releases it keeps, and of no other', () => {
    const ids = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'];
    for (const id of ids) {
      fakeBuild(id);
      publishRelease(root);
    }
    const { dir } = currentRelease(root);
    const media = readdirSync(path.join(dir, '.next/static/media')).sort();
    // Its own file and those of the releases kept beside it: a page they rendered still loads.
    expect(media).toEqual(ids.slice(-(KEPT_RELEASES + 1)).map((id) => `${id}.js`));
    expect(readFileSync(path.join(dir, '.next/static/media/r3.js'), 'utf8')).toBe('// only r3');
    // A file of the same name stays its own.
    expect(readFileSync(path.join(dir, '.next/static/chunks/app.js'), 'utf8')).toBe('// r6');
  });
});

describe('currentRelease', () => {
  it('says to build first when there is no release', () => {
    expect(() => currentRelease(root)).toThrow(/no release .*npm run build/);
  });
});

describe('newBuildId', () => {
  it('is sortable by time and safe as a folder name', () => {
    const early = newBuildId(new Date('2026-11-27T10:55:12.345Z'));
    const late = newBuildId(new Date('2026-11-27T10:55:13Z'));
    expect(early).toMatch(/^20261127T105512Z-[0-9a-f]{4}$/);
    expect(early < late).toBe(true);
  });
});
