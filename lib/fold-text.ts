/**
 * Text as the app's searches compare it (the country search, the table filter): lower case, no
 * diacritics or other combining marks ("ё" finds "е", "ş" finds "s"), no apostrophes or okina
 * ("Oʻzbekiston" finds "ozbekiston"), and every dash as a hyphen ("US–Uzbekistan" finds
 * "US-Uzbekistan").
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’ʻʼ`]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
}
