import 'server-only';
/**
 * Hits and facet counts in one query cost Meilisearch the sum of the two, as two concurrent
 * queries about the larger (docs/decisions.md). The facet half keeps everything that decides
 * which documents match (q, filter, matching strategy, searchable attributes), nothing else.
 */
export interface SplittableQuery {
  indexUid: string;
  q?: string | undefined;
  filter?: unknown;
  facets?: string[] | undefined;
  hitsPerPage?: number | undefined;
  limit?: number | undefined;
  matchingStrategy?: string | undefined;
  attributesToSearchOn?: string[] | undefined;
}

export interface SplitPlan<Q> {
  /** Sent as one multi-search: every query, without facets where they moved to `facets`. */
  main: Q[];
  /** Facet-only queries, each with the index in `main` it belongs to. */
  facets: { of: number; query: SplittableQuery }[];
}

function wantsHits(q: SplittableQuery): boolean {
  return (q.hitsPerPage ?? q.limit ?? 20) > 0;
}

export function splitQueries<Q extends SplittableQuery>(queries: Q[]): SplitPlan<Q> {
  const plan: SplitPlan<Q> = { main: [], facets: [] };
  queries.forEach((q, of) => {
    if (!q.facets?.length || !wantsHits(q)) return void plan.main.push(q);
    plan.main.push({ ...q, facets: undefined });
    const { indexUid, q: text, filter, facets, matchingStrategy, attributesToSearchOn } = q;
    plan.facets.push({
      of,
      query: {
        indexUid,
        facets,
        hitsPerPage: 0,
        ...(text === undefined ? {} : { q: text }),
        ...(filter === undefined ? {} : { filter }),
        ...(matchingStrategy === undefined ? {} : { matchingStrategy }),
        ...(attributesToSearchOn === undefined ? {} : { attributesToSearchOn }),
      },
    });
  });
  return plan;
}

interface FacetPart {
  facetDistribution?: unknown;
  facetStats?: unknown;
  processingTimeMs?: number;
}

/** Puts each facet half's counts back into the result of the query it was split from. */
export function mergeSplit<R extends FacetPart>(
  plan: SplitPlan<unknown>,
  main: R[],
  facets: FacetPart[],
): R[] {
  const merged = [...main];
  plan.facets.forEach(({ of }, i) => {
    const base = merged[of];
    const part = facets[i];
    if (!base || !part) throw new Error(`split search: no result for query ${of}`);
    merged[of] = {
      ...base,
      facetDistribution: part.facetDistribution ?? {},
      ...(part.facetStats === undefined ? {} : { facetStats: part.facetStats }),
      processingTimeMs: Math.max(base.processingTimeMs ?? 0, part.processingTimeMs ?? 0),
    };
  });
  return merged;
}
