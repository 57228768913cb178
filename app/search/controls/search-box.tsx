'use client';

import { useCallback, useEffect, useRef } from 'react';
import { useSearchRoute } from '@/app/search/instantsearch/use-route';
import { setQuery } from '@/lib/search-page/route-ops';
import { SearchTips } from './search-tips';

/** Leading-edge throttle: a lone keystroke searches at once; bursts coalesce to ~1 per 30 ms. */
const MIN_INTERVAL_MS = 30;

export function SearchBox() {
  const { route, go, latest } = useSearchRoute((r) => r.q);
  const query = route.q;
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const search = useCallback(
    (q: string) => {
      clearTimeout(timer.current);
      const wait = last.current + MIN_INTERVAL_MS - performance.now();
      const run = () => {
        last.current = performance.now();
        // The same text (Enter on an unchanged box) searches nothing new.
        if (latest().q !== q) go((r) => setQuery(r, q));
      };
      if (wait <= 0) run();
      else timer.current = setTimeout(run, wait);
    },
    [go, latest],
  );
  /*
   * Uncontrolled: a controlled input re-renders on every keystroke, and React's render would
   * run before the search request leaves.
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
        search(input.current?.value ?? '');
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
        onChange={(e) => search(e.target.value)}
      />
      <SearchTips />
    </form>
  );
}
