'use client';

import { usePathname } from 'next/navigation';
import { useCallback, useEffect, useId, useRef } from 'react';
import { useHitsPerPage, usePagination, useSearchBox, useSortBy } from 'react-instantsearch';
import { clearFilters, refinementChips } from '@/lib/search-page/route-ops';
import { DEFAULT_PER_PAGE, PER_PAGE } from '@/lib/search/search-route';
import { toQueryString } from '@/lib/search-page/url-state';
import { SORT_NAMES, SORTS } from '@/lib/schema/sorts';
import { sortIndex } from '@/app/search/instantsearch/ui-state';
import { focusResults } from './focus-results';
import { valueLabel } from './labels';
import { useSearchRoute } from '@/app/search/instantsearch/use-route';

/** Leading-edge throttle: a lone keystroke searches at once; bursts coalesce to ~1 per 30 ms. */
const MIN_INTERVAL_MS = 30;

export function SearchBox() {
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Stable identity: a new hook function would re-create the widget on every render.
  const queryHook = useCallback((q: string, search: (value: string) => void) => {
    clearTimeout(timer.current);
    const wait = last.current + MIN_INTERVAL_MS - performance.now();
    const run = () => {
      last.current = performance.now();
      search(q);
    };
    if (wait <= 0) run();
    else timer.current = setTimeout(run, wait);
  }, []);
  const { query, refine } = useSearchBox({ queryHook });
  /*
   * Uncontrolled: a controlled input re-rendered on every keystroke, and React's render ran
   * before the search request left (both wait on the same microtask queue).
   */
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const el = input.current;
    if (el && document.activeElement !== el && el.value !== query) el.value = query;
  }, [query]);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <form
      role="search"
      className="search-form"
      onSubmit={(e) => {
        e.preventDefault();
        refine(input.current?.value ?? '');
      }}
    >
      <label htmlFor="q" className="visually-hidden">
        Search the archive
      </label>
      <input
        ref={input}
        id="q"
        type="search"
        defaultValue={query}
        autoComplete="off"
        spellCheck={false}
        maxLength={512}
        placeholder="Search the archive"
        onChange={(e) => refine(e.target.value)}
      />
      <button
        type="button"
        popoverTarget="search-help"
        className="help-button"
        aria-label="Search tips"
      >
        ?
      </button>
      <div id="search-help" popover="auto" className="help-popover">
        <h2>Search tips</h2>
        <ul>
          <li>
            <code>&quot;new caledonia&quot;</code> finds the exact phrase in the title, lead or
            body.
          </li>
          <li>
            <code>kanak -france</code> leaves out articles whose title, lead or body has the word{' '}
            <em>france</em>.
          </li>
          <li>
            Other words also match the names of the countries, organizations and people an article
            is tagged with; a query with a phrase or a <code>-word</code> searches only the text.
          </li>
          <li>
            Newest and Oldest first put every match in date order (undated last), including articles
            that match only some of your words.
          </li>
          <li>Misspellings are tolerated for longer words.</li>
          <li>
            Use the filters to narrow by country, organization, person, source, language or date.
          </li>
        </ul>
      </div>
    </form>
  );
}

export function SortSelect() {
  const { indexUid } = useSearchRoute();
  const { currentRefinement, options, refine } = useSortBy({
    items: SORT_NAMES.map((s) => ({ label: SORTS[s].label, value: sortIndex(indexUid, s) })),
  });
  const id = useId();
  return (
    <span className="control">
      <label htmlFor={id}>Sort</label>
      <select id={id} value={currentRefinement} onChange={(e) => refine(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}

export function PerPageSelect() {
  const { items, refine } = useHitsPerPage({
    items: PER_PAGE.map((n) => ({
      value: n,
      label: `${n} per page`,
      default: n === DEFAULT_PER_PAGE,
    })),
  });
  const id = useId();
  const current = items.find((i) => i.isRefined)?.value ?? DEFAULT_PER_PAGE;
  return (
    <span className="control">
      <label htmlFor={id}>Show</label>
      <select id={id} value={current} onChange={(e) => refine(Number(e.target.value))}>
        {items.map((i) => (
          <option key={i.value} value={i.value}>
            {i.label}
          </option>
        ))}
      </select>
    </span>
  );
}

export function Pager() {
  const { pages, currentRefinement, nbPages, isFirstPage, isLastPage, refine } = usePagination({
    padding: 2,
  });
  const { route } = useSearchRoute();
  const pathname = usePathname();
  // Our own URLs: InstantSearch's createURL rebuilt the whole UI state for every link.
  const createURL = (page: number) => `${pathname}${toQueryString({ ...route, page: page + 1 })}`;
  if (nbPages <= 1) return null;
  // From a page past the end (an old link), "Previous" is the last page that exists.
  const previous = Math.min(currentRefinement - 1, nbPages - 1);
  const go = (p: number) => (e: React.MouseEvent) => {
    e.preventDefault();
    refine(p);
    focusResults();
  };
  return (
    <nav aria-label="Pages" className="pager">
      <ul>
        {!isFirstPage && (
          <li>
            <a href={createURL(previous)} onClick={go(previous)} rel="prev">
              ‹ Previous
            </a>
          </li>
        )}
        {pages.map((p) => (
          <li key={p}>
            <a
              href={createURL(p)}
              onClick={go(p)}
              aria-current={p === currentRefinement ? 'page' : undefined}
              aria-label={`Page ${p + 1}`}
            >
              {p + 1}
            </a>
          </li>
        ))}
        {!isLastPage && (
          <li>
            <a
              href={createURL(currentRefinement + 1)}
              onClick={go(currentRefinement + 1)}
              rel="next"
            >
              Next ›
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

export function CurrentRefinements() {
  const { route, go } = useSearchRoute((r) => refinementChips(r, valueLabel).map((c) => c.key));
  const chips = refinementChips(route, valueLabel);
  if (chips.length === 0) return null;
  return (
    <div className="current-refinements" aria-label="Active filters" role="region">
      <ul>
        {chips.map((c) => (
          <li key={c.key}>
            <button
              type="button"
              className="refinement"
              onClick={() => go(c.remove)}
              aria-label={`Remove ${c.label}`}
            >
              {c.label} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => go(clearFilters)}>
        Clear all
      </button>
    </div>
  );
}
