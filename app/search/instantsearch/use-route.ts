'use client';

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useSyncExternalStore,
} from 'react';
import { useInstantSearchContext } from 'react-instantsearch';
import { routeToUiState, uiStateToRoute } from './ui-state';
import type { SearchRoute } from '@/lib/search/search-route';

export const IndexUidContext = createContext('articles');

export type Search = ReturnType<typeof useInstantSearchContext>;

interface RouteStore {
  get: () => SearchRoute;
  /** Read from InstantSearch now, even between renders. */
  latest: () => SearchRoute;
  subscribe: (listener: () => void) => () => void;
}

/*
 * One subscription per search, shared by every component. InstantSearch emits `render` on each
 * status change (loading, stalled, idle) as well as on results; useInstantSearch re-rendered every
 * consumer each time. Here listeners run only when the route itself changed.
 */
/** The route InstantSearch searches for now: the one place its UI state is read. */
export function currentRoute(search: Search, indexUid: string): SearchRoute {
  return uiStateToRoute(search.getUiState()[indexUid] ?? {}, indexUid);
}

function createRouteStore(search: Search, indexUid: string): RouteStore {
  const read = () => currentRoute(search, indexUid);
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
    latest: read,
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

/** One store per InstantSearch instance and index, created on first use. */
export function storeRegistry<T, A extends unknown[]>(
  create: (search: Search, indexUid: string, ...args: A) => T,
): (search: Search, indexUid: string, ...args: A) => T {
  const stores = new WeakMap<Search, Map<string, T>>();
  return (search, indexUid, ...args) => {
    let byIndex = stores.get(search);
    if (!byIndex) stores.set(search, (byIndex = new Map<string, T>()));
    let store = byIndex.get(indexUid);
    if (store === undefined) byIndex.set(indexUid, (store = create(search, indexUid, ...args)));
    return store;
  };
}

const routeStore = storeRegistry(createRouteStore);

type RouteUpdate = SearchRoute | ((latest: SearchRoute) => SearchRoute);

/** Moves the search to another route (see useSearchRoute). */
export type RouteGo = (next: RouteUpdate) => void;

/**
 * The search state as our URL model, and a way to move to another state. With `depends`, the
 * component re-renders only when that part of the route changes (a keystroke changes only `q`;
 * re-rendering every facet would delay the request). `go` with a function applies
 * it to the latest route, so a handler from an older render never undoes newer changes.
 */
export function useSearchRoute(depends?: (route: SearchRoute) => unknown): {
  route: SearchRoute;
  go: RouteGo;
  /** The route now, for handlers that run between renders. */
  latest: () => SearchRoute;
  indexUid: string;
} {
  const indexUid = useContext(IndexUidContext);
  const search = useInstantSearchContext();
  const store = routeStore(search, indexUid);
  const slice = () => (depends ? JSON.stringify(depends(store.get())) : store.get());
  useSyncExternalStore(store.subscribe, slice, slice);
  const go = useCallback(
    (next: RouteUpdate) =>
      search.mainIndex.setIndexUiState(() =>
        routeToUiState(typeof next === 'function' ? next(store.latest()) : next, indexUid),
      ),
    [indexUid, search, store],
  );
  return { route: store.get(), go, latest: store.latest, indexUid };
}

/*
 * When a search fails, InstantSearch's index widget puts back the last state that got results.
 * "Try again" read from the route then retried the previous query while the box still showed
 * the one that failed. The state to retry is read at the error event, before that restore.
 */
export function useRetry(): () => void {
  const search = useInstantSearchContext();
  const { go, latest } = useSearchRoute(() => null);
  const failed = useRef<SearchRoute | null>(null);
  useEffect(() => {
    const onError = () => {
      failed.current = latest();
    };
    search.addListener('error', onError);
    return () => void search.removeListener('error', onError);
  }, [search, latest]);
  return useCallback(() => go(failed.current ?? latest()), [go, latest]);
}
