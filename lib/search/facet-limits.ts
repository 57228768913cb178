import type { FacetField } from '@/lib/schema/index-settings';

/**
 * How many values of each facet the search page can list (after "Show more"). Countries and
 * languages are short lists filtered by name in the browser, so all of them come; long name
 * lists stop at the top 50 and facet search finds the rest; the histogram needs every bucket.
 * The browser proxy sends no more than this: each extra value cost parsing and sorting on every
 * keystroke.
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
