import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  wcagContrast,
  type Color,
} from 'culori';
import { describe, expect, it } from 'vitest';
import { DATASET_ISO3, TIE_LEVELS } from '@/lib/data/enums';
import { loadDataset } from '@/lib/data/load';
import { tieLevel, tieOn } from '@/lib/data/status';
import { levelCounts, MATRIX_STYLE, pairMatrix } from '@/lib/pair-matrix';
import { FIRST_DAY, LAST_DAY } from '@/lib/search-params';

const data = loadDataset();

describe('pair matrix', () => {
  const matrix = pairMatrix(data, LAST_DAY);

  it('is 11 × 11, symmetric, empty on the diagonal', () => {
    expect(matrix.countries).toEqual(DATASET_ISO3);
    expect(matrix.cells).toHaveLength(11);
    matrix.cells.forEach((row, i) => {
      expect(row).toHaveLength(11);
      row.forEach((cell, j) => {
        if (i === j) expect(cell).toBeNull();
        else expect(cell).toBe(matrix.cells[j]![i]);
      });
    });
  });

  it('gives each pair the tie level and relations that tieOn derives', () => {
    DATASET_ISO3.forEach((a, i) =>
      DATASET_ISO3.forEach((b, j) => {
        if (i === j) return;
        const cell = matrix.cells[i]![j]!;
        const tie = tieOn(data, a, b, LAST_DAY);
        expect(cell.pair).toEqual(tie.pair);
        expect(cell.level, `${a}~${b}`).toBe(tieLevel(tie));
        expect(cell.relations).toBe(tie.relations.status);
        const [first, second] = cell.missions;
        expect(first.host).toBe(cell.pair[1]);
        expect(first.level).toBe(tie.embassies[cell.pair[1]]!.level);
        expect(second.level).toBe(tie.embassies[cell.pair[0]]!.level);
      }),
    );
  });

  it('follows the date: the Israel–UAE tie is not resident both ways before the Accords, and is now', () => {
    const isr = DATASET_ISO3.indexOf('ISR');
    const are = DATASET_ISO3.indexOf('ARE');
    expect(pairMatrix(data, FIRST_DAY).cells[isr]![are]!.level).not.toBe('resident-both');
    expect(matrix.cells[isr]![are]!.level).toBe('resident-both');
  });

  it('counts each of the 55 pairs once', () => {
    const counts = levelCounts(matrix);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(55);
    expect(counts.unknown).toBeGreaterThan(0);
  });

  it('throws on a malformed day, like tieOn', () => {
    expect(() => pairMatrix(data, '2021-02-29')).toThrow(RangeError);
  });
});

const VISION: Record<string, (color: Color) => Color> = {
  normal: (color) => color,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};
/** Cells sit side by side: each pair of level fills stays this far apart (CIEDE2000). */
const MIN_DELTA_E = 10;

describe('matrix palette', () => {
  const color = (hex: string) => parse(hex)!;

  for (const [vision, simulate] of Object.entries(VISION)) {
    it(`keeps every pair of tie levels apart under ${vision}`, () => {
      const deltaE = differenceCiede2000();
      const tooClose: string[] = [];
      TIE_LEVELS.forEach((a, i) => {
        for (const b of TIE_LEVELS.slice(i + 1)) {
          const d = deltaE(
            simulate(color(MATRIX_STYLE[a].fill)),
            simulate(color(MATRIX_STYLE[b].fill)),
          );
          if (d < MIN_DELTA_E) tooClose.push(`${a}/${b}: ΔE ${d.toFixed(1)}`);
        }
      });
      expect(tooClose).toEqual([]);
    });
  }

  it('draws each level’s symbol at WCAG AA contrast, and no two levels share a symbol', () => {
    for (const level of TIE_LEVELS) {
      const { fill, ink } = MATRIX_STYLE[level];
      expect(wcagContrast(fill, ink), level).toBeGreaterThanOrEqual(4.5);
    }
    const symbols = TIE_LEVELS.map((level) => MATRIX_STYLE[level].symbol);
    expect(new Set(symbols).size).toBe(TIE_LEVELS.length);
  });
});
