// @ts-check
/**
 * Atomic deploys. `npm run build` builds into `.next` (Next's standalone output); only when the
 * build succeeded is that output copied into its own folder `dist/releases/<build id>`, and the
 * symlink `dist/current` switched to it with one rename. A build that fails half-way leaves
 * `.next` broken but never touches what `dist/current` points to, which is what server.mjs serves.
 * A release also serves the browser files of the releases kept beside it (inheritStatic), so
 * pages they rendered keep working after a deploy.
 * Plain JavaScript: server.mjs reads the current release without a build step.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Releases kept besides the current one, for a quick switch back. */
export const KEPT_RELEASES = 3;

/** @param {string} root the project folder */
export function distPaths(root) {
  const dist = path.join(root, 'dist');
  return {
    build: path.join(root, '.next'),
    releases: path.join(dist, 'releases'),
    current: path.join(dist, 'current'),
  };
}

/**
 * A fresh, sortable build id such as `20261127T105512Z-3f9a`.
 * @param {Date} now
 */
export function newBuildId(now) {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const suffix = Math.floor(Math.random() * 0x10000)
    .toString(16)
    .padStart(4, '0');
  return `${stamp}-${suffix}`;
}

/**
 * The files a complete standalone build has; Next writes server.js last.
 * @param {string} build the `.next` folder
 */
function missingBuildFiles(build) {
  return [
    path.join(build, 'standalone', 'server.js'),
    path.join(build, 'standalone', '.next', 'BUILD_ID'),
    path.join(build, 'static'),
  ].filter((file) => !fs.existsSync(file));
}

/**
 * Copies the finished build in `.next` into `dist/releases/<build id>` and points `dist/current`
 * at it; removes older releases beyond KEPT_RELEASES. Throws, changing nothing that is served, if
 * the build is incomplete.
 * @param {string} root the project folder
 * @returns {{ id: string, dir: string }}
 */
export function publishRelease(root) {
  const paths = distPaths(root);
  const missing = missingBuildFiles(paths.build);
  if (missing.length > 0) {
    throw new Error(`the build in .next is incomplete (missing ${missing.join(', ')})`);
  }
  const id = fs.readFileSync(path.join(paths.build, 'standalone', '.next', 'BUILD_ID'), 'utf8');
  if (!/^[\w.-]+$/.test(id)) throw new Error(`unexpected build id ${JSON.stringify(id)}`);
  const dir = path.join(paths.releases, id);
  // Assembled under a temporary name, so a half-copied release never has a release's name.
  const staging = `${dir}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(paths.releases, { recursive: true });
  fs.cpSync(path.join(paths.build, 'standalone'), staging, {
    recursive: true,
    verbatimSymlinks: true,
  });
  // Next's standalone output leaves the browser assets and public/ to the deployer.
  const staticDir = path.join(staging, '.next', 'static');
  fs.cpSync(path.join(paths.build, 'static'), staticDir, { recursive: true });
  fs.writeFileSync(path.join(staging, OWN_STATIC), JSON.stringify(filesUnder(staticDir)));
  inheritStatic(paths.releases, keptReleases(paths.releases, id), staticDir);
  const pub = path.join(root, 'public');
  if (fs.existsSync(pub)) fs.cpSync(pub, path.join(staging, 'public'), { recursive: true });
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(staging, dir);
  switchCurrent(paths.current, id);
  pruneReleases(paths.releases, id);
  return { id, dir };
}

/**
 * Points `current` at `releases/<id>` atomically: a new symlink renamed over the old one.
 * @param {string} current
 * @param {string} id
 */
function switchCurrent(current, id) {
  const next = `${current}.next`;
  fs.rmSync(next, { force: true });
  fs.symlinkSync(path.join('releases', id), next);
  fs.renameSync(next, current);
}

/**
 * Removes every release but the current one and those kept beside it (keptReleases). A release
 * still being assembled (`.partial`) is another publish's to finish or replace.
 * @param {string} releases
 * @param {string} currentId
 */
function pruneReleases(releases, currentId) {
  const kept = new Set([currentId, ...keptReleases(releases, currentId)]);
  for (const name of fs.readdirSync(releases)) {
    if (kept.has(name) || name.endsWith('.partial')) continue;
    fs.rmSync(path.join(releases, name), { recursive: true, force: true });
  }
}

/**
 * The releases that stay beside a new release `id` once it is published: the newest
 * KEPT_RELEASES others (pruneReleases removes the rest).
 * @param {string} releases
 * @param {string} id
 */
function keptReleases(releases, id) {
  return fs
    .readdirSync(releases)
    .filter((name) => name !== id && !name.endsWith('.partial'))
    .sort()
    .reverse()
    .slice(0, KEPT_RELEASES);
}

/**
 * Where a release lists its own browser files (paths under its `.next/static`), as opposed to
 * those it carries for the releases before it.
 */
const OWN_STATIC = 'own-static.json';

/**
 * Every file under `dir`, as paths relative to it.
 * @param {string} dir
 * @returns {string[]}
 */
function filesUnder(dir) {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => fs.statSync(path.join(dir, file)).isFile());
}

/**
 * Gives a new release the browser files of the releases kept beside it, hard-linked (no copy)
 * where it has no file of that name: their names carry their content's hash, so none replaces
 * one of its own. A page an earlier release rendered, still open in a browser or held by a
 * shared cache for its `stale-while-revalidate` time, then still gets the code it names, instead
 * of a 404 and a broken page. Only each kept release's own files are taken, so a release never
 * carries more than the files of the last KEPT_RELEASES + 1 builds.
 * @param {string} releases
 * @param {string[]} kept the kept releases' names
 * @param {string} staticDir the new release's `.next/static`
 */
function inheritStatic(releases, kept, staticDir) {
  for (const name of kept) {
    const from = path.join(releases, name, '.next', 'static');
    const list = path.join(releases, name, OWN_STATIC);
    // Releases published before the lists were written carry only their own files.
    const own = fs.existsSync(list) ? JSON.parse(fs.readFileSync(list, 'utf8')) : filesUnder(from);
    for (const file of own) {
      const target = path.join(staticDir, file);
      if (fs.existsSync(target)) continue;
      fs.mkdirSync(path.dirname(target), { recursive: true });
      try {
        fs.linkSync(path.join(from, file), target);
      } catch {
        fs.copyFileSync(path.join(from, file), target); // another file system
      }
    }
  }
}

/**
 * The folder of the release `dist/current` points to, resolved once: a server keeps serving the
 * release it started with when a later build switches `current`.
 * @param {string} root the project folder
 * @returns {{ id: string, dir: string }}
 */
export function currentRelease(root) {
  const { current } = distPaths(root);
  let dir;
  try {
    dir = fs.realpathSync(current);
  } catch {
    throw new Error(`no release at ${current}: run \`npm run build\` first`);
  }
  const buildIdFile = path.join(dir, '.next', 'BUILD_ID');
  if (!fs.existsSync(path.join(dir, 'server.js')) || !fs.existsSync(buildIdFile)) {
    throw new Error(`${dir} is not a complete release: run \`npm run build\` again`);
  }
  return { id: fs.readFileSync(buildIdFile, 'utf8'), dir };
}
