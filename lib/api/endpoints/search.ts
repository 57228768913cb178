import 'server-only';
import { searchArticles } from '@/lib/meili/search';
import { parseParams } from '@/lib/api/params';
import { toFacets, toHit } from '@/lib/api/present';
import type { ApiContext } from '@/lib/api/route';
import { json } from '@/lib/api/route';
import type { SearchResponseBody } from '@/lib/api/schemas';
import { SEARCH_PARAMS } from '@/lib/api/search-params';
import { toSearchQuery } from '@/lib/api/search-query';
import { meiliSearchRequest } from '@/lib/api/search-request';

export const elapsed = (ctx: ApiContext) =>
  Math.round((performance.now() - ctx.startedAt) * 10) / 10;

export async function searchEndpoint(ctx: ApiContext): Promise<Response> {
  const query = toSearchQuery(parseParams(ctx.url.searchParams, SEARCH_PARAMS));
  const { q, params } = meiliSearchRequest(query, ctx.scope);
  const res = await searchArticles(q, params);
  const body: SearchResponseBody = {
    hits: res.hits.map((h) => toHit(h, query.highlight)),
    total: res.totalHits ?? 0,
    page: query.page,
    limit: query.limit,
    totalPages: res.totalPages ?? 0,
    facets: toFacets(query.facets, res.facetDistribution),
    took_ms: elapsed(ctx),
  };
  return json(body);
}
