import {
  instantMeiliSearch,
  type AlgoliaMultipleQueriesQuery,
} from '@meilisearch/instant-meilisearch';
import { RENDER_TOKEN_HEADER, renderToken } from '@/lib/search/render-token';

type Client = ReturnType<typeof instantMeiliSearch>['searchClient'];
// The client's declared type is a union over every InstantSearch client flavour.
type Search = (requests: readonly AlgoliaMultipleQueriesQuery[]) => Promise<unknown>;

/**
 * instant-meilisearch sends one extra query before a client's first search: the index's facet
 * distribution without filters, which it only uses with `keepZeroFacets` (off here). Sent with
 * every facet, it cost a full search (~20 ms on Reuters) in front of each server render and of
 * the first keystroke. A query with no facets and one hit satisfies it cheaply; `warmUp` lets
 * the browser do that before anyone types. Its hit asks for the page's fields and formatting
 * (`hitParams`) instead of instant-meilisearch's default, every attribute highlighted.
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
    // A server render searches through our own proxy on loopback: gzip there only cost CPU on
    // both ends (~2.5 ms per search, ~10 ms per render, measured). Browsers set their own.
    // The render token exempts it from the readers' budget (render-token.ts).
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
  /*
   * On back/forward, InstantSearch's router and our Next.js URL watcher (useUrlWatch) both
   * restore the state, and each sent the same search; an identical request in flight is shared.
   */
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
  // Once warm, no extra promise hop: each hop let React's render run before the request left.
  const wrapped: Search = (requests) =>
    ready ? once(requests) : warmUp().then(() => once(requests));
  const searchClient = { ...base, search: wrapped } as unknown as Client;
  return { searchClient, warmUp };
}
