'use client';

import { useCallback, useMemo, useRef, useState } from 'react';
import { Configure } from 'react-instantsearch';
import { InstantSearchNext } from 'react-instantsearch-nextjs';
import { adoptCountryNames } from '@/lib/display-names';
import { HIT_SEARCH_PARAMS } from '@/lib/search/hit-view';
import { refinementChips } from '@/lib/search-page/route-ops';
import { CurrentRefinements } from '@/app/search/controls/current-refinements';
import { Pager } from '@/app/search/controls/pager';
import { PerPageSelect } from '@/app/search/controls/per-page-select';
import { SearchBox } from '@/app/search/controls/search-box';
import { SortSelect } from '@/app/search/controls/sort-select';
import type { FacetSeed } from '@/lib/search/facet-plan';
import { Facets } from './facets';
import { useDrawerFocus } from './drawer-focus';
import { focusResults } from './focus-results';
import { ResultLinks } from './result-links';
import { FacetSeedContext } from './use-facet-counts';
import { RouteWidget } from '@/app/search/instantsearch/route-widget';
import { valueLabel } from './labels';
import { Results } from '@/app/search/results/results';
import { Stats } from '@/app/search/results/stats';
import { createRouting, useUrlWatch } from '@/app/search/instantsearch/routing';
import { createSearchClient } from '@/app/search/instantsearch/search-client';
import { IndexUidContext, useSearchRoute } from '@/app/search/instantsearch/use-route';
import { UrlProblems } from './url-problems';
import { useHydrated } from './use-hydrated';
import { useSearchWarmUp } from './warm-up';

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
