/**
 * Validates the dataset files and prints a summary.
 * Usage: tsx scripts/data-check.ts [dir]   (default: data/)
 * Exits 1 with `file: field: message` lines on any problem, including malformed JSON.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_FILES, type DataFileName } from '../lib/data/enums';
import { summarizeDataset } from '../lib/data/facts';
import {
  formatIssue,
  validateDataset,
  type DataIssue,
  type RawDataFiles,
} from '../lib/data/validate';

function readDataFiles(dir: string): { raw: RawDataFiles; unreadable: DataIssue[] } {
  const raw: RawDataFiles = {};
  const unreadable: DataIssue[] = [];
  for (const file of DATA_FILES) {
    const fullPath = path.join(dir, file);
    let text: string;
    try {
      text = readFileSync(fullPath, 'utf8');
    } catch (error) {
      unreadable.push({
        file,
        path: '(root)',
        message: `cannot read ${fullPath}: ${String(error)}`,
      });
      continue;
    }
    try {
      raw[file] = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      unreadable.push({ file, path: '(root)', message: `malformed JSON: ${reason}` });
    }
  }
  return { raw, unreadable };
}

function main(): number {
  const dir = process.argv[2] ?? 'data';
  const { raw, unreadable } = readDataFiles(dir);
  const failedFiles = new Set<DataFileName>(unreadable.map((issue) => issue.file));
  const result = validateDataset(raw);
  // A file that could not be read is reported once, not again as "missing" by the schema checks.
  const errors = [
    ...unreadable,
    ...(result.ok ? [] : result.errors.filter((issue) => !failedFiles.has(issue.file))),
  ];
  if (!result.ok || errors.length > 0) {
    for (const issue of errors) console.error(formatIssue(issue));
    console.error(`\n${errors.length} problem(s) in ${dir}`);
    return 1;
  }
  const { meta } = result.data;
  const s = summarizeDataset(result.data);
  const facts = s.factsByConfidence;
  console.log(
    `${dir} is valid (asOf ${meta.asOf}, sources searched until ${meta.sourcesSearchedUntil.value})`,
  );
  console.log(`  countries          ${s.countries}`);
  console.log(`  events             ${s.events}`);
  console.log(`  sources            ${s.sources} (${s.httpOnlySources} http-only)`);
  console.log(`  ties statements    ${s.tieStatements}`);
  console.log(`  agreements         ${s.agreements}`);
  console.log(`  projects           ${s.projects}`);
  console.log(
    `  facts              ${facts.high + facts.medium + facts.low} (high ${facts.high}, medium ${facts.medium}, low ${facts.low})`,
  );
  console.log(`  single-source facts ${s.singleSourceFacts}`);
  return 0;
}

process.exitCode = main();
