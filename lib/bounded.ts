/** Longer link values are never valid and are ignored unread (a pasted essay, binary junk). */
export const MAX_VALUE_LENGTH = 120;

/** Wraps a parse function so over-long input is rejected before any work. */
export function bounded<T>(parse: (value: string) => T | null): (value: string) => T | null {
  return (value) => (value.length > MAX_VALUE_LENGTH ? null : parse(value));
}

/**
 * Bidirectional-text controls (embeddings, overrides, isolates and the invisible marks). In echoed
 * input they reorder the text around them (U+202E makes "ignored" read backwards), so input is
 * never echoed with them.
 */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
