import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { ErrorBody } from '@/lib/api/answer';
import { walkObjects } from '@/lib/data/facts';
import { DATASET_ISO3 } from '@/lib/data/queries';
import { propertyRuns } from '../property-runs';

/** The cache policy of every 200 and 304, written out so that a change to it fails a test. */
export const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';

/** Runs of each property that throws random strings at a parser. */
export const RANDOM_RUNS = propertyRuns(10_000);

/** A GET request to the API as Next would pass it (only the URL and headers are read). */
export function apiRequest(pathAndQuery: string, init?: RequestInit): Request {
  return new Request(`http://localhost${pathAndQuery}`, init);
}

/** The route context Next passes to `/api/countries/[iso3]`. */
export function iso3Context(iso3: string): { params: Promise<{ iso3: string }> } {
  return { params: Promise.resolve({ iso3 }) };
}

/** Asserts a JSON error answer with this status and parameter, and returns its message. */
export async function expectError(
  response: Response,
  status: number,
  parameter: string | null,
): Promise<string> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('etag')).toBeNull();
  const body = (await response.json()) as ErrorBody;
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.parameter).toBe(parameter);
  expect(body.error.message).toEqual(expect.any(String));
  expect(body.error.message.length).toBeGreaterThan(5);
  return body.error.message;
}

/**
 * Reads CSV with csv-parse, a parser independent of the writer under test, held to RFC 4180:
 * the file ends with CRLF, every record has the header's width, quotes only around whole fields
 * (csv-parse refuses the rest). Throws on anything else so that a sloppy writer fails.
 */
export function parseCsv(text: string): string[][] {
  if (!text.endsWith('\r\n')) throw new Error('the last record does not end with CRLF');
  // Any line break ends a record here, so that one the writer left unquoted splits a row.
  const records: string[][] = parse(text, { record_delimiter: ['\r\n', '\n', '\r'] });
  if (!records.every((record) => record.length === records[0]?.length)) {
    throw new Error('records of different widths');
  }
  return records;
}

/** Every source id cited anywhere in `value`, nested alternatives and figures included. */
export function citedIds(value: unknown): Set<string> {
  const ids = new Set<string>();
  walkObjects(value, (node) => {
    if (Array.isArray(node.sources)) for (const id of node.sources) ids.add(String(id));
  });
  return ids;
}

/** Dataset codes in random case. */
export const anyCaseIso3 = fc.mixedCase(fc.constantFrom(...DATASET_ISO3));

/** Strings a client might send: ASCII, any code point, graphemes, and near misses of each format. */
export const anyText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  fc
    .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z') })
    .map((d) => (Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10))),
  fc.stringMatching(/^[0-9-]{0,12}$/),
  anyCaseIso3,
  fc.stringMatching(/^[A-Za-z]{3}$/),
  fc.tuple(anyCaseIso3, fc.constantFrom('~', '-', '~~', ''), anyCaseIso3).map((p) => p.join('')),
  fc.constantFrom('true', 'false', 'TRUE', '1', 'json', 'csv', 'CSV', 'xml', '', ' '),
);
