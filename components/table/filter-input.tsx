'use client';

import { useEffect, useEffectEvent, useId, useState } from 'react';
import { MAX_FILTER_LENGTH, parseFilter } from '@/lib/table-keys';

/** Typing pauses this long before the filter is written to the URL, so it isn't hammered. */
export const FILTER_DEBOUNCE_MS = 250;

export interface FilterInputProps {
  /** The filter in the URL (`q`), already parsed; null for none. */
  value: string | null;
  /** Called with the parsed filter, FILTER_DEBOUNCE_MS after the last keystroke. */
  onChange: (q: string | null) => void;
  label: string;
  hint: string;
}

/**
 * A labelled search box for the table filter. What the user types shows at once and reaches the
 * URL after a pause; a filter changed from outside (Back, Forward) replaces the text.
 */
export function FilterInput({ value, onChange, label, hint }: FilterInputProps) {
  const id = useId();
  const [text, setText] = useState(value ?? '');
  // The filter last sent from here or last taken from outside: an echo of our own update keeps
  // the text (the user may have typed on meanwhile), any other change replaces it.
  const [known, setKnown] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== known) {
      setKnown(value);
      setText(value ?? '');
    }
  }

  const send = useEffectEvent((next: string | null) => {
    setKnown(next);
    onChange(next);
  });
  useEffect(() => {
    const next = parseFilter(text);
    if (next === value) return;
    const timer = setTimeout(() => send(next), FILTER_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value]);

  return (
    <div className="flex max-w-full min-w-0 flex-col gap-1">
      <label htmlFor={`${id}-input`} className="text-sm font-semibold">
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        value={text}
        maxLength={MAX_FILTER_LENGTH}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setText(event.target.value)}
        className="w-72 max-w-full rounded border border-gray-400 bg-white px-2 py-1 text-sm"
        data-testid="table:filter"
      />
      <p id={`${id}-hint`} className="text-xs text-gray-600">
        {hint}
      </p>
    </div>
  );
}
