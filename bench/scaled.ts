/**
 * The project as it would be with a dataset `FACTOR` times larger: a copy of this working tree in
 * a temporary folder, data/ replaced by scripts/synthetic-data.ts's output, built with the same
 * `npm run build` (whose prebuild `data:check` validates the synthetic data) and served by its own
 * server.mjs. The app is not told anything: it bundles data/ as it always does, so the bench
 * measures exactly what a larger data/ would cost. node_modules is hard-linked, not copied.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './config';

/** Same file system as the worktree, for the hard links (`BENCH_SCALED_DIR`). */
export const SCALED_DIR =
  process.env.BENCH_SCALED_DIR ?? path.join('/tmp', `atlas-bench-${path.basename(ROOT)}`);

/** Tracked and untracked-but-not-ignored files: what a commit of the working tree would hold. */
function projectFiles(): string[] {
  const out = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return out.split('\0').filter((file) => file && existsSync(path.join(ROOT, file)));
}

/** Refreshes the copy (sources, synthetic data, node_modules if the lockfile changed). */
export function prepareScaledProject(factor: number, seed: number, log: (line: string) => void) {
  const lock = path.join(ROOT, 'package-lock.json');
  const copiedLock = path.join(SCALED_DIR, 'package-lock.json');
  const sameDeps =
    existsSync(path.join(SCALED_DIR, 'node_modules')) &&
    existsSync(copiedLock) &&
    readFileSync(lock, 'utf8') === readFileSync(copiedLock, 'utf8');
  // Everything but node_modules, .next and dist/ (earlier releases are kept, as in the worktree).
  for (const entry of ['app', 'bench', 'components', 'data', 'lib', 'public', 'scripts', 'tests']) {
    rmSync(path.join(SCALED_DIR, entry), { recursive: true, force: true });
  }
  mkdirSync(SCALED_DIR, { recursive: true });
  for (const file of projectFiles()) {
    const target = path.join(SCALED_DIR, file);
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(path.join(ROOT, file), target);
  }
  if (!sameDeps) {
    log(`  hard-linking node_modules into ${SCALED_DIR}…`);
    rmSync(path.join(SCALED_DIR, 'node_modules'), { recursive: true, force: true });
    execFileSync('cp', [
      '-al',
      path.join(ROOT, 'node_modules'),
      path.join(SCALED_DIR, 'node_modules'),
    ]);
  }
  rmSync(path.join(SCALED_DIR, 'data'), { recursive: true, force: true });
  execFileSync(
    path.join(ROOT, 'node_modules', '.bin', 'tsx'),
    [
      path.join(ROOT, 'scripts', 'synthetic-data.ts'),
      path.join(SCALED_DIR, 'data'),
      '--factor',
      String(factor),
      '--seed',
      String(seed),
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  log(`  ${SCALED_DIR}: this working tree with a ${factor}× synthetic data/ (seed ${seed})`);
}
