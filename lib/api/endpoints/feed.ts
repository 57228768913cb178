import { searchArticles } from '../../meili/search';
import { pageQueryFromApi } from '../../search/api-links';
import { atomFeed, rssFeed, type FeedMeta } from '../feed';
import { parseParams } from '../params';
import { toHit } from '../present';
import type { ApiContext } from '../route';
import { FILTER_PARAMS, limitParam, Q_PARAM, toSearchQuery } from '../search-query';
import { meiliSearchRequest } from '../search-request';

export const FEED_PARAMS = [Q_PARAM, ...FILTER_PARAMS, limitParam(20)];

function describe(url: URL): string {
  const parts = [...url.searchParams].map(([k, v]) => `${k}=${v}`);
  return parts.length > 0 ? parts.join(', ') : 'all articles';
}

export function feedEndpoint(kind: 'rss' | 'atom') {
  return async (ctx: ApiContext): Promise<Response> => {
    const query = toSearchQuery(parseParams(ctx.url.searchParams, FEED_PARAMS));
    const { q, params } = meiliSearchRequest({ ...query, sort: 'newest' }, ctx.scope);
    const res = await searchArticles(q, params);
    const hits = res.hits.map((h) => toHit(h, false));
    const origin = ctx.publicUrl.origin;
    // The same search on the site; one the page cannot show (year or month facets) by its text.
    const onPage =
      pageQueryFromApi(ctx.url.searchParams) ??
      (query.q ? `?q=${encodeURIComponent(query.q)}` : '');
    const meta: FeedMeta = {
      title: `Facetwire: ${describe(ctx.url)}`,
      description: `Newest articles matching ${describe(ctx.url)}`,
      selfUrl: ctx.publicUrl.href,
      siteUrl: `${origin}/${onPage}`,
      updated: new Date(),
      itemUrl: (h) => h.url ?? `${origin}/articles/${encodeURIComponent(h.id)}`,
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
