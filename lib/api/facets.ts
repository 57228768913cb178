import type { FacetField } from '../schema/index-settings';

/** Public facet names of the API and the index fields behind them (our whitelist). */
export const API_FACETS = {
  country: 'countries',
  organization: 'organizations',
  person: 'people',
  source: 'source',
  language: 'language',
  year: 'year',
  month: 'month',
} as const satisfies Record<string, FacetField>;

export type ApiFacet = keyof typeof API_FACETS;

export const API_FACET_NAMES = Object.keys(API_FACETS) as ApiFacet[];

export function isApiFacet(name: string): name is ApiFacet {
  return Object.hasOwn(API_FACETS, name);
}
