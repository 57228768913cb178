import type { FacetField } from '@/lib/schema/index-settings';
import { routeFilter, type FilterState } from './route-filter';
import { FACET_PARAMS, facetField, type FacetParam } from '@/lib/schema/facets';

/**
 * Facet counts of the search page, asked for apart from the hits (in one request after them),
 * so the hits never wait for Meilisearch's facet counting or the browser's facet lists.
 */
export type FacetCounts = Partial<Record<FacetField, Record<string, number>>>;

/** Counts with the request they answer: the server render hands them to the browser. */
export interface FacetSeed {
  key: string;
  counts: FacetCounts;
}

export type FacetRoute = FilterState & { q: string };

/** A Meilisearch multi-search query, as the browser proxy accepts it. */
export interface FacetCountQuery {
  indexUid: string;
  q: string;
  filter?: string;
  facets: FacetField[];
  limit: 0;
}

function query(route: FacetRoute, indexUid: string, facets: FacetField[], without?: FacetParam) {
  const filter = routeFilter(route, without);
  const q: FacetCountQuery = { indexUid, q: route.q, facets, limit: 0 };
  if (filter) q.filter = filter;
  return q;
}

/** "Match any" facets with a selection need their own query (see routeFilter's `without`). */
function ownQuery(route: FacetRoute, p: FacetParam): boolean {
  return !route.matchAll.includes(p) && route.values[p].length > 0;
}

export function facetCountQueries(route: FacetRoute, indexUid: string): FacetCountQuery[] {
  const shared = FACET_PARAMS.filter((p) => !ownQuery(route, p)).map((p) =>
    facetField(p, route.countryScope),
  );
  return [
    query(route, indexUid, [...shared, 'month', 'year']),
    ...FACET_PARAMS.filter((p) => ownQuery(route, p)).map((p) =>
      query(route, indexUid, [facetField(p, route.countryScope)], p),
    ),
  ];
}

export function facetCountsKey(queries: FacetCountQuery[]): string {
  return JSON.stringify(queries);
}

interface FacetResult {
  facetDistribution?: Record<string, Record<string, number>>;
}

/** Each facet's counts from the query that asked for it. */
export function mergeFacetCounts(queries: FacetCountQuery[], results: FacetResult[]): FacetCounts {
  if (results.length !== queries.length) {
    throw new Error(`facet counts: ${results.length} results for ${queries.length} queries`);
  }
  const counts: FacetCounts = {};
  queries.forEach((q, i) => {
    for (const f of q.facets) counts[f] = results[i]?.facetDistribution?.[f] ?? {};
  });
  return counts;
}

/** Facet search within a facet, among the articles the other filters leave. */
export function facetSearchRequest(route: FacetRoute, param: FacetParam, facetQuery: string) {
  const filter = routeFilter(route, ownQuery(route, param) ? param : undefined);
  return {
    facetName: facetField(param, route.countryScope),
    facetQuery,
    q: route.q,
    ...(filter ? { filter } : {}),
  };
}
