import { FACET_PARAMS, type CountryScope, type FacetParam } from '@/lib/schema/facets';
import type { SortName } from '@/lib/schema/sorts';
import type { SearchRoute } from '@/lib/search/search-route';

/** Pure edits of the search state; each but `setPage` returns a new route on page 1. */

function edit(route: SearchRoute, fn: (r: SearchRoute) => void): SearchRoute {
  const next: SearchRoute = structuredClone(route);
  fn(next);
  next.page = 1;
  return next;
}

function toggle(list: string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function setQuery(route: SearchRoute, q: string): SearchRoute {
  return { ...route, q, page: 1 };
}

export function setSort(route: SearchRoute, sort: SortName): SearchRoute {
  return { ...route, sort, page: 1 };
}

export function setPerPage(route: SearchRoute, per: number): SearchRoute {
  return { ...route, per, page: 1 };
}

/** 1-based, like the route. */
export function setPage(route: SearchRoute, page: number): SearchRoute {
  return { ...route, page };
}

export function toggleValue(route: SearchRoute, param: FacetParam, value: string): SearchRoute {
  return edit(route, (r) => {
    r.values[param] = toggle(r.values[param], value);
    r.exclude[param] = r.exclude[param].filter((v) => v !== value);
  });
}

/** Adds a value (entity chips): never toggles an existing refinement off. */
export function addValue(route: SearchRoute, param: FacetParam, value: string): SearchRoute {
  if (route.values[param].includes(value)) return route;
  return toggleValue(route, param, value);
}

export function toggleExclude(route: SearchRoute, param: FacetParam, value: string): SearchRoute {
  return edit(route, (r) => {
    r.exclude[param] = toggle(r.exclude[param], value);
    r.values[param] = r.values[param].filter((v) => v !== value);
  });
}

export function setMatchAll(route: SearchRoute, param: FacetParam, all: boolean): SearchRoute {
  return edit(route, (r) => {
    r.matchAll = all ? [...new Set([...r.matchAll, param])] : r.matchAll.filter((p) => p !== param);
  });
}

export function setCountryScope(route: SearchRoute, scope: CountryScope): SearchRoute {
  return edit(route, (r) => {
    r.countryScope = scope;
  });
}

export function setDateRange(
  route: SearchRoute,
  from: string | undefined,
  to: string | undefined,
): SearchRoute {
  return edit(route, (r) => {
    if (from) r.from = from;
    else delete r.from;
    if (to) r.to = to;
    else delete r.to;
  });
}

/** Drops every filter; keeps the query, sort and page size. */
export function clearFilters(route: SearchRoute): SearchRoute {
  return edit(route, (r) => {
    for (const p of FACET_PARAMS) {
      r.values[p] = [];
      r.exclude[p] = [];
    }
    r.matchAll = [];
    delete r.from;
    delete r.to;
  });
}

export interface RefinementChip {
  key: string;
  label: string;
  /** Applied to the route current at click time, not the one the chip was rendered from. */
  remove: (route: SearchRoute) => SearchRoute;
}

const FACET_LABELS: Record<FacetParam, string> = {
  country: 'Country',
  org: 'Organization',
  person: 'Person',
  source: 'Source',
  lang: 'Language',
};

/** The active refinements as removable chips, in URL order. */
export function refinementChips(
  route: SearchRoute,
  display: (param: FacetParam, value: string) => string,
): RefinementChip[] {
  const chips: RefinementChip[] = [];
  for (const p of FACET_PARAMS) {
    const joiner = route.matchAll.includes(p) ? 'all of' : '';
    for (const v of route.values[p]) {
      chips.push({
        key: `${p}:${v}`,
        label: `${FACET_LABELS[p]}${joiner ? ` (${joiner})` : ''}: ${display(p, v)}`,
        remove: (r) => toggleValue(r, p, v),
      });
    }
    for (const v of route.exclude[p]) {
      chips.push({
        key: `x${p}:${v}`,
        label: `${FACET_LABELS[p]}: not ${display(p, v)}`,
        remove: (r) => toggleExclude(r, p, v),
      });
    }
  }
  if (route.from || route.to) {
    chips.push({
      key: 'date',
      label: `Date: ${route.from ?? '…'} – ${route.to ?? '…'}`,
      remove: (r) => setDateRange(r, undefined, undefined),
    });
  }
  return chips;
}
