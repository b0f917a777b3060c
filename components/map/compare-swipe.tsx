'use client';

import { type KeyboardEvent, type PointerEvent, useRef } from 'react';

/** One arrow key press moves the swipe this many percent of the map's width; Page keys more. */
const STEP = 5;
const PAGE_STEP = 25;

export interface CompareSwipeProps {
  /** Where the line between the two maps is, in percent of the width from the left. */
  position: number;
  onChange: (position: number) => void;
  /** Accessible name of the handle, and what its position means in words. */
  label: string;
  valueText: string;
}

function clamp(value: number): number {
  return Math.min(100, Math.max(0, value));
}

/**
 * The line between the compare view's two maps, with a handle that a mouse, a finger or the
 * keyboard moves: a slider for assistive technology (arrows, Page Up/Down, Home, End).
 */
export function CompareSwipe({ position, onChange, label, valueText }: CompareSwipeProps) {
  const dragging = useRef(false);

  const moveTo = (event: PointerEvent<HTMLElement>) => {
    const box = event.currentTarget.closest('[data-compare]')?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    onChange(clamp(((event.clientX - box.left) / box.width) * 100));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const next: Record<string, number> = {
      ArrowLeft: position - STEP,
      ArrowDown: position - STEP,
      ArrowRight: position + STEP,
      ArrowUp: position + STEP,
      PageDown: position - PAGE_STEP,
      PageUp: position + PAGE_STEP,
      Home: 0,
      End: 100,
    };
    const value = next[event.key];
    if (value === undefined) return;
    // The map under the handle must not pan with the same keys.
    event.preventDefault();
    event.stopPropagation();
    onChange(clamp(value));
  };

  return (
    <div
      className="pointer-events-none absolute inset-y-0 z-20 w-0.5 bg-white shadow-[0_0_0_1px_rgb(0_0_0/0.3)]"
      style={{ left: `${position}%` }}
      data-testid="compare:line"
    >
      <div
        role="slider"
        tabIndex={0}
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(position)}
        aria-valuetext={valueText}
        aria-orientation="horizontal"
        onKeyDown={onKeyDown}
        onPointerDown={(event) => {
          dragging.current = true;
          event.currentTarget.setPointerCapture(event.pointerId);
        }}
        onPointerMove={(event) => {
          if (dragging.current) moveTo(event);
        }}
        onPointerUp={() => {
          dragging.current = false;
        }}
        onPointerCancel={() => {
          dragging.current = false;
        }}
        data-testid="compare:handle"
        className="pointer-events-auto absolute top-1/2 left-0 flex size-11 -translate-x-1/2 -translate-y-1/2 cursor-ew-resize touch-none items-center justify-center rounded-full bg-blue-800 text-lg leading-none font-bold text-white shadow ring-2 ring-white select-none focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-400"
      >
        <span aria-hidden="true">⟷</span>
      </div>
    </div>
  );
}
