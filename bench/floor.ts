/**
 * The "Next floor": what any Next.js page that draws this map costs before the app adds anything.
 * bench/floor/ is the smallest App Router project that hydrates one client component whose effect
 * runs the baseline's own script (bench/baseline.js): Next's runtime, React and hydration, then
 * exactly the baseline's map. Timed beside the baseline and the app's views (no target), it splits
 * a view's distance from the baseline into what the framework costs (floor − baseline) and what
 * the app adds (view − floor).
 *
 * It is built in the bench's scaled copy of the working tree (bench/scaled.ts), where it lies
 * inside a project with a hard-linked node_modules, and served by `next start`.
 */
import path from 'node:path';
import { baselineConfig, copyBaselineAssets } from './assets';
import { spawnGroup } from './processes';
import { type Server, startServer } from './server';

function floorDir(projectCopy: string): string {
  return path.join(projectCopy, 'bench', 'floor');
}

/**
 * `next build` of the floor, with the baseline's files (the geometry among them) in its public/,
 * served from its origin.
 */
export async function buildFloor(projectCopy: string, log: (line: string) => void): Promise<void> {
  const dir = floorDir(projectCopy);
  await copyBaselineAssets(path.join(dir, 'public', 'bench'));
  log(`Building the Next floor in ${dir} (next build)…`);
  const child = spawnGroup(path.join(projectCopy, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`next build of the floor in ${dir} exited with ${code}`);
}

export function startFloor(projectCopy: string, port: number): Promise<Server> {
  return startServer(floorDir(projectCopy), port, {
    args: [path.join(projectCopy, 'node_modules', '.bin', 'next'), 'start', '-p', String(port)],
    readyPath: '/bench/baseline.js',
    env: { BENCH_FLOOR_CONFIG: JSON.stringify(baselineConfig()) },
  });
}
