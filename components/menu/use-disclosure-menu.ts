'use client';

import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';

/** A message for the menu's polite live region; the key makes a repeated text be read again. */
export type Announcement = { key: number; text: string } | null;

/**
 * State and behaviour of a disclosure menu (Share, Export): a button that opens a panel, closed by
 * a second press, a press outside, or Escape (which returns focus to the button), plus a live
 * region for what the menu did.
 */
export function useDisclosureMenu() {
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState<Announcement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    setAnnouncement(null);
    if (returnFocus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) {
        setOpen(false);
        setAnnouncement(null);
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const announce = (text: string) =>
    setAnnouncement((previous) => ({ key: (previous?.key ?? 0) + 1, text }));

  /** For the menu's root element: Escape closes an open menu and stays there. */
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      // Keep the dashboard's own Escape (clear the selection) for when the menu is closed.
      event.stopPropagation();
      close(true);
    }
  };

  return { panelId, open, setOpen, close, announcement, announce, rootRef, buttonRef, onKeyDown };
}
