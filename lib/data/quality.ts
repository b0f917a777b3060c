/**
 * Checks that make a valid dataset citable, run by `npm run data:check` on top of the schemas:
 * source tiers (no fact rests only on reference or weak pages), the host deny-list, https,
 * every pair of the dataset known or explained, Russian text for every event and document, and
 * text written for readers. The schemas alone keep the app loading while data is repaired.
 */
import { DATASET_ISO3, SOURCE_KINDS, type SourceKind } from './enums';
import { collectFacts, formatDataPath, walkObjects, type FactRef } from './facts';
import type { Dataset, Source } from './schema';
import { deniedHost } from './source-policy';
import { tieOn } from './status';
import type { DataIssue } from './validate';

/** Kinds that may stand beside a better page but never alone. */
const SUPPORTING_ONLY: ReadonlySet<SourceKind> = new Set(['reference', 'weak']);

/**
 * Phrases that speak of our process or files rather than the world. Each is specific enough not
 * to catch ordinary prose ("audit" is not here: Galkynysh's size comes from a GCA audit).
 */
export const PROCESS_TALK: readonly RegExp[] = [
  /\bfact ?sheet\b/i,
  /\bfacts\.md\b/i,
  /\b[\w-]+\.(json|md|csv|ts)\b/i,
  /\bexcerpts?\b/i,
  /\beach claim cites\b/i,
  /\bthat row'?s pages\b/i,
  /\b(our|the) (research )?(notes|process|pipeline|curator|researchers?)\b/i,
  /\bstored (copy|copies|page|pages)\b/i,
  /\bstored [\w-]+ page\b/i,
  /\bneeds? (an? )?(official|better|primary)\b/i,
  /\bTODO\b/,
];

/** Keys whose values are identifiers or addresses, not text for readers. */
const NOT_PROSE = new Set(['id', 'url', 'archiveUrl', 'sources', 'textSources', 'documentId']);

/** A text in data/ that speaks of our process or files. */
export interface ProcessTalk {
  file: string;
  path: string;
  text: string;
}

/** Every string of the dataset (raw file contents) that matches PROCESS_TALK. */
export function findProcessTalk(files: Record<string, unknown>): ProcessTalk[] {
  const found: ProcessTalk[] = [];
  for (const [file, contents] of Object.entries(files)) {
    walkObjects(contents, (node, path) => {
      for (const [key, value] of Object.entries(node)) {
        const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
        if (NOT_PROSE.has(key)) continue;
        texts.forEach((text: unknown, i) => {
          if (typeof text !== 'string' || !PROCESS_TALK.some((re) => re.test(text))) return;
          const at = Array.isArray(value) ? [...path, key, i] : [...path, key];
          found.push({ file, path: formatDataPath(at), text });
        });
      }
    });
  }
  return found;
}

/** One side of a pair that is unknown on the as-of day, with or without a note saying why. */
export interface UnknownTie {
  pair: [string, string];
  /** 'relations', or the host of the unknown mission. */
  what: string;
  explained: boolean;
}

/** What `npm run data:check` prints and gates on. */
export interface QualityReport {
  /** Facts (not alternatives) by the strongest kind among their sources. */
  factsByKind: Record<SourceKind, number>;
  /** Facts whose every source is reference or weak. */
  supportOnly: FactRef[];
  /** Alternatives resting only on reference or weak pages that are not graded low. */
  ungradedWeakAlternatives: FactRef[];
  httpSources: Source[];
  deniedSources: { source: Source; reason: string }[];
  unknownTies: UnknownTie[];
  /** Events and documents whose Russian title (or, for events, summary) is blank. */
  missingRussian: { file: 'events.json' | 'documents.json'; id: string }[];
  sourcesWithoutDate: number;
  processTalk: ProcessTalk[];
}

function isAlternative(fact: FactRef): boolean {
  return fact.path.includes('alternatives');
}

/** Every pair of the dataset's countries (the ten focus countries and Sudan). */
function datasetPairs(): [string, string][] {
  return DATASET_ISO3.flatMap((a, i) =>
    DATASET_ISO3.slice(i + 1).map((b) => [a, b] as [string, string]),
  );
}

function unknownTies(data: Dataset): UnknownTie[] {
  return datasetPairs().flatMap(([a, b]) => {
    const tie = tieOn(data, a, b, data.meta.asOf);
    const sides: UnknownTie[] = [];
    if (tie.relations.status === 'unknown') {
      sides.push({
        pair: tie.pair,
        what: 'relations',
        explained: tie.relations.statementIds.length > 0,
      });
    }
    for (const [host, mission] of Object.entries(tie.embassies)) {
      if (mission.level === 'unknown') {
        sides.push({ pair: tie.pair, what: host, explained: mission.statementIds.length > 0 });
      }
    }
    return sides;
  });
}

/** Measures the dataset against the citation rules. */
export function assessQuality(data: Dataset, rawFiles: Record<string, unknown>): QualityReport {
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  const kindsOf = (fact: FactRef) => fact.sources.flatMap((id) => byId.get(id)?.kind ?? []);
  const facts = collectFacts(data);
  const factsByKind = Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])) as Record<
    SourceKind,
    number
  >;
  const supportOnly: FactRef[] = [];
  const ungradedWeakAlternatives: FactRef[] = [];
  for (const fact of facts) {
    const kinds = kindsOf(fact);
    const onlySupport = kinds.every((k) => SUPPORTING_ONLY.has(k));
    if (isAlternative(fact)) {
      if (onlySupport && fact.confidence !== 'low') ungradedWeakAlternatives.push(fact);
      continue;
    }
    const strongest = SOURCE_KINDS.find((k) => kinds.includes(k));
    if (strongest) factsByKind[strongest] += 1;
    if (onlySupport) supportOnly.push(fact);
  }
  // The schemas require the fields; this catches blank ones.
  const events = data.events
    .filter((e) => !e.titleRu.trim() || !e.summaryRu.trim())
    .map((e) => ({ file: 'events.json' as const, id: e.id }));
  const documents = data.documents
    .filter((d) => !d.titleRu.trim())
    .map((d) => ({ file: 'documents.json' as const, id: d.id }));
  return {
    factsByKind,
    supportOnly,
    ungradedWeakAlternatives,
    httpSources: data.sources.filter((s) => !s.url.startsWith('https://')),
    deniedSources: data.sources.flatMap((source) => {
      const denied = deniedHost(source.url);
      return denied ? [{ source, reason: `${denied.host} (${denied.reason})` }] : [];
    }),
    unknownTies: unknownTies(data),
    missingRussian: [...events, ...documents],
    sourcesWithoutDate: data.sources.filter((s) => s.published === null).length,
    processTalk: findProcessTalk(rawFiles),
  };
}

/** The report's failures as issues, in the `file: path: message` form of the schema checks. */
export function qualityIssues(report: QualityReport): DataIssue[] {
  const issues: DataIssue[] = [];
  const factIssue = (fact: FactRef, message: string) =>
    issues.push({ file: fact.file, path: formatDataPath(fact.path), message });
  for (const fact of report.supportOnly) {
    factIssue(fact, 'rests only on reference or weak sources; cite a better page beside them');
  }
  for (const fact of report.ungradedWeakAlternatives) {
    factIssue(fact, 'an alternative resting only on reference or weak sources must be graded low');
  }
  for (const source of report.httpSources) {
    issues.push({
      file: 'sources.json',
      path: source.id,
      message: 'http-only URL; cite an https page',
    });
  }
  for (const { source, reason } of report.deniedSources) {
    issues.push({ file: 'sources.json', path: source.id, message: `denied host ${reason}` });
  }
  for (const tie of report.unknownTies.filter((t) => !t.explained)) {
    const side = tie.what === 'relations' ? 'relations' : `mission in ${tie.what}`;
    issues.push({
      file: 'ties.json',
      path: tie.pair.join('~'),
      message: `${side} unknown with no statement saying what was searched`,
    });
  }
  for (const { file, id } of report.missingRussian) {
    issues.push({ file, path: id, message: 'no Russian title or summary' });
  }
  for (const talk of report.processTalk) {
    issues.push({
      file: talk.file as DataIssue['file'],
      path: talk.path,
      message: `speaks of our process or files: "${talk.text.slice(0, 80)}"`,
    });
  }
  return issues;
}
