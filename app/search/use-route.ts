'use client';

import { createContext, useCallback, useContext } from 'react';
import { useInstantSearch } from 'react-instantsearch';
import { routeToUiState, uiStateToRoute } from '@/lib/search/ui-state';
import type { SearchRoute } from '@/lib/search/url-state';

export const IndexUidContext = createContext('articles');

/** The search state as our URL model, and a way to move to another state. */
export function useSearchRoute(): {
  route: SearchRoute;
  go: (next: SearchRoute) => void;
  indexUid: string;
} {
  const indexUid = useContext(IndexUidContext);
  const { indexUiState, setIndexUiState } = useInstantSearch();
  const route = uiStateToRoute(indexUiState, indexUid);
  const go = useCallback(
    (next: SearchRoute) => setIndexUiState(() => routeToUiState(next, indexUid)),
    [indexUid, setIndexUiState],
  );
  return { route, go, indexUid };
}
