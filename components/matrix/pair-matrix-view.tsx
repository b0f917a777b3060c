'use client';

import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/use-translations';
import { type KeyboardEvent, memo, useMemo, useRef, useState } from 'react';
import { useCountryName } from '@/components/i18n/use-country-name';
import { type DisplayLocale, formatPartialDate } from '@/lib/data/dates';
import { TIE_LEVELS, type DatasetIso3, type TieLevel } from '@/lib/data/enums';
import type { Dataset } from '@/lib/data/schema';
import {
  levelCounts,
  type MatrixCell,
  type MatrixMission,
  MATRIX_STYLE,
  pairMatrix,
  UNKNOWN_HATCH,
} from '@/lib/pair-matrix';

export interface PairMatrixViewProps {
  data: Dataset;
  /** The day (YYYY-MM-DD) the matrix describes: the `date` key. */
  day: string;
  /** Opens the pair on the map. */
  onOpenPair: (pair: readonly [DatasetIso3, DatasetIso3]) => void;
}

/** A cell's fill, hatched for unknown so a gap never reads as a colour. */
function cellBackground(level: TieLevel): string {
  const { fill } = MATRIX_STYLE[level];
  return level === 'unknown' ? `${UNKNOWN_HATCH}, ${fill}` : fill;
}

function Swatch({ level }: { level: TieLevel }) {
  const { ink, symbol } = MATRIX_STYLE[level];
  return (
    <span
      aria-hidden="true"
      className="inline-flex size-6 shrink-0 items-center justify-center rounded-sm border border-gray-400 text-sm"
      style={{ background: cellBackground(level), color: ink }}
    >
      {symbol}
    </span>
  );
}

/** The tie of the focused or hovered cell, as text: level, relations and both missions. */
function useDescribe(data: Dataset) {
  const t = useTranslations('matrix');
  const panel = useTranslations('panel');
  const name = useCountryName(data);
  const mission = (m: MatrixMission) => {
    const level = [
      panel(`missionLevel.${m.level}`),
      m.state === 'suspended' && t('missionSuspended'),
      m.state === 'closed' && m.level !== 'none' && t('missionClosed'),
    ]
      .filter(Boolean)
      .join(', ');
    const args = { sender: name(m.sender), host: name(m.host), level };
    return m.city ? t('missionCity', { ...args, city: m.city }) : t('mission', args);
  };
  return (cell: MatrixCell) => ({
    title: t('cell', {
      a: name(cell.pair[0]),
      b: name(cell.pair[1]),
      level: t(`levels.${cell.level}`),
    }),
    lines: [
      t('relations', { status: panel(`relationsStatus.${cell.relations}`) }),
      ...cell.missions.map(mission),
    ],
  });
}

/**
 * The pair matrix (`view=matrix`): the dataset's eleven countries against each other on `day`,
 * each cell coloured and marked by its tie level (lib/pair-matrix.ts), with a legend. It is an ARIA
 * grid with one tab stop: the arrow keys, Home and End move between cells, Enter or a click opens
 * the pair on the map, and the focused or hovered cell's tie is spelled out below.
 */
function PairMatrixViewImpl({ data, day, onOpenPair }: PairMatrixViewProps) {
  const t = useTranslations('matrix');
  const locale = useLocale() as DisplayLocale;
  const name = useCountryName(data);
  const describe = useDescribe(data);
  const matrix = useMemo(() => pairMatrix(data, day), [data, day]);
  const counts = useMemo(() => levelCounts(matrix), [matrix]);
  const size = matrix.countries.length;
  const [active, setActive] = useState<[number, number]>([0, 1]);
  const [shown, setShown] = useState<MatrixCell | null>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  const date = formatPartialDate({ value: day, precision: 'day' }, locale);

  const focusCell = (row: number, column: number) => {
    setActive([row, column]);
    gridRef.current?.querySelector<HTMLButtonElement>(`[data-cell="${row}-${column}"]`)?.focus();
  };
  /** Moves along a row or column, stepping over the diagonal, stopping at the edges. */
  const move = (dr: number, dc: number) => {
    let [row, column] = active;
    row += dr;
    column += dc;
    if (row === column) {
      row += dr;
      column += dc;
    }
    if (row >= 0 && row < size && column >= 0 && column < size) focusCell(row, column);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const [row] = active;
    const firstInRow = row === 0 ? 1 : 0;
    const lastInRow = row === size - 1 ? size - 2 : size - 1;
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(0, 1),
      ArrowLeft: () => move(0, -1),
      ArrowDown: () => move(1, 0),
      ArrowUp: () => move(-1, 0),
      Home: () => focusCell(row, firstInRow),
      End: () => focusCell(row, lastInRow),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  const details = shown ? describe(shown) : null;

  return (
    <div className="max-w-full min-w-0 p-4" data-testid="matrix:view">
      <h2 className="text-lg font-semibold">{t('title')}</h2>
      <p className="mt-1 max-w-prose text-sm text-gray-700">{t('intro', { date })}</p>

      <div className="mt-3 flex flex-col gap-3 xl:flex-row xl:items-start">
        {/* Relative: the column headers' screen-reader names are positioned inside it, not the page. */}
        <div
          role="region"
          aria-label={t('regionLabel')}
          className="relative max-w-full shrink-0 overflow-x-auto"
        >
          <table
            ref={gridRef}
            role="grid"
            aria-label={t('gridLabel', { date })}
            onKeyDown={onKeyDown}
            className="border-collapse text-sm"
            data-testid="matrix:grid"
          >
            <thead>
              <tr>
                <td />
                {matrix.countries.map((iso3) => (
                  <th key={iso3} scope="col" className="px-0.5 pb-1 text-xs font-semibold">
                    <span aria-hidden="true">{iso3}</span>
                    <span className="sr-only">{name(iso3)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.cells.map((cells, row) => (
                <tr key={matrix.countries[row]}>
                  <th
                    scope="row"
                    className="max-w-32 pr-2 text-right text-xs leading-tight font-semibold"
                  >
                    {name(matrix.countries[row]!)}
                  </th>
                  {cells.map((cell, column) => {
                    if (!cell) {
                      return (
                        <td key={column} role="gridcell" className="size-8 bg-gray-100 p-0">
                          <span className="sr-only">
                            {t('self', { name: name(matrix.countries[row]!) })}
                          </span>
                        </td>
                      );
                    }
                    const { ink, symbol } = MATRIX_STYLE[cell.level];
                    const isActive = active[0] === row && active[1] === column;
                    const text = describe(cell);
                    return (
                      <td key={column} role="gridcell" className="p-0">
                        <button
                          type="button"
                          tabIndex={isActive ? 0 : -1}
                          aria-label={`${text.title}. ${text.lines.join('. ')}`}
                          title={[text.title, ...text.lines].join('\n')}
                          onClick={() => onOpenPair(cell.pair)}
                          onFocus={() => {
                            setActive([row, column]);
                            setShown(cell);
                          }}
                          onMouseEnter={() => setShown(cell)}
                          data-cell={`${row}-${column}`}
                          data-pair={cell.pair.join('~')}
                          data-level={cell.level}
                          data-testid="matrix:cell"
                          className="flex size-8 items-center justify-center border border-white text-sm focus-visible:outline-3 focus-visible:outline-offset-[-3px] focus-visible:outline-black"
                          style={{ background: cellBackground(cell.level), color: ink }}
                        >
                          <span aria-hidden="true">{symbol}</span>
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <div className="min-w-0 flex-1">
          <div
            aria-live="polite"
            className="min-h-20 max-w-prose rounded border border-gray-200 p-2 text-sm"
            data-testid="matrix:details"
          >
            {details ? (
              <>
                <p className="font-semibold">{details.title}</p>
                <ul className="text-gray-700">
                  {details.lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                <p className="mt-1 text-xs text-gray-600">{t('open')}</p>
              </>
            ) : (
              <p className="text-gray-600">{t('hint')}</p>
            )}
          </div>

          <section aria-label={t('legend')} className="mt-3">
            <h3 className="text-sm font-semibold">{t('legend')}</h3>
            <ul className="mt-1 grid gap-1 text-sm sm:grid-cols-2" data-testid="matrix:legend">
              {TIE_LEVELS.map((level) => (
                <li key={level} className="flex items-center gap-2">
                  <Swatch level={level} />
                  {t('levelCount', { label: t(`levels.${level}`), count: counts[level] })}
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </div>
  );
}

export const PairMatrixView = memo(PairMatrixViewImpl);
