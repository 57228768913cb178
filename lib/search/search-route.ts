import { FACET_PARAMS, type CountryScope, type FacetParam } from '@/lib/schema/facets';
import { DEFAULT_SORT, type SortName } from '@/lib/schema/sorts';

/**
 * One search as the page holds it: the single model of the search page's state. The URL carries
 * it (`lib/search-page/url-state.ts`); InstantSearch's UI state is derived from it
 * (`app/search/instantsearch`); the engine side (facet counts, hit views, API links) reads it.
 */
export interface SearchRoute {
  q: string;
  values: Record<FacetParam, string[]>;
  matchAll: FacetParam[];
  exclude: Record<FacetParam, string[]>;
  countryScope: CountryScope;
  from?: string;
  to?: string;
  sort: SortName;
  /** 1-based. */
  page: number;
  per: number;
}

export const PER_PAGE = [10, 20, 50] as const;
export const DEFAULT_PER_PAGE = 20;

function noValues(): Record<FacetParam, string[]> {
  const entries = FACET_PARAMS.map((p): [FacetParam, string[]] => [p, []]);
  return Object.fromEntries(entries) as Record<FacetParam, string[]>;
}

export function emptyRoute(): SearchRoute {
  return {
    q: '',
    values: noValues(),
    matchAll: [],
    exclude: noValues(),
    countryScope: 'mentions',
    sort: DEFAULT_SORT,
    page: 1,
    per: DEFAULT_PER_PAGE,
  };
}
