import { z } from 'zod';
import { effectiveDay, firstDay, type PartialDate } from './dates';
import { DATASET_ISO3, type DataFileName } from './enums';
import {
  collectFactDates,
  factFileContents,
  formatDataPath,
  walkObjects,
  type DataPath,
  type FactFiles,
} from './facts';
import {
  AgreementSchema,
  CountrySchema,
  DocumentSchema,
  EventSchema,
  MetaSchema,
  PartySchema,
  ProjectSchema,
  SourceSchema,
  TieStatementSchema,
  TradeSchema,
  type Dataset,
  type Meta,
  type Party,
  type Source,
} from './schema';

/** One problem found in a data file. */
export interface DataIssue {
  file: DataFileName;
  /** Field path inside the file, e.g. `[12].sources[0]`. */
  path: string;
  message: string;
}

/** Either the validated dataset or every issue found. */
export type ValidationResult = { ok: true; data: Dataset } | { ok: false; errors: DataIssue[] };

/** Raw parsed JSON keyed by file name. */
export type RawDataFiles = Partial<Record<DataFileName, unknown>>;

/** Keys whose values are codes (or lists of them) of a dataset country or a registered party. */
const PARTY_KEYS = new Set([
  'iso3',
  'parties',
  'brokers',
  'witnesses',
  'partner',
  'party',
  'from',
  'to',
]);
/** Keys whose codes must name one of the dataset's own countries (drawn on the map). */
const COUNTRY_KEYS = new Set(['host', 'sender', 'pair', 'country', 'reporter']);

type Report = (file: DataFileName, path: DataPath, message: string) => void;

/** Formats an issue as `events.json: [12].sources[0]: unknown source id "foo"`. */
export function formatIssue(issue: DataIssue): string {
  return `${issue.file}: ${issue.path}: ${issue.message}`;
}

function reportZodIssues(
  file: DataFileName,
  prefix: DataPath,
  issues: readonly z.core.$ZodIssue[],
  report: Report,
): void {
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as (string | number)[])];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the branch that came closest to matching rather than a bare "Invalid input".
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      reportZodIssues(file, path, closest, report);
    } else {
      report(file, path, issue.message);
    }
  }
}

function parseWith<T>(
  file: DataFileName,
  prefix: DataPath,
  schema: z.ZodType<T>,
  raw: unknown,
  report: Report,
): T | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  reportZodIssues(file, prefix, result.error.issues, report);
  return undefined;
}

/** Parses an array item by item so one bad record does not hide the checks on the others. */
function parseItems<T>(
  file: DataFileName,
  prefix: DataPath,
  schema: z.ZodType<T>,
  raw: unknown,
  report: Report,
): T[] {
  const items = parseWith(file, prefix, z.array(z.unknown()), raw, report) ?? [];
  return items.flatMap((item, i) => {
    const parsed = parseWith(file, [...prefix, i], schema, item, report);
    return parsed === undefined ? [] : [parsed];
  });
}

function parseFiles(
  raw: RawDataFiles,
  report: Report,
): FactFiles & { meta?: Meta; sources: Source[]; parties: Party[] } {
  const mineralsShape = z.strictObject({ agreements: z.unknown(), projects: z.unknown() });
  const minerals = parseWith('minerals.json', [], mineralsShape, raw['minerals.json'], report);
  return {
    meta: parseWith('meta.json', [], MetaSchema, raw['meta.json'], report),
    sources: parseItems('sources.json', [], SourceSchema, raw['sources.json'], report),
    countries: parseItems('countries.json', [], CountrySchema, raw['countries.json'], report),
    events: parseItems('events.json', [], EventSchema, raw['events.json'], report),
    ties: parseItems('ties.json', [], TieStatementSchema, raw['ties.json'], report),
    parties: parseItems('parties.json', [], PartySchema, raw['parties.json'], report),
    documents: parseItems('documents.json', [], DocumentSchema, raw['documents.json'], report),
    trade: parseItems('trade.json', [], TradeSchema, raw['trade.json'], report),
    minerals: {
      agreements: parseItems(
        'minerals.json',
        ['agreements'],
        AgreementSchema,
        minerals?.agreements ?? [],
        report,
      ),
      projects: parseItems(
        'minerals.json',
        ['projects'],
        ProjectSchema,
        minerals?.projects ?? [],
        report,
      ),
    },
  };
}

function checkUnique<T>(
  file: DataFileName,
  prefix: DataPath,
  items: readonly T[],
  key: (item: T) => string,
  field: DataPath,
  report: Report,
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const value = key(item);
    if (seen.has(value)) report(file, [...prefix, i, ...field], `duplicate "${value}"`);
    seen.add(value);
  });
}

/** Ids declared in the raw files, so one invalid record does not make every reference to it fail. */
interface DeclaredIds {
  sources: Set<string>;
  countries: Set<string>;
  parties: Set<string>;
  events: Set<string>;
  agreements: Set<string>;
  documents: Set<string>;
}

function declaredIds(items: unknown, key: string): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(items)) return ids;
  for (const item of items) {
    const id: unknown = typeof item === 'object' && item !== null ? item[key] : undefined;
    // Stryker disable next-line ConditionalExpression: every lookup is by string, so a non-string id in the set is never found either way.
    if (typeof id === 'string') ids.add(id);
  }
  return ids;
}

function declaredIdsOf(raw: RawDataFiles): DeclaredIds {
  const minerals = raw['minerals.json'];
  return {
    sources: declaredIds(raw['sources.json'], 'id'),
    countries: declaredIds(raw['countries.json'], 'iso3'),
    parties: declaredIds(raw['parties.json'], 'code'),
    events: declaredIds(raw['events.json'], 'id'),
    documents: declaredIds(raw['documents.json'], 'id'),
    agreements: declaredIds(
      typeof minerals === 'object' && minerals !== null && 'agreements' in minerals
        ? minerals.agreements
        : undefined,
      'id',
    ),
  };
}

/** Source ids a record cites: its `sources`, and a document's `textSources`. */
function citedIds(node: Record<string, unknown>): [string, unknown[]][] {
  return (['sources', 'textSources'] as const).flatMap((key) => {
    const ids = node[key];
    return Array.isArray(ids) ? [[key, ids] as [string, unknown[]]] : [];
  });
}

function checkReferences(files: FactFiles, declared: DeclaredIds, report: Report): void {
  const { sources: sourceIds, countries: countryIds, parties: partyIds } = declared;
  for (const [file, contents] of factFileContents(files)) {
    walkObjects(contents, (node, path) => {
      for (const [key, ids] of citedIds(node)) {
        ids.forEach((id, i) => {
          if (!sourceIds.has(String(id))) {
            report(file, [...path, key, i], `unknown source id "${String(id)}"`);
          }
        });
      }
      for (const [key, value] of Object.entries(node)) {
        const countryOnly = COUNTRY_KEYS.has(key);
        if (!countryOnly && !PARTY_KEYS.has(key)) continue;
        const codes = Array.isArray(value) ? value : [value];
        codes.forEach((code: unknown, i) => {
          if (typeof code !== 'string' || countryIds.has(code)) return;
          const at = Array.isArray(value) ? [...path, key, i] : [...path, key];
          if (countryOnly || !partyIds.has(code)) {
            const what = countryOnly ? 'country of the dataset' : 'country or party';
            report(file, at, `unknown ${what} "${code}"`);
          }
        });
      }
    });
  }
  for (const iso3 of DATASET_ISO3) {
    if (!countryIds.has(iso3)) report('countries.json', [], `missing country ${iso3}`);
  }
}

/** Parties outside the dataset must not repeat one of its countries. */
function checkParties(parties: readonly Party[], declared: DeclaredIds, report: Report): void {
  parties.forEach((party, i) => {
    if (declared.countries.has(party.code)) {
      report('parties.json', [i, 'code'], `${party.code} is a country of the dataset`);
    }
  });
}

/**
 * A document's life is the events naming it: each names only the document's parties, its
 * witnesses sign as brokers, and a document has at least one dated step.
 */
function checkDocuments(files: FactFiles, declared: DeclaredIds, report: Report): void {
  const documents = new Map(files.documents.map((d) => [d.id, d]));
  const withSteps = new Set<string>();
  files.events.forEach((event, i) => {
    if (event.documentId === undefined) return;
    withSteps.add(event.documentId);
    const doc = documents.get(event.documentId);
    if (!declared.documents.has(event.documentId)) {
      report('events.json', [i, 'documentId'], `unknown document id "${event.documentId}"`);
    }
    if (!doc) return;
    const parties = new Set(doc.parties);
    const witnesses = new Set(doc.witnesses);
    event.parties.forEach((iso3, j) => {
      if (!parties.has(iso3)) {
        report('events.json', [i, 'parties', j], `${iso3} is not a party to "${doc.id}"`);
      }
    });
    const brokers = new Set(event.brokers);
    event.parties.forEach((iso3, j) => {
      if (witnesses.has(iso3) !== brokers.has(iso3)) {
        report(
          'events.json',
          [i, 'parties', j],
          `${iso3} must be a broker exactly when it is a witness of "${doc.id}"`,
        );
      }
    });
    if (event.accords !== doc.accords) {
      report('events.json', [i, 'accords'], `must match document "${doc.id}"`);
    }
  });
  files.documents.forEach((doc, i) => {
    if (!withSteps.has(doc.id))
      report('documents.json', [i, 'id'], 'no event is a step of this document');
  });
}

/** Flags registry entries no fact cites; only meaningful when no record was dropped by the schemas. */
function checkSourcesCited(files: FactFiles, sources: Source[], report: Report): void {
  const cited = new Set<unknown>();
  for (const [, contents] of factFileContents(files)) {
    walkObjects(contents, (node) => {
      for (const [, ids] of citedIds(node)) ids.forEach((id) => cited.add(id));
    });
  }
  sources.forEach((source, i) => {
    if (!cited.has(source.id))
      report('sources.json', [i, 'id'], `"${source.id}" is not cited by any fact`);
  });
}

/** A valid partial date's value fixes its precision ('2020-09' is a month): comparing values is enough. */
function sameDate(a: PartialDate | null | undefined, b: PartialDate | null | undefined): boolean {
  return a?.value === b?.value;
}

function checkMinerals(files: FactFiles, declared: DeclaredIds, report: Report): void {
  const events = new Map(files.events.map((e) => [e.id, e]));
  files.minerals.agreements.forEach((agreement, i) => {
    if (agreement.eventId === undefined) return;
    const at = ['agreements', i];
    const event = events.get(agreement.eventId);
    if (!declared.events.has(agreement.eventId)) {
      report('minerals.json', [...at, 'eventId'], `unknown event id "${agreement.eventId}"`);
    } else if (event && !sameDate(agreement.date, event.date)) {
      report('minerals.json', [...at, 'date'], `must match event "${event.id}"`);
    } else if (event && !sameDate(agreement.endDate, event.endDate)) {
      report('minerals.json', [...at, 'endDate'], `must match event "${event.id}"`);
    }
  });
  files.minerals.projects.forEach((project, i) => {
    project.agreementIds.forEach((id, j) => {
      if (!declared.agreements.has(id)) {
        report('minerals.json', ['projects', i, 'agreementIds', j], `unknown agreement id "${id}"`);
      }
    });
  });
}

function checkDates(files: FactFiles, meta: Meta, sources: Source[], report: Report): void {
  let latest = '';
  for (const { file, path, date } of collectFactDates(files)) {
    const start = firstDay(date);
    if (start > meta.asOf) report(file, path, `date ${date.value} is after meta.asOf ${meta.asOf}`);
    // Stryker disable next-line EqualityOperator: on a tie, >= stores the same day again.
    if (start > latest) latest = start;
  }
  if (latest && latest < meta.asOf) {
    report('meta.json', ['asOf'], `must be the latest fact date (${latest})`);
  }
  const searchedUntil = effectiveDay(meta.sourcesSearchedUntil);
  sources.forEach((source, i) => {
    if (source.published && firstDay(source.published) > searchedUntil) {
      report('sources.json', [i, 'published'], `is after sourcesSearchedUntil ${searchedUntil}`);
    }
  });
}

/**
 * Validates raw JSON of every data file: schemas first, then references between files
 * (source ids, country codes, event and agreement ids) and dates against `meta.asOf`.
 */
export function validateDataset(raw: RawDataFiles): ValidationResult {
  const errors: DataIssue[] = [];
  const report: Report = (file, path, message) =>
    errors.push({ file, path: formatDataPath(path), message });
  const { meta, sources, parties, ...files } = parseFiles(raw, report);
  const parsedCleanly = errors.length === 0;

  checkUnique('sources.json', [], sources, (s) => s.id, ['id'], report);
  checkUnique('sources.json', [], sources, (s) => s.url, ['url'], report);
  checkUnique('countries.json', [], files.countries, (c) => c.iso3, ['iso3'], report);
  checkUnique('countries.json', [], files.countries, (c) => c.numeric, ['numeric'], report);
  checkUnique('events.json', [], files.events, (e) => e.id, ['id'], report);
  checkUnique('ties.json', [], files.ties, (t) => t.id, ['id'], report);
  checkUnique(
    'minerals.json',
    ['agreements'],
    files.minerals.agreements,
    (a) => a.id,
    ['id'],
    report,
  );
  checkUnique('minerals.json', ['projects'], files.minerals.projects, (p) => p.id, ['id'], report);
  checkUnique('parties.json', [], parties, (p) => p.code, ['code'], report);
  checkUnique('documents.json', [], files.documents, (d) => d.id, ['id'], report);
  checkUnique('trade.json', [], files.trade, (t) => t.id, ['id'], report);
  const declared = declaredIdsOf(raw);
  checkReferences(files, declared, report);
  checkParties(parties, declared, report);
  checkDocuments(files, declared, report);
  checkMinerals(files, declared, report);
  if (parsedCleanly) checkSourcesCited(files, sources, report);
  if (meta) checkDates(files, meta, sources, report);

  if (errors.length > 0 || !meta) return { ok: false, errors };
  return { ok: true, data: { meta, sources, parties, ...files } };
}
