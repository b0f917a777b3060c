'use client';

import { useEffect } from 'react';
import type { Lang } from '@/lib/search-params';

/**
 * Keeps `<html lang>` on the view's language. The server writes it (app/layout.tsx), but a
 * language switch re-renders the page, not the root layout, so the client updates it here.
 */
export function useDocumentLang(lang: Lang): void {
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
}
