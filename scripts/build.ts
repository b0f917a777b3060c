/**
 * `npm run build`: `next build` under a fresh build id, then, only if it succeeded, the output is
 * published as a new release and `dist/current` switched to it (lib/server/release.mjs). A failed
 * build leaves the release being served untouched.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { currentRelease, newBuildId, publishRelease } from '../lib/server/release.mjs';

const ROOT = path.resolve(__dirname, '..');

function served(): string {
  try {
    return `release ${currentRelease(ROOT).id} is still the one served`;
  } catch {
    return 'there is no earlier release to serve';
  }
}

const buildId = newBuildId(new Date());
const build = spawnSync(path.join(ROOT, 'node_modules/.bin/next'), ['build'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, ATLAS_BUILD_ID: buildId },
});
if (build.status !== 0) {
  console.error(`\nnext build failed; nothing was published: ${served()}.`);
  process.exit(build.status ?? 1);
}
try {
  const release = publishRelease(ROOT);
  console.log(`\nPublished ${path.relative(ROOT, release.dir)}; dist/current now points to it.`);
} catch (error) {
  console.error(`\nThe build was not published (${String(error)}); ${served()}.`);
  process.exit(1);
}
