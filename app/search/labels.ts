import type { FacetParam } from '@/lib/search/url-state';
import { countryName, languageName } from '@/lib/display-names';

/** Human label of a facet value (codes become names). */
export function valueLabel(param: FacetParam, value: string): string {
  if (param === 'country') return countryName(value);
  if (param === 'lang') return languageName(value);
  return value;
}
