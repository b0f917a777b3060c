/**
 * Validates the dataset files, checks that every fact is citable, and prints a summary.
 * Usage: tsx scripts/data-check.ts [dir]   (default: data/)
 * Exits 1 with `file: field: message` lines on any problem, including malformed JSON and facts
 * resting only on reference or weak sources, http-only URLs, denied hosts, unexplained unknown
 * ties, events without Russian text and notes about our process.
 */
import { SOURCE_KINDS } from '../lib/data/enums';
import { summarizeDataset } from '../lib/data/facts';
import { assessQuality, qualityIssues, type QualityReport } from '../lib/data/quality';
import { checkDataDir } from '../lib/data/read-files';
import type { Dataset } from '../lib/data/schema';
import { formatIssue } from '../lib/data/validate';

function printSummary(dir: string, data: Dataset, quality: QualityReport): void {
  const { meta } = data;
  const s = summarizeDataset(data);
  const facts = s.factsByConfidence;
  const unexplained = quality.unknownTies.filter((t) => !t.explained).length;
  const row = (label: string, value: string | number) =>
    console.log(`  ${label.padEnd(44)} ${value}`);
  console.log(
    `${dir} (version ${meta.version}, asOf ${meta.asOf}, sources searched until ${meta.sourcesSearchedUntil.value})`,
  );
  row('countries', s.countries);
  row('events', s.events);
  row('documents', data.documents.length);
  row('sources', `${s.sources} (${s.httpOnlySources} http-only)`);
  row('ties statements', s.tieStatements);
  row('trade figures', data.trade.length);
  row('agreements', s.agreements);
  row('projects', s.projects);
  row(
    'facts',
    `${facts.high + facts.medium + facts.low} (high ${facts.high}, medium ${facts.medium}, low ${facts.low})`,
  );
  row('single-source facts', s.singleSourceFacts);
  console.log('  facts by their strongest source kind:');
  for (const kind of SOURCE_KINDS) row(`  ${kind}`, quality.factsByKind[kind]);
  row('facts resting only on weak or reference sources', quality.supportOnly.length);
  row('weak-only alternatives not graded low', quality.ungradedWeakAlternatives.length);
  row('sources on a denied host', quality.deniedSources.length);
  row('unknown ties (relations or a mission)', quality.unknownTies.length);
  row('  of them without a note', unexplained);
  row('events and documents without Russian text', quality.missingRussian.length);
  row('texts about our process or files', quality.processTalk.length);
  row('sources without a date', quality.sourcesWithoutDate);
}

function main(): number {
  const dir = process.argv[2] ?? 'data';
  const result = checkDataDir(dir);
  if (!result.ok) {
    for (const issue of result.errors) console.error(formatIssue(issue));
    console.error(`\n${result.errors.length} problem(s) in ${dir}`);
    return 1;
  }
  const quality = assessQuality(result.data, result.raw);
  printSummary(dir, result.data, quality);
  const failures = qualityIssues(quality);
  if (failures.length > 0) {
    for (const issue of failures) console.error(formatIssue(issue));
    console.error(`\n${failures.length} fact(s) not citable in ${dir}`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
