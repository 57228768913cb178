import { buildFilter, type FacetRefinement } from './filter';
import {
  DEFAULT_PER_PAGE,
  emptyRoute,
  FACET_PARAMS,
  facetField,
  type CountryScope,
  type FacetParam,
  type SearchRoute,
  type SortName,
} from './url-state';

/**
 * What InstantSearch's own widgets cannot express (match all, exclusion, date range, country
 * scope) lives in a custom `fw` key of the index UI state, owned by our advanced-filter widget.
 */
export type AdvancedState = {
  scope: CountryScope;
  matchAll: FacetParam[];
  /** Selected values of facets in "match all" mode (the others live in refinementList). */
  allValues: Partial<Record<FacetParam, string[]>>;
  exclude: Partial<Record<FacetParam, string[]>>;
  from?: string;
  to?: string;
};

export interface SearchUiState {
  query?: string;
  refinementList?: Record<string, string[]>;
  sortBy?: string;
  page?: number;
  hitsPerPage?: number;
  fw?: AdvancedState;
}

export function emptyAdvanced(): AdvancedState {
  return { scope: 'mentions', matchAll: [], allValues: {}, exclude: {} };
}

export function sortIndex(indexUid: string, sort: SortName): string {
  if (sort === 'newest') return `${indexUid}:publishedAt:desc`;
  if (sort === 'oldest') return `${indexUid}:publishedAt:asc`;
  return indexUid;
}

export function sortName(indexUid: string, sortBy: string | undefined): SortName {
  if (sortBy === `${indexUid}:publishedAt:desc`) return 'newest';
  if (sortBy === `${indexUid}:publishedAt:asc`) return 'oldest';
  return 'relevance';
}

export function routeToUiState(route: SearchRoute, indexUid: string): SearchUiState {
  const refinementList: Record<string, string[]> = {};
  const fw: AdvancedState = { ...emptyAdvanced(), scope: route.countryScope };
  for (const p of FACET_PARAMS) {
    const values = route.values[p];
    if (route.matchAll.includes(p)) {
      fw.matchAll.push(p);
      if (values.length) fw.allValues[p] = [...values];
    } else if (values.length) refinementList[facetField(p, route.countryScope)] = [...values];
    if (route.exclude[p].length) fw.exclude[p] = [...route.exclude[p]];
  }
  if (route.from) fw.from = route.from;
  if (route.to) fw.to = route.to;
  const ui: SearchUiState = { fw };
  if (route.q) ui.query = route.q;
  if (Object.keys(refinementList).length) ui.refinementList = refinementList;
  if (route.sort !== 'relevance') ui.sortBy = sortIndex(indexUid, route.sort);
  if (route.page > 1) ui.page = route.page;
  if (route.per !== DEFAULT_PER_PAGE) ui.hitsPerPage = route.per;
  return ui;
}

export function uiStateToRoute(ui: SearchUiState, indexUid: string): SearchRoute {
  const fw = ui.fw ?? emptyAdvanced();
  const route = emptyRoute();
  route.q = ui.query ?? '';
  route.countryScope = fw.scope;
  for (const p of FACET_PARAMS) {
    const all = fw.matchAll.includes(p);
    if (all) route.matchAll.push(p);
    route.values[p] = [
      ...((all ? fw.allValues[p] : ui.refinementList?.[facetField(p, fw.scope)]) ?? []),
    ];
    route.exclude[p] = [...(fw.exclude[p] ?? [])];
  }
  if (fw.from) route.from = fw.from;
  if (fw.to) route.to = fw.to;
  route.sort = sortName(indexUid, ui.sortBy);
  route.page = ui.page && ui.page > 1 ? ui.page : 1;
  route.per = ui.hitsPerPage ?? DEFAULT_PER_PAGE;
  return route;
}

/** The Meilisearch filter for the advanced state, as one string (every value escaped). */
export function advancedFilter(fw: AdvancedState): string | undefined {
  const refinements: FacetRefinement[] = FACET_PARAMS.map((p) => ({
    field: facetField(p, fw.scope),
    values: fw.matchAll.includes(p) ? (fw.allValues[p] ?? []) : [],
    match: 'all',
    exclude: fw.exclude[p] ?? [],
  }));
  const parts = buildFilter(refinements, { from: fw.from, to: fw.to });
  if (parts.length === 0) return undefined;
  return parts.map((p) => (typeof p === 'string' ? p : `(${p.join(' OR ')})`)).join(' AND ');
}
