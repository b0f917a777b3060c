'use client';

import { type KeyboardEvent, useEffect, useEffectEvent, useId, useRef } from 'react';
import { cn } from '@/lib/cn';

export interface TickListItem {
  day: string;
  /** The tick's date as the UI writes it. */
  date: string;
  /** Its events' titles. */
  events: readonly string[];
}

/**
 * The events of a cluster of ticks too close to tap apart, as a small dialog over the tick row:
 * one button per day, focus on the first, arrows move, Escape or a press outside closes and
 * focus returns to the cluster.
 */
export function TickList({
  label,
  items,
  current,
  onChoose,
  onClose,
}: {
  label: string;
  items: readonly TickListItem[];
  /** The day shown now, marked in the list. */
  current: string;
  onChoose: (day: string) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const close = useEffectEvent(onClose);

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Element;
      // The cluster's own button toggles the list itself.
      if (!ref.current?.contains(target) && !target.closest?.('[aria-haspopup]')) {
        close();
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const move: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: buttons.length - 1,
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key in move) {
      event.preventDefault();
      event.stopPropagation();
      buttons[Math.min(buttons.length - 1, Math.max(0, move[event.key]!))]?.focus();
    } else if (event.key === 'Tab') {
      // Leaving the list closes it, as a press outside does.
      onClose();
    }
  }

  return (
    <div
      ref={ref}
      role="dialog"
      aria-labelledby={headingId}
      data-testid="timeline:tick-list"
      onKeyDown={onKeyDown}
      className="absolute bottom-full left-0 z-20 mb-1 max-h-64 w-full max-w-sm overflow-y-auto rounded border border-gray-300 bg-white p-1 text-sm shadow-lg"
    >
      <p id={headingId} className="px-2 py-1 text-xs font-semibold text-gray-700">
        {label}
      </p>
      <ul>
        {items.map((item) => (
          <li key={item.day}>
            <button
              type="button"
              aria-current={item.day === current ? 'date' : undefined}
              onClick={() => onChoose(item.day)}
              className={cn(
                'block w-full rounded px-2 py-1 text-left hover:bg-gray-100 focus-visible:bg-gray-100',
                item.day === current && 'font-semibold',
              )}
            >
              <span className="font-semibold tabular-nums">{item.date}</span>
              <span className="block text-gray-700">{item.events.join('; ')}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
