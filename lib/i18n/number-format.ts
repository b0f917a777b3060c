import { cached } from '@/lib/cached';

/**
 * Number formats by locale and options, each built once and kept: building an
 * `Intl.NumberFormat` costs far more than formatting with it, and panels format amounts,
 * percentages and coordinates for every fact on every render (and every request on the server).
 */
const FORMATS = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(
    FORMATS,
    `${locale} ${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
  );
}
