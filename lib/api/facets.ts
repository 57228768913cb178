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

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** English name of an ISO 3166-1 alpha-2 code; the code itself when unknown. */
export function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}
