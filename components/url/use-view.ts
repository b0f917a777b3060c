'use client';

import { useQueryStates } from 'nuqs';
import { useMemo } from 'react';
import { type LinkScope, viewParams } from '@/lib/search-params';

/**
 * The view as the address bar has it, read with the server's parsers (lib/search-params.ts) and
 * checked against the same dataset ids, so a value the server ignored is ignored here too and the
 * first client render matches the server's HTML. Writes replace the history entry unless the key
 * declares `push` (docs/links.md, "History").
 */
export function useView(scope: LinkScope) {
  const parsers = useMemo(() => viewParams(scope), [scope]);
  return useQueryStates(parsers);
}
