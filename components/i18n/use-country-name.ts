'use client';

import { useLocale } from 'next-intl';
import { useCallback } from 'react';
import type { DisplayLocale } from '@/lib/data/dates';
import { countryName } from '@/lib/data/queries';
import type { Dataset } from '@/lib/data/schema';

/** `(iso3) => name` in the UI language. */
export function useCountryName(data: Dataset): (iso3: string) => string {
  const locale = useLocale() as DisplayLocale;
  return useCallback((iso3: string) => countryName(data, iso3, locale), [data, locale]);
}
