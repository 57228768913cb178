import 'server-only';
import {
  facetCountQueries,
  facetCountsKey,
  mergeFacetCounts,
  type FacetRoute,
  type FacetSeed,
} from '@/lib/search/facet-plan';
import { articleIndexUid } from './app-connection';
import { proxyMultiSearch } from './proxy';

/**
 * The search page's facet counts for a server render. Same queries and same proxy as the
 * browser's, so the key matches and the browser does not ask again after hydration.
 */
export async function searchPageFacets(route: FacetRoute): Promise<FacetSeed> {
  const queries = facetCountQueries(route, articleIndexUid());
  const { results } = (await proxyMultiSearch({ queries })) as { results: never[] };
  return { key: facetCountsKey(queries), counts: mergeFacetCounts(queries, results) };
}
