'use client';

import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';
import type { useDisclosureMenu } from './use-disclosure-menu';

export interface DisclosureMenuProps {
  menu: ReturnType<typeof useDisclosureMenu>;
  /** Text of the button that opens the panel. */
  label: string;
  /** Accessible name of the panel. */
  panelLabel: string;
  /** Prefix of the test ids: `<prefix>:button`, `<prefix>:panel`, `<prefix>:status`. */
  testId: string;
  /** Runs when the panel opens (e.g. to read the date for a citation). */
  onOpen?: () => void;
  /**
   * The panel's code, loaded when a pointer comes over the button or it gets focus, before any
   * press. A failure then is let go: opening the panel asks for the code again, and a failure
   * there gets the page's message and reload (components/layout/load-failure-boundary.tsx).
   */
  loadAhead?: () => Promise<unknown>;
  className?: string;
  panelClassName: string;
  children: ReactNode;
}

/**
 * The shell of the Share and Export menus: the disclosure button, its panel, and the status line
 * (shown in the panel, announced politely to screen readers).
 */
export function DisclosureMenu({
  menu,
  label,
  panelLabel,
  testId,
  onOpen,
  loadAhead,
  className,
  panelClassName,
  children,
}: DisclosureMenuProps) {
  const { panelId, open, setOpen, close, announcement, rootRef, buttonRef, onKeyDown } = menu;
  const onIntent = loadAhead && (() => void loadAhead().catch(() => {}));
  return (
    <div ref={rootRef} className={cn('relative', className)} onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        data-testid={`${testId}:button`}
        onPointerEnter={onIntent}
        onFocus={onIntent}
        onClick={() => {
          if (open) return close(false);
          onOpen?.();
          setOpen(true);
        }}
        className="rounded px-2.5 py-1 text-sm font-semibold text-gray-800 ring-1 ring-gray-300 hover:bg-gray-100"
      >
        {label}
      </button>
      <div
        id={panelId}
        role="group"
        aria-label={panelLabel}
        hidden={!open}
        data-testid={`${testId}:panel`}
        className={cn(
          'absolute right-0 z-20 mt-2 rounded-md border border-gray-200 bg-white text-left shadow-lg',
          panelClassName,
        )}
      >
        {children}
        {announcement && (
          <p aria-hidden="true" className="px-1 pt-1 text-sm text-gray-700">
            {announcement.text}
          </p>
        )}
      </div>
      <p role="status" className="sr-only" data-testid={`${testId}:status`}>
        {announcement && <span key={announcement.key}>{announcement.text}</span>}
      </p>
    </div>
  );
}
