import type { FacetField } from '@/lib/schema/index-settings';

/**
 * How many values of each facet the search page can list (after "Show more"): every country and
 * language (filtered in the browser), the top 50 names (facet search finds the rest), every
 * histogram bucket. The proxy sends no more: each extra value is parsed and sorted per keystroke.
 */
export const FACET_VALUE_LIMITS: Record<FacetField, number> = {
  countries: 300,
  countriesAbout: 300,
  language: 300,
  organizations: 50,
  people: 50,
  source: 50,
  year: Infinity,
  month: Infinity,
  dateQuality: 10,
};
