import type { UiState } from 'instantsearch.js';
import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { SITE_TITLE, searchTitle, withSiteName } from '@/lib/search-page/page-title';
import { routeToUiState, uiStateToRoute } from './ui-state';
import { parseSearchParams, toQueryString } from '@/lib/search-page/url-state';
import { type SearchRoute } from '@/lib/search/search-route';
import { valueLabel } from '@/app/search/labels';
import { rememberSearch } from '@/app/search/last-search';

/*
 * The tab, history entries and bookmarks name the search in the URL. Set when the URL is written
 * or changes, not per keystroke: a title change is work for the browser process, which also
 * carries the keystroke's request (docs/decisions.md).
 */
function nameDocument(href: string): void {
  rememberSearch(href);
  const url = new URL(href);
  if (url.pathname !== '/') return;
  const title = searchTitle(parseSearchParams(url.searchParams).route, valueLabel);
  document.title = title ? withSiteName(title) : SITE_TITLE;
}

/** InstantSearch routing over our clean URL parameters (see lib/search-page/url-state.ts). */
export function createRouting(indexUid: string) {
  let written: string | undefined;
  let update: (() => void) | undefined;
  return {
    router: {
      cleanUrlOnDispose: false,
      // Ours, to know the URL we wrote. The library's skipped writes after dispose; with
      // cleanUrlOnDispose false, InstantSearch asks for none then.
      push(url: string) {
        history.pushState({}, '', url);
        written = new URL(url, location.href).href;
        nameDocument(written);
      },
      // Takes the place of react-instantsearch-nextjs's URL watcher: see useUrlWatch.
      start(onUpdate: () => void) {
        update = onUpdate;
        if (typeof location !== 'undefined') rememberSearch(location.href);
      },
      // Absolute, like InstantSearch's default: its router skips a write only when the URL equals
      // location.href, so a relative URL pushed a duplicate history entry after each state sync,
      // which also cancelled a link navigation the user had just started.
      createURL({ routeState, location }: { routeState: unknown; location: Location }) {
        return `${location.origin}${location.pathname}${toQueryString(routeState as SearchRoute)}`;
      },
      parseURL({ location }: { location: Location }) {
        return parseSearchParams(new URLSearchParams(location.search)).route as unknown as UiState;
      },
    },
    stateMapping: {
      stateToRoute(uiState: UiState) {
        return uiStateToRoute(uiState[indexUid] ?? {}, indexUid) as unknown as UiState;
      },
      routeToState(route: UiState) {
        return { [indexUid]: routeToUiState(route as unknown as SearchRoute, indexUid) };
      },
    },
    /** Next.js reports a new URL: a link or router.push, or the one written above. */
    urlChanged: () => {
      if (location.href !== written) update?.();
      nameDocument(location.href);
    },
  };
}

/*
 * Only URLs that InstantSearch did not write itself are searched: re-searching its own (possibly
 * stale) writes brings older states back (docs/decisions.md).
 */
export function useUrlWatch(urlChanged: () => void): void {
  const pathname = usePathname();
  const params = useSearchParams();
  const url = `${pathname}?${params?.toString() ?? ''}`;
  const seen = useRef(url);
  useEffect(() => {
    if (seen.current === url) return;
    seen.current = url;
    urlChanged();
  }, [url, urlChanged]);
}
