import { MAX_TOTAL_HITS } from '../schema/index-settings';
import { queryScope } from '../search/query-scope';
import { MeiliLayerError } from './errors';
import { searchArticles, type ArticleHit, type MeiliFilter } from './search';

export interface ExportIterateOptions {
  /** Fields each yielded hit carries. */
  fields: string[];
  order?: 'oldest' | 'newest';
  pageSize?: number;
  /** Most hits one query can page through (the index's maxTotalHits). */
  windowCap?: number;
}

export class ExportWindowError extends MeiliLayerError {
  override name = 'ExportWindowError';
}

interface Ctx {
  q: string;
  base: MeiliFilter;
  opts: Required<ExportIterateOptions>;
}

async function countAndSpan(ctx: Ctx, extra: string[]) {
  const res = await searchArticles(ctx.q, {
    filter: [...ctx.base, ...extra],
    ...queryScope(ctx.q),
    hitsPerPage: 0,
    page: 1,
    facets: ['publishedAt'],
  });
  const stats = res.facetStats?.publishedAt;
  return { total: res.totalHits ?? 0, min: stats?.min, max: stats?.max };
}

async function* pageThrough(ctx: Ctx, extra: string[]): AsyncGenerator<ArticleHit> {
  const sort = [`publishedAt:${ctx.opts.order === 'newest' ? 'desc' : 'asc'}`];
  for (let offset = 0; ; offset += ctx.opts.pageSize) {
    const res = await searchArticles(ctx.q, {
      filter: [...ctx.base, ...extra],
      ...queryScope(ctx.q),
      sort,
      offset,
      limit: ctx.opts.pageSize,
      attributesToRetrieve: ctx.opts.fields,
    });
    yield* res.hits;
    if (res.hits.length < ctx.opts.pageSize) return;
  }
}

/** Dated matches in [lo, hi], halved until each window fits under the cap, in date order. */
async function* datedWindow(ctx: Ctx, lo: number, hi: number): AsyncGenerator<ArticleHit> {
  const extra = [`publishedAt >= ${lo}`, `publishedAt <= ${hi}`];
  const { total, min, max } = await countAndSpan(ctx, extra);
  if (total === 0) return;
  if (total < ctx.opts.windowCap) {
    yield* pageThrough(ctx, extra);
    return;
  }
  if (min === undefined || max === undefined || min >= max) {
    throw new ExportWindowError(
      `More than ${ctx.opts.windowCap} matches share one timestamp; narrow the query.`,
    );
  }
  const mid = Math.floor((min + max) / 2);
  const halves: [number, number][] = [
    [min, mid],
    [mid + 1, max],
  ];
  if (ctx.opts.order === 'newest') halves.reverse();
  for (const [a, b] of halves) yield* datedWindow(ctx, a, b);
}

/**
 * Every match of a query, past Meilisearch's maxTotalHits: one pass when the result set fits,
 * otherwise publication-date windows (split in halves) and then the undated matches.
 */
export async function* iterateAllMatches(
  q: string,
  filter: MeiliFilter,
  options: ExportIterateOptions,
): AsyncGenerator<ArticleHit> {
  const ctx: Ctx = {
    q,
    base: filter,
    opts: { order: 'oldest', pageSize: 1000, windowCap: MAX_TOTAL_HITS, ...options },
  };
  const all = await countAndSpan(ctx, []);
  if (all.total < ctx.opts.windowCap) {
    yield* pageThrough(ctx, []);
    return;
  }
  if (all.min !== undefined && all.max !== undefined) {
    yield* datedWindow(ctx, all.min, all.max);
  }
  const undated = await countAndSpan(ctx, ['publishedAt IS NULL']);
  if (undated.total >= ctx.opts.windowCap) {
    throw new ExportWindowError(
      `More than ${ctx.opts.windowCap} undated matches; add a filter to narrow the query.`,
    );
  }
  if (undated.total > 0) yield* pageThrough(ctx, ['publishedAt IS NULL']);
}
