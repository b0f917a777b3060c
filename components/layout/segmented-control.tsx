import { cn } from '@/lib/cn';

export interface SegmentOption<V extends string> {
  value: V;
  label: string;
  /** Language of the label, when it differs from the page's (the language switch). */
  lang?: string;
}

/** A row of toggle buttons of which exactly one is pressed (view, language). */
export function SegmentedControl<V extends string>({
  label,
  options,
  value,
  onChange,
  testIdPrefix,
}: {
  label: string;
  options: readonly SegmentOption<V>[];
  value: V;
  onChange: (value: V) => void;
  testIdPrefix: string;
}) {
  return (
    <div
      role="group"
      aria-label={label}
      className="flex shrink-0 overflow-hidden rounded ring-1 ring-gray-300"
    >
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          lang={option.lang}
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
          data-testid={`${testIdPrefix}:${option.value}`}
          className={cn(
            'px-2.5 py-1 text-sm font-semibold',
            option.value === value
              ? 'bg-gray-800 text-white'
              : 'bg-white text-gray-800 hover:bg-gray-100',
          )}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
