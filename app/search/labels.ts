import type { FacetParam } from '@/lib/search/url-state';
import { countryName } from './country-names';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Human label of a facet value (codes become names). */
export function valueLabel(param: FacetParam, value: string): string {
  if (param === 'country') return countryName(value);
  if (param === 'lang') return languageName(value);
  return value;
}
