'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Configure } from 'react-instantsearch';
import { InstantSearchNext } from 'react-instantsearch-nextjs';
import { adoptCountryNames } from '@/lib/display-names';
import { HIT_SEARCH_PARAMS } from '@/lib/search/hit-view';
import { refinementChips } from '@/lib/search-page/route-ops';
import { parseSearchParams } from '@/lib/search-page/url-state';
import { CurrentRefinements } from './controls/current-refinements';
import { Pager } from './controls/pager';
import { PerPageSelect } from './controls/per-page-select';
import { SearchBox } from './controls/search-box';
import { SortSelect } from './controls/sort-select';
import type { FacetSeed } from '@/lib/search/facet-plan';
import { Facets } from './facets';
import { focusResults } from './focus-results';
import { ResultLinks } from './result-links';
import { FacetSeedContext } from './use-facet-counts';
import { RouteWidget } from '@/app/search/instantsearch/route-widget';
import { valueLabel } from './labels';
import { Results } from './results/results';
import { Stats } from './results/stats';
import { createRouting, useUrlWatch } from '@/app/search/instantsearch/routing';
import { createSearchClient } from '@/app/search/instantsearch/search-client';
import { IndexUidContext, useSearchRoute } from '@/app/search/instantsearch/use-route';
import { useHydrated } from './use-hydrated';
import { useSearchWarmUp } from './warm-up';

/**
 * What was wrong with the link the page was opened with. Kept until dismissed: the router soon
 * rewrites the URL without the ignored parameters, which made the notice vanish within a second.
 */
function UrlProblems() {
  const params = useSearchParams();
  const [problems, setProblems] = useState(
    () => parseSearchParams(new URLSearchParams(params?.toString() ?? '')).problems,
  );
  if (problems.length === 0) return null;
  return (
    <div className="notice" role="note" data-testid="url-problems">
      Some link parameters were corrected or ignored: {problems.join('; ')}.{' '}
      <button type="button" onClick={() => setProblems([])}>
        Dismiss
      </button>
    </div>
  );
}

const FOCUSABLE = 'button, input, select, a[href], [tabindex]:not([tabindex="-1"])';

/** The open mobile drawer is modal: focus moves in, Tab stays in, Escape closes, focus returns. */
function useDrawerFocus(
  open: boolean,
  panel: React.RefObject<HTMLElement | null>,
  toggle: React.RefObject<HTMLElement | null>,
  close: () => void,
) {
  useEffect(() => {
    const root = panel.current;
    if (!open || !root) return;
    const opener = toggle.current;
    const visible = () =>
      [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
        (el) => el.getClientRects().length > 0 && !el.hasAttribute('disabled'),
      );
    visible()[0]?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') return close();
      if (e.key !== 'Tab') return;
      const items = visible();
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      const inside = root.contains(document.activeElement);
      if (e.shiftKey && (document.activeElement === first || !inside)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (document.activeElement === last || !inside)) {
        e.preventDefault();
        first.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      opener?.focus();
    };
  }, [open, panel, toggle, close]);
}

/** Widget hooks suspend during server rendering: only leaf components may call them. */
function FilterCount() {
  const { route } = useSearchRoute((r) => refinementChips(r, valueLabel).length);
  const n = refinementChips(route, valueLabel).length;
  return n ? ` (${n})` : '';
}

function SearchWarmUp({ warmUp }: { warmUp: () => Promise<boolean> }) {
  useSearchWarmUp(warmUp);
  return null;
}

/** Subscribes to nothing itself: a new query re-renders only the parts that show it. */
function Layout() {
  const [drawer, setDrawer] = useState(false);
  const hydrated = useHydrated();
  const panel = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const closeDrawer = useCallback(() => setDrawer(false), []);
  useDrawerFocus(drawer, panel, toggle, closeDrawer);
  return (
    <>
      <SearchBox />
      <UrlProblems />
      {/* Past the filters (a dozen stops and more) to the results: no JS needed to work. */}
      <a
        href="#results"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          focusResults();
        }}
      >
        Skip to results
      </a>
      <div className="search-layout" data-hydrated={hydrated}>
        <aside
          ref={panel}
          id="filters"
          aria-label="Filters"
          className={drawer ? 'filters drawer-open' : 'filters'}
          data-testid="filters"
        >
          <div className="drawer-head">
            <h2>Filters</h2>
            <button type="button" onClick={closeDrawer} className="drawer-close">
              Show results
            </button>
          </div>
          <Facets />
        </aside>
        <section aria-label="Results" className="results" id="results" tabIndex={-1}>
          <div className="results-bar">
            <Stats />
            <button
              ref={toggle}
              type="button"
              className="drawer-toggle"
              aria-controls="filters"
              aria-expanded={drawer}
              onClick={() => setDrawer(true)}
            >
              Filters
              <FilterCount />
            </button>
            <SortSelect />
            <PerPageSelect />
          </div>
          <CurrentRefinements />
          <Results />
          <Pager />
          <ResultLinks />
        </section>
      </div>
    </>
  );
}

export function SearchPage({
  indexUid,
  serverOrigin,
  facetSeed,
  countryNames,
}: {
  indexUid: string;
  serverOrigin: string;
  facetSeed: Promise<FacetSeed | null>;
  /** The server's country names: the browser's own differ for some codes (hydration errors). */
  countryNames: Record<string, string>;
}) {
  useState(() => adoptCountryNames(countryNames));
  const { searchClient, warmUp } = useMemo(() => {
    const origin = typeof window === 'undefined' ? serverOrigin : window.location.origin;
    return createSearchClient(origin, indexUid, HIT_SEARCH_PARAMS);
  }, [serverOrigin, indexUid]);
  const routing = useMemo(() => createRouting(indexUid), [indexUid]);
  useUrlWatch(routing.urlChanged);

  return (
    <IndexUidContext.Provider value={indexUid}>
      <FacetSeedContext.Provider value={facetSeed}>
        <InstantSearchNext
          indexName={indexUid}
          searchClient={searchClient}
          routing={routing}
          future={{ preserveSharedStateOnUnmount: true }}
        >
          <Configure {...HIT_SEARCH_PARAMS} />
          <RouteWidget indexUid={indexUid} />
          <SearchWarmUp warmUp={warmUp} />
          <Layout />
        </InstantSearchNext>
      </FacetSeedContext.Provider>
    </IndexUidContext.Provider>
  );
}
