import { FACET_PARAMS, facetField, type FacetParam } from '@/lib/schema/facets';
import { buildFilter, type FacetRefinement } from './filter';
import type { SearchRoute } from './search-route';

/** The filtering part of a search: what becomes its one Meilisearch filter. */
export type FilterState = Pick<
  SearchRoute,
  'values' | 'matchAll' | 'exclude' | 'countryScope' | 'from' | 'to'
>;

/**
 * The Meilisearch filter of the route, as one string (every value escaped). `without` leaves out
 * that facet's selected values but keeps its exclusions: counts for a "match any" list must show
 * what each other value would add.
 */
export function routeFilter(fw: FilterState, without?: FacetParam): string | undefined {
  const refinements: FacetRefinement[] = FACET_PARAMS.map((p) => ({
    field: facetField(p, fw.countryScope),
    values: p === without ? [] : fw.values[p],
    match: fw.matchAll.includes(p) ? 'all' : 'any',
    exclude: fw.exclude[p],
  }));
  const parts = buildFilter(refinements, { from: fw.from, to: fw.to });
  if (parts.length === 0) return undefined;
  return parts.map((p) => (typeof p === 'string' ? p : `(${p.join(' OR ')})`)).join(' AND ');
}
