import 'server-only';
import type { SearchParams } from 'meilisearch';
import { buildFilter } from '@/lib/search/filter';
import { queryScope } from '@/lib/search/query-scope';
import { meiliSort } from '@/lib/schema/sorts';
import { publishedWindow } from './dates';
import { API_FACETS } from './facets';
import type { FilterQuery, SearchQuery } from './search-query';

// A parsed request translated into what Meilisearch is sent: its filter and search parameters.

/** Private-use characters: never in article text, swapped for <mark> after HTML escaping. */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

export const HIT_FIELDS = [
  'id',
  'title',
  'url',
  'lead',
  'publishedAt',
  'dateQuality',
  'source',
  'language',
  'countries',
  'organizations',
  'people',
];

const SNIPPET_WORDS = 30;

/** The caller's filters ANDed with the key's scope, which the caller cannot remove. */
export function filterFor(query: FilterQuery, scope: string | null): (string | string[])[] {
  return [
    ...buildFilter(query.refinements),
    ...publishedWindow(query.range.from, query.range.to),
    ...buildFilter([], {}, scope ? [scope] : []),
  ];
}

/** Exactly what /api/v1/search sends to Meilisearch (the benchmark replays it raw). */
export function meiliSearchRequest(
  query: SearchQuery,
  scope: string | null,
): { q: string; params: SearchParams } {
  const filter = filterFor(query, scope);
  const sort = meiliSort(query.sort);
  return {
    q: query.q,
    params: {
      ...(filter.length > 0 ? { filter } : {}),
      ...(sort ? { sort } : {}),
      ...queryScope(query.q),
      page: query.page,
      hitsPerPage: query.limit,
      attributesToRetrieve: HIT_FIELDS,
      attributesToCrop: ['body'],
      cropLength: SNIPPET_WORDS,
      ...(query.highlight
        ? {
            attributesToHighlight: ['title', 'body'],
            highlightPreTag: MARK_OPEN,
            highlightPostTag: MARK_CLOSE,
          }
        : {}),
      ...(query.facets.length > 0 ? { facets: query.facets.map((f) => API_FACETS[f]) } : {}),
    },
  };
}
