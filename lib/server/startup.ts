/**
 * What the server checks once at start-up (instrumentation.ts): the configuration, which stops
 * it when wrong, and whether data/ on disk still holds the dataset built in. The server only ever
 * serves the built-in dataset (validated at build time), so edited or corrupted files on disk
 * change nothing until the next build; the log says so rather than staying silent.
 */
import path from 'node:path';
import { readConfig } from '../config';
import { checkDataDir } from '../data/read-files';
import { formatIssue } from '../data/validate';
import { BUILT_IN_VERSION, datasetVersion } from './dataset-version';

type Env = Readonly<Record<string, string | undefined>>;

export interface StartupReport {
  /** Reasons not to start. */
  errors: string[];
  warnings: string[];
  info: string[];
}

/** How data/ on disk compares with the built-in dataset: one info line, or warnings. */
export function compareDataOnDisk(dir: string): Pick<StartupReport, 'warnings' | 'info'> {
  const serving = `serving the built-in dataset ${BUILT_IN_VERSION}`;
  const disk = checkDataDir(dir);
  if (!disk.ok) {
    const shown = disk.errors.slice(0, 5).map((issue) => `  ${formatIssue(issue)}`);
    const more = disk.errors.length > shown.length ? [`  … ${disk.errors.length - 5} more`] : [];
    return {
      info: [],
      warnings: [
        [
          `The data files in ${dir} are invalid (${disk.errors.length} problem(s)); ${serving}, ` +
            `which this build validated. Fix the files (npm run data:check) before the next build:`,
          ...shown,
          ...more,
        ].join('\n'),
      ],
    };
  }
  const onDisk = datasetVersion(disk.raw);
  if (onDisk !== BUILT_IN_VERSION) {
    return {
      info: [],
      warnings: [
        `The data files in ${dir} (dataset ${onDisk}) differ from the built-in dataset; ` +
          `${serving} until the next build.`,
      ],
    };
  }
  return { info: [`Dataset ${BUILT_IN_VERSION}; ${dir} holds the same.`], warnings: [] };
}

/** Every start-up check. `dataDir` is the data/ folder to compare with the built-in dataset. */
export function startupReport(env: Env, dataDir: string): StartupReport {
  const config = readConfig(env);
  if (!config.ok) return { errors: config.errors, warnings: [], info: [] };
  const data = compareDataOnDisk(dataDir);
  return { errors: [], warnings: [...config.warnings, ...data.warnings], info: data.info };
}

/**
 * Runs the checks and logs the result. A bad configuration stops the process with a message
 * naming the setting, instead of a server that logs Ready and answers every page with 500.
 */
export function runStartupChecks(): void {
  // server.mjs runs from its release folder and names the project's data/; `next start` and
  // `next dev` run from the project.
  const dataDir =
    process.env.ATLAS_DATA_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), 'data');
  const report = startupReport(process.env, dataDir);
  for (const line of report.info) console.log(line);
  for (const warning of report.warnings) console.warn(`WARNING: ${warning}`);
  if (report.errors.length > 0) {
    for (const error of report.errors) console.error(`Invalid configuration: ${error}`);
    console.error('The server did not start. Fix the setting above and start it again.');
    process.exit(1);
  }
}
