/**
 * The pair matrix (`view=matrix`): every pair of dataset countries on a day, with the tie level
 * the map's arcs use (lib/data/status.ts `tieOn` and `tieLevel`, not derived again here), its
 * relations and both missions, and how each level is drawn. Pure: no React, no translations.
 */
import {
  DATASET_ISO3,
  type DatasetIso3,
  type MissionLevel,
  type RelationStatus,
  type TieLevel,
} from './data/enums';
import { type MissionState, tieLevel, tieOn } from './data/status';

/** One side's mission in the other. */
export interface MatrixMission {
  sender: DatasetIso3;
  host: DatasetIso3;
  level: MissionLevel;
  state: MissionState;
  city: string | null;
}

/** One pair on the day (the same cell above and below the diagonal). */
export interface MatrixCell {
  /** The pair, sorted as `pair=` writes it. */
  pair: readonly [DatasetIso3, DatasetIso3];
  level: TieLevel;
  relations: RelationStatus;
  /** Date value ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD') from which the relations status holds. */
  relationsSince: string | null;
  /** The first country's mission in the second, then the second's in the first. */
  missions: readonly [MatrixMission, MatrixMission];
}

export interface PairMatrix {
  /** Row and column order: the dataset's countries (the ten focus countries, then Sudan). */
  countries: readonly DatasetIso3[];
  /** `cells[i][j]` is the pair of countries i and j; null on the diagonal. */
  cells: (MatrixCell | null)[][];
}

function sorted(a: DatasetIso3, b: DatasetIso3): readonly [DatasetIso3, DatasetIso3] {
  return a < b ? [a, b] : [b, a];
}

/**
 * The matrix on `day` (YYYY-MM-DD): each of the 55 pairs is derived once and shared by both of
 * its cells. Throws a RangeError for a malformed day, like `tieOn`.
 */
export function pairMatrix(data: Parameters<typeof tieOn>[0], day: string): PairMatrix {
  const byPair = new Map<string, MatrixCell>();
  DATASET_ISO3.forEach((a, i) => {
    for (const b of DATASET_ISO3.slice(i + 1)) {
      const pair = sorted(a, b);
      const tie = tieOn(data, pair[0], pair[1], day);
      const mission = (sender: DatasetIso3, host: DatasetIso3): MatrixMission => {
        const m = tie.embassies[host]!;
        return { sender, host, level: m.level, state: m.state, city: m.city ?? null };
      };
      byPair.set(pair.join('~'), {
        pair,
        level: tieLevel(tie),
        relations: tie.relations.status,
        relationsSince: tie.relations.since ?? null,
        missions: [mission(pair[0], pair[1]), mission(pair[1], pair[0])],
      });
    }
  });
  return {
    countries: DATASET_ISO3,
    cells: DATASET_ISO3.map((a) =>
      DATASET_ISO3.map((b) => (a === b ? null : byPair.get(sorted(a, b).join('~'))!)),
    ),
  };
}

/** How many pairs have each tie level (the legend's counts). */
export function levelCounts(matrix: PairMatrix): Record<TieLevel, number> {
  const counts: Record<TieLevel, number> = {
    'resident-both': 0,
    'resident-one-way': 0,
    'non-resident': 0,
    'relations-only': 0,
    none: 0,
    unknown: 0,
  };
  matrix.cells.forEach((row, i) =>
    row.forEach((cell, j) => {
      // Each pair once: the cells above the diagonal.
      if (cell && j > i) counts[cell.level] += 1;
    }),
  );
  return counts;
}

/**
 * How each tie level is drawn in a cell: a fill, a symbol in a colour that reads on it (contrast
 * checked in tests/unit/pair-matrix.test.ts, with the fills kept apart under simulated colour-vision
 * deficiencies), so a level never rests on colour alone. Blues darken with the strength of the tie,
 * as on the map's arcs; "none" (no relations, stated by a source) is a crossed pale red, and
 * "unknown" (nothing found) is white, hatched and marked "?", so a gap in the sources never reads
 * as a fact.
 */
export const MATRIX_STYLE: Record<TieLevel, { fill: string; ink: string; symbol: string }> = {
  'resident-both': { fill: '#1e3a8a', ink: '#ffffff', symbol: '●' },
  'resident-one-way': { fill: '#4f86e8', ink: '#000000', symbol: '◐' },
  'non-resident': { fill: '#9fd3df', ink: '#000000', symbol: '○' },
  'relations-only': { fill: '#928c86', ink: '#000000', symbol: '–' },
  none: { fill: '#f4b8b0', ink: '#000000', symbol: '×' },
  unknown: { fill: '#ffffff', ink: '#374151', symbol: '?' },
};

/** The unknown cell's hatch, a CSS background over its white fill. */
export const UNKNOWN_HATCH =
  'repeating-linear-gradient(45deg, rgba(55, 65, 81, 0.28) 0 1px, transparent 1px 6px)';
