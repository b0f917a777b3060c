'use client';

import { useTranslations } from 'next-intl';
import { useId, useMemo, useState } from 'react';
import { cn } from '@/lib/cn';
import { searchCountries, searchIndex } from '@/lib/country-search';
import type { Dataset } from '@/lib/data/schema';
import { useCountryName } from '../i18n/use-country-name';

/**
 * Country search, following the WAI-ARIA combobox pattern (list autocomplete): type, move with the
 * arrow keys, Enter selects, Escape clears. Written by hand (~80 lines) rather than pulling in a
 * component library, to stay inside the first-load JavaScript budget.
 */
export function CountrySearch({
  data,
  onSelect,
}: {
  data: Dataset;
  onSelect: (iso3: string) => void;
}) {
  const t = useTranslations('search');
  const name = useCountryName(data);
  const index = useMemo(() => searchIndex(data), [data]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const id = useId();
  const results = useMemo(() => searchCountries(index, query), [index, query]);
  const expanded = open && results.length > 0;

  const choose = (iso3: string) => {
    onSelect(iso3);
    setQuery('');
    setOpen(false);
  };

  return (
    <div className="relative w-56 max-w-full">
      <label htmlFor={`${id}-input`} className="sr-only">
        {t('label')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded ? `${id}-option-${active}` : undefined}
        placeholder={t('placeholder')}
        autoComplete="off"
        value={query}
        data-testid="search:input"
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && results.length > 0) {
            event.preventDefault();
            setOpen(true);
            setActive((i) => (i + 1) % results.length);
          } else if (event.key === 'ArrowUp' && results.length > 0) {
            event.preventDefault();
            setActive((i) => (i - 1 + results.length) % results.length);
          } else if (event.key === 'Enter' && expanded) {
            event.preventDefault();
            choose(results[active]!);
          } else if (event.key === 'Escape') {
            // Keep Escape from also closing the country panel.
            event.stopPropagation();
            setQuery('');
            setOpen(false);
          }
        }}
        className="w-full rounded border border-gray-400 px-2 py-1 text-sm"
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={t('results')}
        hidden={!expanded}
        className="absolute z-20 mt-1 w-full rounded border border-gray-300 bg-white py-1 text-sm shadow-lg"
      >
        {results.map((iso3, i) => (
          <li
            key={iso3}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: it fires before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(iso3);
            }}
            className={cn('cursor-pointer px-2 py-1', i === active && 'bg-blue-100')}
          >
            {name(iso3)}
          </li>
        ))}
      </ul>
      <p className="sr-only" aria-live="polite">
        {open && query ? t('count', { count: results.length }) : ''}
      </p>
    </div>
  );
}
