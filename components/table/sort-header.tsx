import { cn } from '@/lib/cn';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

export interface SortHeaderProps {
  label: string;
  /** The column's sort direction, or null when the table is sorted by another column. */
  direction: 'asc' | 'desc' | null;
  /** Called when the header is activated: the caller picks the next sort. */
  onSort: () => void;
  testId: string;
  /** A short line under the label ("of 11"). */
  note?: string;
  className?: string;
}

/**
 * A sortable column header: a button inside the `th`, whose `aria-sort` says how the table is
 * sorted now (the country table and the events table share it).
 */
export function SortHeader({ label, direction, onSort, testId, note, className }: SortHeaderProps) {
  return (
    <th
      scope="col"
      aria-sort={direction ? ARIA_SORT[direction] : 'none'}
      className={cn('px-2 py-2 align-bottom font-semibold', className)}
      data-testid={testId}
    >
      <button
        type="button"
        onClick={onSort}
        className="inline-flex items-baseline gap-1 text-left font-semibold hover:underline"
      >
        {label}
        <span aria-hidden="true" className={cn('text-xs', !direction && 'text-gray-500')}>
          {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
        </span>
      </button>
      {note && <span className="block text-xs font-normal text-gray-600">{note}</span>}
    </th>
  );
}
