import 'server-only';
import { FilterInputError, type DateRange, type FacetRefinement } from '@/lib/search/filter';
import { apiFacetField } from '@/lib/schema/facets';
import { MAX_TOTAL_HITS } from '@/lib/schema/index-settings';
import { DEFAULT_SORT, type SortName } from '@/lib/schema/sorts';
import { appRegisterNames, type RegisterNames } from '@/lib/register-names';
import { publishedWindow } from './dates';
import { API_FACETS, API_FACET_NAMES, type ApiFacet } from './facets';
import { invalidParams } from './problem';
import type { FilterParamValues, SearchParamValues } from './search-params';

// A request's parsed parameters in the index's terms: index fields, indexed names, checked dates.

export interface FilterQuery {
  q: string;
  refinements: FacetRefinement[];
  /** Inclusive bounds as given (any ISO precision). */
  range: DateRange;
}

export interface SearchQuery extends FilterQuery {
  sort: SortName;
  page: number;
  limit: number;
  facets: ApiFacet[];
  highlight: boolean;
}

export function toFilterQuery(
  params: FilterParamValues,
  names: Pick<RegisterNames, 'indexedName'> = appRegisterNames(),
): FilterQuery {
  const refinements: FacetRefinement[] = [];
  const about = params['country.scope'] === 'about';
  for (const f of API_FACET_NAMES) {
    // "OPEC" is held as "Organization of the Petroleum Exporting Countries": as given, no match.
    const indexed = (v: string) => names.indexedName(API_FACETS[f], v) ?? v;
    const values = params[f].map(indexed);
    const exclude = params[`exclude.${f}`].map(indexed);
    if (values.length === 0 && exclude.length === 0) continue;
    refinements.push({
      field: apiFacetField(f, about ? 'about' : 'mentions'),
      values,
      exclude,
      match: params[`match.${f}`] ?? 'any',
    });
  }
  const range: DateRange = { from: params.from, to: params.to };
  // Each date was validated on its own; only their order is left to check.
  try {
    publishedWindow(range.from, range.to);
  } catch (error) {
    if (!(error instanceof FilterInputError)) throw error;
    throw invalidParams([{ name: 'from', reason: error.message }]);
  }
  return { q: params.q?.trim() ?? '', refinements, range };
}

export function toSearchQuery(params: SearchParamValues): SearchQuery {
  const base = toFilterQuery(params);
  const { page, limit } = params;
  if ((page - 1) * limit >= MAX_TOTAL_HITS) {
    throw invalidParams([
      { name: 'page', reason: `page × limit must stay within ${MAX_TOTAL_HITS} hits; use /export` },
    ]);
  }
  return {
    ...base,
    sort: params.sort ?? DEFAULT_SORT,
    page,
    limit,
    facets: [...new Set(params.facets.flat())],
    highlight: params.highlight,
  };
}
