/**
 * Validates the dataset files and prints a summary.
 * Usage: tsx scripts/data-check.ts [dir]   (default: data/)
 * Exits 1 with `file: field: message` lines on any problem, including malformed JSON.
 */
import { checkDataDir } from '../lib/data/read-files';
import { summarizeDataset } from '../lib/data/facts';
import { formatIssue } from '../lib/data/validate';

function main(): number {
  const dir = process.argv[2] ?? 'data';
  const result = checkDataDir(dir);
  if (!result.ok) {
    for (const issue of result.errors) console.error(formatIssue(issue));
    console.error(`\n${result.errors.length} problem(s) in ${dir}`);
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
