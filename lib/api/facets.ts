import 'server-only';
import { API_FACET_NAMES, FACETS, type ApiFacet } from '@/lib/schema/facets';
import type { FacetField } from '@/lib/schema/index-settings';

export { API_FACET_NAMES, type ApiFacet };

/** Public facet names of the API and the index fields behind them (our whitelist). */
export const API_FACETS = Object.fromEntries(
  API_FACET_NAMES.map((name) => [name, FACETS[name].field]),
) as { readonly [K in ApiFacet]: (typeof FACETS)[K]['field'] } satisfies Record<
  ApiFacet,
  FacetField
>;

export function isApiFacet(name: string): name is ApiFacet {
  return Object.hasOwn(API_FACETS, name);
}
