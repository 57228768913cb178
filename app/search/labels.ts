import { countryName, languageName } from '@/lib/display-names';
import { facetKind, type FacetParam } from '@/lib/schema/facets';

/** Human label of a facet value (codes become names). */
export function valueLabel(param: FacetParam, value: string): string {
  const kind = facetKind(param);
  if (kind === 'country') return countryName(value);
  if (kind === 'language') return languageName(value);
  return value;
}
