/**
 * Number formats by locale and options, each built once and kept: building an
 * `Intl.NumberFormat` costs far more than formatting with it, and panels format amounts,
 * percentages and coordinates for every fact on every render (and every request on the server).
 */
const FORMATS = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    FORMATS.set(key, format);
  }
  return format;
}
