import {
  facetCountQueries,
  facetCountsKey,
  type FacetCounts,
  type FacetSeed,
} from '@/lib/search/facet-plan';
import { fetchFacetCounts } from './facet-fetch';
import { currentRoute, type Search } from '@/app/search/instantsearch/use-route';

export interface FacetSnapshot {
  counts: FacetCounts;
  /** Counts shown are those of an earlier search; newer ones are on their way. */
  pending: boolean;
  /** The last request for counts failed; the next search tries again. */
  failed: boolean;
}

export interface FacetStore {
  get: () => FacetSnapshot;
  initial: FacetSnapshot;
  subscribe: (listener: () => void) => () => void;
}

const CACHE_SIZE = 30;

/*
 * Counts that arrive sooner replace the old ones directly: marking the facets busy at once
 * re-renders every count twice per keystroke, and flickers (docs/decisions.md).
 */
const BUSY_AFTER_MS = 150;

/*
 * A search state that follows another within this time is part of a burst (typing): its counts
 * wait until the state has held this long, since typing supersedes them before anyone reads
 * them. A lone change is still counted at once (figures in docs/decisions.md).
 */
const QUIET_MS = 250;

/*
 * Failed counts are asked for again after 2, 4, 8, 16 and 32 s, so a passing failure (a
 * timeout under load) heals without a new search; then the next search tries again.
 */
const RETRY_DELAYS_MS = [2_000, 4_000, 8_000, 16_000, 32_000];

/*
 * Counts are asked for once the hits of a search state are in (InstantSearch idle) and on
 * screen: the hits are what a reader waits for. A newer state aborts the request for an older
 * one; recent answers are cached for back/forward and undo.
 */
export function createFacetStore(
  search: Search,
  indexUid: string,
  seed: FacetSeed | null,
): FacetStore {
  const initial: FacetSnapshot = { counts: seed?.counts ?? {}, pending: false, failed: false };
  let snapshot = initial;
  let shownKey = seed?.key ?? null;
  let wanted = shownKey;
  const cache = new Map<string, FacetCounts>(seed ? [[seed.key, seed.counts]] : []);
  const listeners = new Set<() => void>();
  let controller: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  let busyTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  // The search state, since when, and whether it came in a burst.
  let state: unknown;
  let changedAt = -Infinity;
  let typing = false;

  const publish = (next: FacetSnapshot) => {
    snapshot = next;
    for (const listener of listeners) listener();
  };
  const stopBusy = () => {
    clearTimeout(busyTimer);
    busyTimer = undefined;
  };
  // Not restarted by newer requests: while typing, the counts shown keep ageing.
  const startBusy = () => {
    busyTimer ??= setTimeout(() => {
      busyTimer = undefined;
      publish({ ...snapshot, pending: true, failed: false });
    }, BUSY_AFTER_MS);
  };
  const show = (key: string, counts: FacetCounts) => {
    stopBusy();
    shownKey = key;
    publish({ counts, pending: false, failed: false });
  };
  const remember = (key: string, counts: FacetCounts) => {
    cache.delete(key);
    cache.set(key, counts);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  };

  const check = (retry = false) => {
    if (search.status !== 'idle') return; // still loading, or failed: the page shows that
    const route = currentRoute(search, indexUid);
    const queries = facetCountQueries(route, indexUid);
    const key = facetCountsKey(queries);
    if (key === wanted) return;
    const wait = typing && !retry && !cache.has(key) ? changedAt + QUIET_MS - performance.now() : 0;
    if (wait > 0) {
      timer = setTimeout(() => check(), wait);
      // An older state's counts would show as current: dropped. After BUSY_AFTER_MS, the
      // counts on screen say they are out of date.
      controller?.abort();
      wanted = null;
      if (!snapshot.pending) startBusy();
      return;
    }
    if (!retry) failures = 0;
    wanted = key;
    clearTimeout(retryTimer);
    controller?.abort();
    const cached = cache.get(key);
    if (cached) return show(key, cached);
    const own = (controller = new AbortController());
    if (!snapshot.pending) startBusy();
    fetchFacetCounts(queries, own.signal).then(
      (counts) => {
        remember(key, counts);
        if (wanted === key) show(key, counts);
      },
      () => {
        if (own.signal.aborted || wanted !== key) return;
        stopBusy();
        wanted = null;
        const delay = RETRY_DELAYS_MS[failures++];
        if (delay !== undefined) retryTimer = setTimeout(() => check(true), delay);
        publish({ ...snapshot, pending: false, failed: true });
      },
    );
  };
  const cancel = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
  // After the next frame, not just the next task: a plain timeout would put the request and a
  // re-render ahead of the hits' own render.
  const onRender = () => {
    // Timed here, not when counted: a state whose hits the next key's overtook is never checked,
    // and the key after it would look like a lone change.
    const next = search.mainIndex.getHelper()?.state;
    if (next !== state) {
      const now = performance.now();
      typing = now - changedAt < QUIET_MS;
      state = next;
      changedAt = now;
    }
    cancel();
    frame = requestAnimationFrame(() => (timer = setTimeout(() => check(), 0)));
  };

  return {
    get: () => snapshot,
    initial,
    subscribe(listener) {
      if (listeners.size === 0) {
        search.addListener('render', onRender);
        onRender();
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        search.removeListener('render', onRender);
        cancel();
        stopBusy();
        clearTimeout(retryTimer);
        controller?.abort();
        wanted = shownKey;
        snapshot = { ...snapshot, pending: false };
      };
    },
  };
}
