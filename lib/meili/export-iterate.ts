import 'server-only';
import { MAX_TOTAL_HITS } from '@/lib/schema/index-settings';
import { DEFAULT_EXPORT_SORT, SORTS, type ExportSort } from '@/lib/schema/sorts';
import { queryScope } from '@/lib/search/query-scope';
import { MeiliLayerError } from './errors';
import { searchArticles, type ArticleHit, type MeiliFilter } from './search';

export interface ExportIterateOptions {
  /** Fields each yielded hit carries. */
  fields: string[];
  order?: ExportSort;
  pageSize?: number;
  /** Most hits one query can page through (the index's maxTotalHits). */
  windowCap?: number;
}

export class ExportWindowError extends MeiliLayerError {
  override name = 'ExportWindowError';
}

/** An export before its first row: how many rows it will hold, and the rows. */
export interface ExportPlan {
  /** Matches when the plan was made (each window counted under the cap, so exact). */
  total: number;
  matches: AsyncGenerator<ArticleHit>;
}

interface Ctx {
  q: string;
  base: MeiliFilter;
  opts: Required<ExportIterateOptions>;
}

/** Extra filter clauses of one window and its match count (under the cap). */
interface Window {
  extra: string[];
  total: number;
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
  const sort = [SORTS[ctx.opts.order].meili];
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

/** Dated windows in [lo, hi], halved until each fits under the cap, in export order. */
async function datedWindows(ctx: Ctx, lo: number, hi: number): Promise<Window[]> {
  const extra = [`publishedAt >= ${lo}`, `publishedAt <= ${hi}`];
  const { total, min, max } = await countAndSpan(ctx, extra);
  if (total === 0) return [];
  if (total < ctx.opts.windowCap) return [{ extra, total }];
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
  const out: Window[] = [];
  for (const [a, b] of halves) out.push(...(await datedWindows(ctx, a, b)));
  return out;
}

/** Every window the export pages through; refusals happen here, before any row is sent. */
async function planWindows(ctx: Ctx): Promise<Window[]> {
  const all = await countAndSpan(ctx, []);
  if (all.total < ctx.opts.windowCap) return [{ extra: [], total: all.total }];
  const windows =
    all.min !== undefined && all.max !== undefined ? await datedWindows(ctx, all.min, all.max) : [];
  const undated = await countAndSpan(ctx, ['publishedAt IS NULL']);
  if (undated.total >= ctx.opts.windowCap) {
    throw new ExportWindowError(
      `More than ${ctx.opts.windowCap} undated matches; add a filter to narrow the query.`,
    );
  }
  if (undated.total > 0) windows.push({ extra: ['publishedAt IS NULL'], total: undated.total });
  return windows;
}

async function* pageWindows(ctx: Ctx, windows: Window[]): AsyncGenerator<ArticleHit> {
  for (const w of windows) if (w.total > 0) yield* pageThrough(ctx, w.extra);
}

/**
 * Every match of a query, past Meilisearch's maxTotalHits: one pass when the result set fits,
 * otherwise publication-date windows (split in halves) and then the undated matches. The
 * windows are planned (and counted) up front, so the total is known before the first row.
 */
export async function planExport(
  q: string,
  filter: MeiliFilter,
  options: ExportIterateOptions,
): Promise<ExportPlan> {
  const ctx: Ctx = {
    q,
    base: filter,
    opts: { order: DEFAULT_EXPORT_SORT, pageSize: 1000, windowCap: MAX_TOTAL_HITS, ...options },
  };
  const windows = await planWindows(ctx);
  return {
    total: windows.reduce((sum, w) => sum + w.total, 0),
    matches: pageWindows(ctx, windows),
  };
}

export async function* iterateAllMatches(
  q: string,
  filter: MeiliFilter,
  options: ExportIterateOptions,
): AsyncGenerator<ArticleHit> {
  yield* (await planExport(q, filter, options)).matches;
}
