import { type ClassValue, clsx } from 'clsx';

/**
 * Joins class names, skipping false and empty ones. No conflict resolution (tailwind-merge cost
 * ~8 KB gzip on every page for a handful of merges): callers never pass two classes that set the
 * same property.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
