'use client';

import { useTranslations } from '@/components/i18n/use-translations';
import { useEffect, useEffectEvent, useId, useMemo, useRef, useState } from 'react';
import { cn } from '@/lib/cn';
import type * as Search from '@/lib/country-search';
import type { Dataset } from '@/lib/data/schema';
import { useCountryName } from '../i18n/use-country-name';
import { useReportLoadFailure } from '../layout/load-failure-boundary';

/**
 * Country search, following the WAI-ARIA combobox pattern (list autocomplete): type, move with the
 * arrow keys, Enter selects, Escape clears. Written by hand (~80 lines) rather than pulling in a
 * component library, to stay inside the first-load JavaScript budget.
 */
type SearchModule = typeof Search;
/** The matcher, once loaded: kept for the page's life. */
let loadedSearch: SearchModule | null = null;

export function CountrySearch({
  data,
  onSelect,
}: {
  data: Dataset;
  onSelect: (iso3: string) => void;
}) {
  const t = useTranslations('search');
  const name = useCountryName(data);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  // The matcher loads when the field is first focused or pointed at, not with the page.
  const [search, setSearch] = useState(loadedSearch);
  const [wanted, setWanted] = useState(false);
  const reportLoadFailure = useReportLoadFailure();
  // Enter pressed before the matcher arrived: the first match is chosen once it has.
  const pendingEnter = useRef(false);
  const id = useId();
  const choose = (iso3: string) => {
    onSelect(iso3);
    setQuery('');
    setOpen(false);
  };
  /** Enter before the results were rendered: the first match, once the matcher is here. */
  const chooseFirst = (module: SearchModule) => {
    const first = module.searchCountries(module.searchIndex(data), query)[0];
    if (first) choose(first);
  };

  const onLoaded = useEffectEvent((module: SearchModule) => {
    setSearch(module);
    if (!pendingEnter.current) return;
    pendingEnter.current = false;
    chooseFirst(module);
  });
  useEffect(() => {
    if (!wanted || search) return;
    let live = true;
    import('@/lib/country-search')
      .then((module) => {
        loadedSearch = module;
        if (live) onLoaded(module);
      })
      .catch((error: unknown) => live && reportLoadFailure(error));
    return () => {
      live = false;
    };
  }, [wanted, search, reportLoadFailure]);
  const index = useMemo(() => search?.searchIndex(data) ?? null, [search, data]);
  const results = useMemo(
    () => (search && index ? search.searchCountries(index, query) : null),
    [search, index, query],
  );
  const shown = results ?? [];
  const expanded = open && shown.length > 0;

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
        onFocus={() => setWanted(true)}
        onPointerEnter={() => setWanted(true)}
        onChange={(event) => {
          setWanted(true);
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && shown.length > 0) {
            event.preventDefault();
            setOpen(true);
            setActive((i) => (i + 1) % shown.length);
          } else if (event.key === 'ArrowUp' && shown.length > 0) {
            event.preventDefault();
            setActive((i) => (i - 1 + shown.length) % shown.length);
          } else if (event.key === 'Enter' && expanded) {
            event.preventDefault();
            choose(shown[active]!);
          } else if (event.key === 'Enter' && results === null && query.trim()) {
            event.preventDefault();
            // The matcher may have arrived since this render: use it rather than wait for a
            // pending Enter that nothing would take up (it is taken up only on arrival).
            if (loadedSearch) chooseFirst(loadedSearch);
            else pendingEnter.current = true;
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
        {shown.map((iso3, i) => (
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
        {open && query && results ? t('count', { count: results.length }) : ''}
      </p>
    </div>
  );
}
