'use client';

import { NuqsAdapter } from 'nuqs/adapters/next/app';
import type { ReactNode } from 'react';
import { orderQuery } from '@/lib/search-params';

/** nuqs for the App Router, writing every address in the contract's key order (docs/links.md). */
export function UrlAdapter({ children }: { children: ReactNode }) {
  return <NuqsAdapter processUrlSearchParams={orderQuery}>{children}</NuqsAdapter>;
}
