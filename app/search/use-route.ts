'use client';

import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { useInstantSearchContext } from 'react-instantsearch';
import { routeToUiState, uiStateToRoute } from '@/lib/search/ui-state';
import type { SearchRoute } from '@/lib/search/url-state';

export const IndexUidContext = createContext('articles');

type Search = ReturnType<typeof useInstantSearchContext>;

interface RouteStore {
  get: () => SearchRoute;
  subscribe: (listener: () => void) => () => void;
}

/*
 * One subscription per search, shared by every component. InstantSearch emits `render` on each
 * status change (loading, stalled, idle) as well as on results; useInstantSearch re-rendered every
 * consumer each time. Here listeners run only when the route itself changed.
 */
const stores = new WeakMap<Search, Map<string, RouteStore>>();

function createRouteStore(search: Search, indexUid: string): RouteStore {
  const read = () => uiStateToRoute(search.getUiState()[indexUid] ?? {}, indexUid);
  let route = read();
  let key = JSON.stringify(route);
  const listeners = new Set<() => void>();
  const refresh = () => {
    const next = read();
    const nextKey = JSON.stringify(next);
    if (nextKey === key) return;
    route = next;
    key = nextKey;
    for (const listener of listeners) listener();
  };
  return {
    get: () => route,
    subscribe(listener) {
      if (listeners.size === 0) search.addListener('render', refresh);
      listeners.add(listener);
      refresh();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) search.removeListener('render', refresh);
      };
    },
  };
}

function routeStore(search: Search, indexUid: string): RouteStore {
  let byIndex = stores.get(search);
  if (!byIndex) stores.set(search, (byIndex = new Map<string, RouteStore>()));
  let store = byIndex.get(indexUid);
  if (!store) byIndex.set(indexUid, (store = createRouteStore(search, indexUid)));
  return store;
}

/** The search state as our URL model, and a way to move to another state. */
export function useSearchRoute(): {
  route: SearchRoute;
  go: (next: SearchRoute) => void;
  indexUid: string;
} {
  const indexUid = useContext(IndexUidContext);
  const search = useInstantSearchContext();
  const store = routeStore(search, indexUid);
  const route = useSyncExternalStore(store.subscribe, store.get, store.get);
  const go = useCallback(
    (next: SearchRoute) => search.mainIndex.setIndexUiState(() => routeToUiState(next, indexUid)),
    [indexUid, search],
  );
  return { route, go, indexUid };
}
