import { FACET_PARAMS, type FacetParam } from '@/lib/schema/facets';
import { DEFAULT_SORT, SORT_NAMES, SORTS, type SortName } from '@/lib/schema/sorts';
import type { FilterState } from '@/lib/search/route-filter';
import { DEFAULT_PER_PAGE, emptyRoute, type SearchRoute } from '@/lib/search/search-route';

/*
 * InstantSearch's UI state, derived from the SearchRoute and read back only here (routing and
 * the route store). The filters live in a custom `fw` key owned by our route widget, which turns
 * them into one Meilisearch filter. InstantSearch's own refinement widgets are not used: their
 * facet counts rode on every keystroke's request (see lib/search/facet-plan.ts).
 */

export type SearchUiState = {
  query?: string;
  sortBy?: string;
  page?: number;
  hitsPerPage?: number;
  fw?: FilterState;
};

export function emptyFilterState(): FilterState {
  const { values, matchAll, exclude, countryScope } = emptyRoute();
  return { values, matchAll, exclude, countryScope };
}

/** A copy that shares no arrays with `route` (routes are edited by copying, see route-ops). */
export function filterState(route: FilterState): FilterState {
  const copy = (r: Record<FacetParam, string[]>) =>
    Object.fromEntries(FACET_PARAMS.map((p) => [p, [...r[p]]])) as Record<FacetParam, string[]>;
  // Not structuredClone: this runs on every InstantSearch render (routing, route and facet stores).
  const fw: FilterState = {
    values: copy(route.values),
    matchAll: [...route.matchAll],
    exclude: copy(route.exclude),
    countryScope: route.countryScope,
  };
  if (route.from) fw.from = route.from;
  if (route.to) fw.to = route.to;
  return fw;
}

/** Fills what a partial state (an older URL, another widget) leaves out. */
export function normalizeFilterState(fw: Partial<FilterState> | undefined): FilterState {
  const empty = emptyFilterState();
  return filterState({
    ...empty,
    ...fw,
    values: { ...empty.values, ...fw?.values },
    exclude: { ...empty.exclude, ...fw?.exclude },
  });
}

/** InstantSearch names a sort by its index "replica": `uid:publishedAt:desc`, or the index. */
export function sortIndex(indexUid: string, sort: SortName): string {
  const meili: string | undefined = SORTS[sort].meili;
  return meili ? `${indexUid}:${meili}` : indexUid;
}

export function sortName(indexUid: string, sortBy: string | undefined): SortName {
  return SORT_NAMES.find((s) => sortIndex(indexUid, s) === sortBy) ?? DEFAULT_SORT;
}

export function routeToUiState(route: SearchRoute, indexUid: string): SearchUiState {
  const ui: SearchUiState = { fw: filterState(route) };
  if (route.q) ui.query = route.q;
  if (route.sort !== DEFAULT_SORT) ui.sortBy = sortIndex(indexUid, route.sort);
  if (route.page > 1) ui.page = route.page;
  if (route.per !== DEFAULT_PER_PAGE) ui.hitsPerPage = route.per;
  return ui;
}

export function uiStateToRoute(ui: SearchUiState, indexUid: string): SearchRoute {
  const route = { ...emptyRoute(), ...normalizeFilterState(ui.fw) };
  route.q = ui.query ?? '';
  route.sort = sortName(indexUid, ui.sortBy);
  route.page = ui.page && ui.page > 1 ? ui.page : 1;
  route.per = ui.hitsPerPage ?? DEFAULT_PER_PAGE;
  return route;
}
