/** Answers of `/api/ties` and `/api/ties?pair=A~B`. */
import { DATASET_ISO3 } from '../data/queries';
import type { Dataset, Source, TieStatement } from '../data/schema';
import { tieOn } from '../data/status';
import type { Table } from '../csv';
import type { CountryPair } from './params';
import {
  citedSources,
  envelope,
  toApiEvent,
  toApiTie,
  type ApiEvent,
  type ApiTie,
} from './reshape';

/** One pair with the statements and events behind it, and every source they cite. */
export type PairDetail = ApiTie & {
  statements: TieStatement[];
  /** The pair's events up to the date, in date order. */
  history: ApiEvent[];
  sources: Source[];
};

/** Every pair of dataset countries, each once, in display order. */
export function datasetPairs(): CountryPair[] {
  return DATASET_ISO3.flatMap((a, i) =>
    DATASET_ISO3.slice(i + 1).map((b): CountryPair => (a < b ? [a, b] : [b, a])),
  );
}

/** Every pair's tie on `date`. */
export function tiesAnswer(data: Dataset, date: string) {
  return envelope(
    data,
    { date },
    datasetPairs().map(([a, b]) => toApiTie(tieOn(data, a, b, date))),
  );
}

/** One pair on `date`, with its statements, history and sources. */
export function pairAnswer(data: Dataset, [a, b]: CountryPair, date: string) {
  const tie = tieOn(data, a, b, date);
  const detail = {
    ...toApiTie(tie),
    statements: tie.notes,
    history: tie.history.map(toApiEvent),
  };
  const result: PairDetail = { ...detail, sources: citedSources(data, detail) };
  return envelope(data, { date }, result);
}

/** Ties as a table; columns name each mission by its host and sender. */
export function tiesTable(ties: readonly ApiTie[]): Table {
  return {
    header: [
      'a',
      'b',
      'relations',
      'relationsSince',
      'missionOfBInA',
      'missionOfBInASince',
      'missionOfAInB',
      'missionOfAInBSince',
      'tieLevel',
    ],
    rows: ties.map(({ pair: [a, b], relations, missions: [inA, inB], level }) => [
      a,
      b,
      relations.status,
      relations.since,
      inA.level,
      inA.since,
      inB.level,
      inB.since,
      level,
    ]),
  };
}
