'use client';

import { useTranslations } from '@/components/i18n/use-translations';
import { type PointerEvent, useId, useRef, useState } from 'react';
import { type YearCount, yearRange } from '@/lib/events-table';

const BAR = 10;
const GAP = 2;
const CHART_HEIGHT = 56;
const LABEL_HEIGHT = 14;

export interface YearHistogramProps {
  counts: readonly YearCount[];
  /** The range set now (`from`, `to`), null ends open. */
  from: string | null;
  to: string | null;
  /** Sets the range; a null end is open (its key leaves the link). */
  onRangeChange: (range: { from: string | null; to: string | null }) => void;
}

const yearOf = (day: string | null) => (day === null ? null : Number(day.slice(0, 4)));

/**
 * Counts by year as small bars, which double as a range brush: drag across the bars with a
 * pointer, or move the two year sliders below with the keyboard, to set `from` and `to` to whole
 * years. The bars are an image with a text alternative (a summary and the count of every year with
 * events); the sliders are native range inputs, so every browser and screen reader knows them.
 */
export function YearHistogram({ counts, from, to, onRangeChange }: YearHistogramProps) {
  const t = useTranslations('events');
  const id = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const first = counts[0]?.year ?? 0;
  const last = counts.at(-1)?.year ?? 0;
  const max = Math.max(1, ...counts.map((c) => c.count));
  const peak = counts.reduce((best, c) => (c.count > best.count ? c : best), counts[0]!);
  const width = counts.length * (BAR + GAP);

  const fromYear = yearOf(from) ?? first;
  const toYear = yearOf(to) ?? last;
  const [low, high] = drag
    ? [Math.min(drag.start, drag.end), Math.max(drag.start, drag.end)]
    : [Math.min(fromYear, toYear), Math.max(fromYear, toYear)];

  const yearAt = (clientX: number) => {
    const box = svgRef.current!.getBoundingClientRect();
    const index = Math.floor(((clientX - box.left) / box.width) * counts.length);
    return first + Math.min(counts.length - 1, Math.max(0, index));
  };
  /** Whole years; an end at the axis's edge stays open, so the default range writes no key. */
  const commit = (a: number, b: number) => {
    const range = yearRange(a, b);
    onRangeChange({
      from: Math.min(a, b) <= first ? null : range.from,
      to: Math.max(a, b) >= last ? null : range.to,
    });
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    const year = yearAt(event.clientX);
    setDrag({ start: year, end: year });
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (drag) setDrag({ ...drag, end: yearAt(event.clientX) });
  };
  const onPointerUp = () => {
    if (drag) commit(drag.start, drag.end);
    setDrag(null);
  };

  return (
    <figure className="mt-3" data-testid="events:histogram">
      <figcaption id={`${id}-label`} className="text-sm font-semibold">
        {t('histogramLabel')}
      </figcaption>
      <svg
        ref={svgRef}
        role="img"
        aria-labelledby={`${id}-label ${id}-summary`}
        viewBox={`0 0 ${width} ${CHART_HEIGHT + LABEL_HEIGHT}`}
        preserveAspectRatio="none"
        className="mt-1 h-20 w-full cursor-col-resize touch-none select-none"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(null)}
        data-testid="events:histogram-chart"
      >
        {counts.map(({ year, count }, index) => {
          const height = count === 0 ? 0 : Math.max(2, (count / max) * (CHART_HEIGHT - 10));
          const x = index * (BAR + GAP);
          const inRange = year >= low && year <= high;
          return (
            <g key={year} data-year={year} data-in-range={inRange}>
              <rect
                x={x}
                y={CHART_HEIGHT - height}
                width={BAR}
                height={height}
                className={inRange ? 'fill-blue-800' : 'fill-gray-300'}
              />
              {year % 5 === 0 && (
                <text
                  x={x + BAR / 2}
                  y={CHART_HEIGHT + LABEL_HEIGHT - 3}
                  textAnchor="middle"
                  className="fill-gray-700 text-[9px]"
                >
                  {year}
                </text>
              )}
            </g>
          );
        })}
        <line x1={0} x2={width} y1={CHART_HEIGHT} y2={CHART_HEIGHT} className="stroke-gray-400" />
      </svg>
      <p id={`${id}-summary`} className="sr-only">
        {t('histogramSummary', { first, last, peak: peak.year, count: peak.count })}
      </p>
      <ul className="sr-only">
        {counts
          .filter((c) => c.count > 0)
          .map(({ year, count }) => (
            <li key={year}>{t('yearCount', { year, count })}</li>
          ))}
      </ul>
      <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <YearSlider
          label={t('fromYear')}
          value={fromYear}
          min={first}
          max={last}
          onChange={(year) => commit(year, Math.max(year, toYear))}
          testId="events:from-year"
        />
        <YearSlider
          label={t('toYear')}
          value={toYear}
          min={first}
          max={last}
          onChange={(year) => commit(Math.min(year, fromYear), year)}
          testId="events:to-year"
        />
        <p className="text-xs text-gray-600">{t('histogramHint')}</p>
      </div>
    </figure>
  );
}

function YearSlider({
  label,
  value,
  min,
  max,
  onChange,
  testId,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (year: number) => void;
  testId: string;
}) {
  return (
    <label className="flex items-center gap-2">
      <span>{label}</span>
      <input
        type="range"
        min={min}
        max={max}
        step={1}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
        className="w-32"
        data-testid={testId}
      />
      <output className="w-10 tabular-nums">{value}</output>
    </label>
  );
}
