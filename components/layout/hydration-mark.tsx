'use client';

import { useEffect } from 'react';

/**
 * Marks the document once React has hydrated it (`<html data-hydrated="true">`). Controls in the
 * server's HTML do nothing until then; the end-to-end tests wait for the mark before pressing keys
 * on them (tests/e2e/atlas-driver.ts `gotoHydrated`).
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
