import { searchArticles } from '../../meili/search';
import { parseParams } from '../params';
import { toFacets, toHit } from '../present';
import type { ApiContext } from '../route';
import { json } from '../route';
import type { SearchResponseBody } from '../schemas';
import { SEARCH_PARAMS, toSearchQuery } from '../search-query';
import { meiliSearchRequest } from '../search-request';

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
