import type { UiState } from 'instantsearch.js';
import { routeToUiState, uiStateToRoute } from '@/lib/search/ui-state';
import { parseSearchParams, toQueryString, type SearchRoute } from '@/lib/search/url-state';

/** InstantSearch routing over our clean URL parameters (see lib/search/url-state.ts). */
export function createRouting(indexUid: string) {
  return {
    router: {
      cleanUrlOnDispose: false,
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
  };
}
