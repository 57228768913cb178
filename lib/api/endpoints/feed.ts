import 'server-only';
import { searchArticles } from '@/lib/meili/search';
import { pageQueryFromApi } from '@/lib/search/api-links';
import { atomFeed, rssFeed, type FeedMeta } from '@/lib/api/feed';
import { parseParams } from '@/lib/api/params';
import { toHit } from '@/lib/api/present';
import type { ApiContext } from '@/lib/api/route';
import { FILTER_PARAMS, limitParam, MAX_LIMIT, Q_PARAM } from '@/lib/api/search-params';
import { toFilterQuery, type SearchQuery } from '@/lib/api/search-query';
import { HIT_FIELDS, meiliSearchRequest } from '@/lib/api/search-request';

/** 20 items let a reader polling a busy query miss matches between two polls. */
export const FEED_DEFAULT_ITEMS = 50;

/** What a feed holds, for the OpenAPI description and the README. */
export const FEED_WINDOW =
  `The ${FEED_DEFAULT_ITEMS} newest matches by publication date (limit: up to ${MAX_LIMIT}), ` +
  'newest first, whatever the query; undated matches follow the dated ones only when fewer ' +
  'than limit are dated. A reader that may fall further behind adds from=YYYY-MM-DD.';

export const FEED_PARAMS = [Q_PARAM, ...FILTER_PARAMS, limitParam(FEED_DEFAULT_ITEMS)];

function describe(url: URL): string {
  const parts = [...url.searchParams].map(([k, v]) => `${k}=${v}`);
  return parts.length > 0 ? parts.join(', ') : 'all articles';
}

export function feedEndpoint(kind: 'rss' | 'atom') {
  return async (ctx: ApiContext): Promise<Response> => {
    const parsed = parseParams(ctx.url.searchParams, FEED_PARAMS);
    const query: SearchQuery = {
      ...toFilterQuery(parsed),
      sort: 'newest',
      page: 1,
      limit: parsed.limit,
      facets: [],
      highlight: false,
    };
    const { q, params } = meiliSearchRequest(query, ctx.scope);
    const res = await searchArticles(q, {
      ...params,
      attributesToRetrieve: [...HIT_FIELDS, 'indexedAt'],
    });
    const hits = res.hits.map((h) => toHit(h, false));
    const indexedAt = new Map(res.hits.map((h) => [h.id, h.indexedAt]));
    const origin = ctx.publicUrl.origin;
    // The same search on the site; one the page cannot show (year or month facets) by its text.
    const onPage =
      pageQueryFromApi(ctx.url.searchParams) ??
      (query.q ? `?q=${encodeURIComponent(query.q)}` : '');
    const meta: FeedMeta = {
      title: `Facetwire: ${describe(ctx.url)}`,
      description: `The ${query.limit} newest articles by publication date matching ${describe(ctx.url)}`,
      selfUrl: ctx.publicUrl.href,
      siteUrl: `${origin}/${onPage}`,
      updated: new Date(),
      itemUrl: (h) => h.url ?? `${origin}/articles/${encodeURIComponent(h.id)}`,
      indexedAt: (h) => new Date((indexedAt.get(h.id) ?? 0) * 1000).toISOString(),
    };
    const body = kind === 'rss' ? rssFeed(hits, meta) : atomFeed(hits, meta);
    return new Response(body, {
      headers: {
        'Content-Type': `application/${kind}+xml; charset=utf-8`,
        'Cache-Control': 'private, max-age=300',
      },
    });
  };
}
