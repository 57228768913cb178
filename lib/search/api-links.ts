import type { ExportFormat } from '@/lib/schema/export-formats';
import { apiFacetOf, FACET_PARAMS, type FacetParam } from '@/lib/schema/facets';
import type { SearchRoute } from './search-route';

/** The page's facet parameter for each API facet name it has (year and month it has not). */
const PAGE_FACET: Record<string, FacetParam> = Object.fromEntries(
  FACET_PARAMS.map((p) => [apiFacetOf(p), p]),
);

/** The page's query and filters as the partner API names them (see lib/api/search-query.ts). */
function apiFilterParams(route: SearchRoute): URLSearchParams {
  const p = new URLSearchParams();
  if (route.q.trim()) p.set('q', route.q.trim());
  for (const f of FACET_PARAMS) {
    const name = apiFacetOf(f);
    for (const v of route.values[f]) p.append(name, v);
    if (route.matchAll.includes(f) && route.values[f].length > 0) p.set(`match.${name}`, 'all');
    for (const v of route.exclude[f]) p.append(`exclude.${name}`, v);
  }
  if (route.countryScope === 'about') p.set('country.scope', 'about');
  if (route.from) p.set('from', route.from);
  if (route.to) p.set('to', route.to);
  return p;
}

/**
 * The partner API's export of every article the route matches: the same query, facet values,
 * match modes, exclusions, country scope and dates as the page, so the file holds what the page
 * counts. Exports come in date order: newest first when the page sorts so, else oldest first.
 */
export function exportHref(route: SearchRoute, format: ExportFormat): string {
  const p = new URLSearchParams({ format });
  for (const [k, v] of apiFilterParams(route)) p.append(k, v);
  if (route.sort === 'newest') p.set('sort', 'newest');
  return `/api/v1/export?${p.toString()}`;
}

/** The sidecar stating where the route's CSV export comes from (query, filters, time, count). */
export function provenanceHref(route: SearchRoute): string {
  return `${exportHref(route, 'csv')}&provenance=1`;
}

/** The API's feed of the newest articles the route matches, for a feed reader to follow. */
export function feedHref(route: SearchRoute, kind: 'rss' | 'atom'): string {
  const p = apiFilterParams(route).toString();
  return `/api/v1/search.${kind}${p ? `?${p}` : ''}`;
}

const PAGE_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * The search page's query string for an API request's query and filters (the reverse of the
 * links above), or null when the page cannot show them: the API's year and month facets, and
 * times of day in from/to, have no page equivalent. Other API parameters (limit, format…) are
 * not filters and are left out.
 */
export function pageQueryFromApi(api: URLSearchParams): string | null {
  const page = new URLSearchParams();
  for (const [name, value] of api) {
    const [head = '', facet = ''] = name.split('.');
    if (name === 'q') page.set('q', value);
    else if (PAGE_FACET[name]) page.append(PAGE_FACET[name], value);
    else if (head === 'exclude' && PAGE_FACET[facet]) page.append(`x${PAGE_FACET[facet]}`, value);
    else if (head === 'match' && PAGE_FACET[facet]) {
      if (value === 'all') page.append('all', PAGE_FACET[facet]);
    } else if (name === 'country.scope') {
      if (value === 'about') page.set('cscope', 'about');
    } else if (name === 'from' || name === 'to') {
      if (!PAGE_DATE.test(value)) return null;
      page.set(name, value);
    } else if (['year', 'month'].includes(head) || ['year', 'month'].includes(facet)) return null;
  }
  const qs = page.toString();
  return qs ? `?${qs}` : '';
}
