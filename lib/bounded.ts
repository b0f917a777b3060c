/** Longer link values are never valid and are ignored unread (a pasted essay, binary junk). */
export const MAX_VALUE_LENGTH = 120;

/** Wraps a parse function so over-long input is rejected before any work. */
export function bounded<T>(parse: (value: string) => T | null): (value: string) => T | null {
  return (value) => (value.length > MAX_VALUE_LENGTH ? null : parse(value));
}
