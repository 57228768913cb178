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
 * The server's results arrive with the page, so a visitor's first keystrokes were the first time
 * this page ran a search end to end: InstantSearch's handling of a response, every widget's
 * render of new results and our hit views all ran cold. On Reuters the second keystroke took a
 * median 51–59 ms against ~35 ms later on, and 40–48 ms with this warm-up (20 fresh pages each,
 * two runs). After `warmUp` answered (search is up), when the browser is idle and nobody has
 * searched yet, the state on screen is searched once more: the same results, so nothing on the
 * page changes but the time in the stats.
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
