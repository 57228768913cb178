import { mergeFacetCounts, type FacetCountQuery, type FacetCounts } from '@/lib/search/facet-plan';

/** Browser calls to our search proxy that InstantSearch does not make (facet counts, search). */

async function post<T>(path: string, body: unknown, signal: AbortSignal): Promise<T> {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

export async function fetchFacetCounts(
  queries: FacetCountQuery[],
  signal: AbortSignal,
): Promise<FacetCounts> {
  const { results } = await post<{ results: never[] }>(
    '/api/meili/multi-search?part=facets',
    { queries },
    signal,
  );
  return mergeFacetCounts(queries, results);
}

export interface FacetValueHit {
  value: string;
  count: number;
}

export async function searchFacetValues(
  indexUid: string,
  request: object,
  signal: AbortSignal,
): Promise<FacetValueHit[]> {
  const path = `/api/meili/indexes/${encodeURIComponent(indexUid)}/facet-search`;
  const { facetHits } = await post<{ facetHits: FacetValueHit[] }>(path, request, signal);
  return facetHits;
}
