import 'server-only';
import type { FacetDistribution, FacetStats, SearchParams } from 'meilisearch';
import type { ArticleDocument } from '@/lib/schema/article';
import type { FacetField } from '@/lib/schema/index-settings';
import { appClient, appMeiliHealthy, articleIndexUid } from './app-connection';
import { findFacetValues } from './facet-value-search';
import { meiliHttpStatus } from './node-http';

export type ArticleHit = Partial<ArticleDocument> & Pick<ArticleDocument, 'id'>;
export type MeiliFilter = (string | string[])[];

/** The fields we read; which totals appear depends on page/hitsPerPage vs offset/limit. */
export interface ArticleSearchResponse {
  hits: (ArticleHit & { _formatted?: Partial<Record<keyof ArticleDocument, unknown>> })[];
  totalHits?: number;
  totalPages?: number;
  estimatedTotalHits?: number;
  facetDistribution?: FacetDistribution;
  facetStats?: FacetStats;
  processingTimeMs: number;
}

/** One search against the articles index with the app's search-only key. */
export async function searchArticles(
  q: string,
  params: SearchParams,
): Promise<ArticleSearchResponse> {
  return (await appClient()
    .index<ArticleHit>(articleIndexUid())
    .search(q, params)) as ArticleSearchResponse;
}

/** Fetched by search, not the documents route: the scope filter applies and the key stays search-only. */
export async function findArticle(filter: MeiliFilter): Promise<ArticleDocument | null> {
  const res = await appClient()
    .index<ArticleDocument>(articleIndexUid())
    .search('', { filter, limit: 1 });
  return res.hits[0] ?? null;
}

export interface FacetValueCount {
  value: string;
  count: number;
}

/** Values of `field` matching `facetQuery` by any word or other name (facet-value-search.ts). */
export async function searchFacetValues(
  field: FacetField,
  facetQuery: string,
  filter: MeiliFilter,
): Promise<FacetValueCount[]> {
  const res = await findFacetValues({
    facetName: field,
    ...(facetQuery ? { facetQuery } : {}),
    ...(filter.length > 0 ? { filter } : {}),
  });
  return res.facetHits;
}

export async function meiliHealth(timeoutMs = 800): Promise<boolean> {
  return appMeiliHealthy(timeoutMs);
}

/**
 * A label for the state of the index a result came from: the index's `updatedAt` when the key
 * may read it, else the document count (the search-only key may lack `indexes.get`).
 */
export async function indexVersion(): Promise<string> {
  const uid = articleIndexUid();
  try {
    const info = await appClient().index(uid).getRawInfo();
    return `${uid}@${info.updatedAt}`;
  } catch (error) {
    const status = meiliHttpStatus(error);
    if (status !== 401 && status !== 403) throw error;
    const res = await searchArticles('', { hitsPerPage: 0, page: 1 });
    return `${uid}@docs=${res.totalHits ?? 0}`;
  }
}
