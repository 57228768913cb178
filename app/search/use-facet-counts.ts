'use client';

import { createContext, use, useContext, useSyncExternalStore } from 'react';
import { useInstantSearchContext } from 'react-instantsearch';
import type { FacetCounts, FacetSeed } from '@/lib/search/facet-plan';
import { createFacetStore, type FacetSnapshot, type FacetStore } from './facet-store';
import { IndexUidContext, storeRegistry } from '@/app/search/instantsearch/use-route';

/** The server render's counts (null when it could not get them). */
export const FacetSeedContext = createContext<Promise<FacetSeed | null> | null>(null);

const facetStore = storeRegistry(createFacetStore);

function useStore(): FacetStore {
  const seedPromise = useContext(FacetSeedContext);
  const seed = seedPromise ? use(seedPromise) : null;
  return facetStore(useInstantSearchContext(), useContext(IndexUidContext), seed);
}

/** Facet counts of the current search (see createFacetStore); same object while unchanged. */
export function useFacetCounts(): FacetCounts {
  const store = useStore();
  return useSyncExternalStore(
    store.subscribe,
    () => store.get().counts,
    () => store.initial.counts,
  );
}

export type FacetStatus = 'ready' | 'pending' | 'failed';

/** Apart from the counts: a status change re-renders only what shows the status. */
export function useFacetStatus(): FacetStatus {
  const store = useStore();
  const status = ({ pending, failed }: FacetSnapshot): FacetStatus =>
    pending ? 'pending' : failed ? 'failed' : 'ready';
  return useSyncExternalStore(
    store.subscribe,
    () => status(store.get()),
    () => status(store.initial),
  );
}
