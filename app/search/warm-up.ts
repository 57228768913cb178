'use client';

import { useEffect } from 'react';
import { useInstantSearchContext } from 'react-instantsearch';

/** Runs `task` once the browser is idle (at the latest after `timeout`); returns a canceller. */
export function whenIdle(task: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(task, 300);
    return () => clearTimeout(timer);
  }
  const id = requestIdleCallback(task, { timeout });
  return () => cancelIdleCallback(id);
}

/*
 * The server's results arrive with the page, so the response path (InstantSearch, every widget,
 * our hit views) would first run cold on a visitor's keystroke. Once `warmUp` answered and the
 * browser is idle, the state on screen is searched once more: same results, only the stats'
 * time changes (figures in docs/decisions.md).
 */
export function useSearchWarmUp(warmUp: () => Promise<boolean>): void {
  const search = useInstantSearchContext();
  useEffect(() => {
    let cancel: (() => void) | undefined;
    let unmounted = false;
    const shown = search.mainIndex.getResults();
    void warmUp().then((up) => {
      if (!up || unmounted) return;
      cancel = whenIdle(() => {
        if (search.status === 'idle' && search.mainIndex.getResults() === shown) search.refresh();
      });
    });
    return () => {
      unmounted = true;
      cancel?.();
    };
  }, [search, warmUp]);
}
