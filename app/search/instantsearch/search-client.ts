import {
  instantMeiliSearch,
  type AlgoliaMultipleQueriesQuery,
} from '@meilisearch/instant-meilisearch';
import { RENDER_TOKEN_HEADER, renderToken } from '@/lib/search/render-token';

type Client = ReturnType<typeof instantMeiliSearch>['searchClient'];
// The client's declared type is a union over every InstantSearch client flavour.
type Search = (requests: readonly AlgoliaMultipleQueriesQuery[]) => Promise<unknown>;

/**
 * instant-meilisearch sends one extra query before a client's first search (the unfiltered facet
 * distribution, used only with `keepZeroFacets`, off here). `warmUp` sends it cheaply (no facets,
 * one hit with the page's fields, `hitParams`) before anyone types (docs/decisions.md).
 */
export function createSearchClient(
  origin: string,
  indexUid: string,
  hitParams: Record<string, unknown> = {},
): { searchClient: Client; warmUp: () => Promise<boolean> } {
  const { searchClient: base } = instantMeiliSearch(`${origin}/api/meili`, '', {
    primaryKey: 'id',
    placeholderSearch: true,
    finitePagination: true,
    // A server render searches through our own proxy on loopback, where gzip only costs CPU on
    // both ends; browsers set their own. The render token exempts it from the readers' budget.
    ...(typeof window === 'undefined'
      ? {
          requestInit: {
            headers: { 'Accept-Encoding': 'identity', [RENDER_TOKEN_HEADER]: renderToken() },
          },
        }
      : {}),
  });
  const search = (base.search as unknown as Search).bind(base);
  let warm: Promise<boolean> | undefined;
  let ready = false;
  const warmUp = () =>
    (warm ??= search([
      { indexName: indexUid, params: { ...hitParams, facets: [], hitsPerPage: 1 } },
    ]).then(
      () => (ready = true),
      () => {
        warm = undefined; // search unavailable: the next search retries and shows the error
        return false;
      },
    ));
  // On back/forward, InstantSearch's router and our URL watcher (useUrlWatch) both restore the
  // state and search: an identical request in flight is shared.
  const inFlight = new Map<string, Promise<unknown>>();
  const once: Search = (requests) => {
    const key = JSON.stringify(requests);
    let pending = inFlight.get(key);
    if (!pending) {
      pending = search(requests);
      inFlight.set(key, pending);
      const forget = () => inFlight.delete(key);
      pending.then(forget, forget);
    }
    return pending;
  };
  // Once warm, no extra promise hop: each hop lets React's render run before the request leaves.
  const wrapped: Search = (requests) =>
    ready ? once(requests) : warmUp().then(() => once(requests));
  const searchClient = { ...base, search: wrapped } as unknown as Client;
  return { searchClient, warmUp };
}
