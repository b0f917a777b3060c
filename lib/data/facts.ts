import type { PartialDate } from './dates';
import type { Confidence, DataFileName } from './enums';
import type { Dataset } from './schema';

/** A position inside a data file: keys and array indexes. */
export type DataPath = readonly (string | number)[];

/** A sourced record found anywhere in the dataset. */
export interface FactRef {
  file: DataFileName;
  path: DataPath;
  sources: readonly string[];
  confidence: Confidence;
}

/** A partial date found anywhere in the dataset. */
export interface DateRef {
  file: DataFileName;
  path: DataPath;
  date: PartialDate;
}

/** The files whose records are facts (the others are the registry and metadata). */
type FactFileName = Extract<
  DataFileName,
  'countries.json' | 'events.json' | 'ties.json' | 'minerals.json' | 'documents.json' | 'trade.json'
>;

/** The parts of a dataset that hold facts. */
export type FactFiles = Pick<
  Dataset,
  'countries' | 'events' | 'ties' | 'minerals' | 'documents' | 'trade'
>;

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Calls `visit` on every object inside `value`, depth first, with its path. */
export function walkObjects(
  value: unknown,
  visit: (node: Node, path: DataPath) => void,
  path: DataPath = [],
): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkObjects(item, visit, [...path, i]));
  } else if (isNode(value)) {
    visit(value, path);
    for (const [key, child] of Object.entries(value)) walkObjects(child, visit, [...path, key]);
  }
}

/** True for an object shaped like a partial date. */
function isPartialDateNode(node: Node): node is Node & PartialDate {
  return typeof node.value === 'string' && typeof node.precision === 'string';
}

/** Each fact file's name with its contents. */
export function factFileContents(data: FactFiles): [FactFileName, unknown][] {
  return [
    ['countries.json', data.countries],
    ['events.json', data.events],
    ['ties.json', data.ties],
    ['minerals.json', data.minerals],
    ['documents.json', data.documents],
    ['trade.json', data.trade],
  ];
}

/** Every record that carries both `sources` and a `confidence` grade. */
export function collectFacts(data: FactFiles): FactRef[] {
  const facts: FactRef[] = [];
  for (const [file, contents] of factFileContents(data)) {
    walkObjects(contents, (node, path) => {
      if (Array.isArray(node.sources) && typeof node.confidence === 'string') {
        facts.push({
          file,
          path,
          sources: node.sources as string[],
          confidence: node.confidence as Confidence,
        });
      }
    });
  }
  return facts;
}

/** Every partial date inside the fact files (event dates, alternatives, figures...). */
export function collectFactDates(data: FactFiles): DateRef[] {
  const dates: DateRef[] = [];
  for (const [file, contents] of factFileContents(data)) {
    walkObjects(contents, (node, path) => {
      if (isPartialDateNode(node)) dates.push({ file, path, date: node });
    });
  }
  return dates;
}

/** Formats a data path as `[12].sources[0]`. */
export function formatDataPath(path: readonly PropertyKey[]): string {
  const text = path
    .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${String(segment)}`))
    .join('');
  return text.startsWith('.') ? text.slice(1) : text || '(root)';
}

/** Counts printed by `npm run data:check`. */
export interface DatasetSummary {
  countries: number;
  events: number;
  sources: number;
  httpOnlySources: number;
  tieStatements: number;
  agreements: number;
  projects: number;
  factsByConfidence: Record<Confidence, number>;
  singleSourceFacts: number;
}

/** Record counts, facts per confidence grade and facts resting on one source. */
export function summarizeDataset(data: Dataset): DatasetSummary {
  const facts = collectFacts(data);
  const factsByConfidence: Record<Confidence, number> = { high: 0, medium: 0, low: 0 };
  for (const fact of facts) factsByConfidence[fact.confidence] += 1;
  return {
    countries: data.countries.length,
    events: data.events.length,
    sources: data.sources.length,
    httpOnlySources: data.sources.filter((s) => s.url.startsWith('http://')).length,
    tieStatements: data.ties.length,
    agreements: data.minerals.agreements.length,
    projects: data.minerals.projects.length,
    factsByConfidence,
    singleSourceFacts: facts.filter((f) => new Set(f.sources).size === 1).length,
  };
}
