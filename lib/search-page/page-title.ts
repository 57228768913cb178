import { FACET_PARAMS, type FacetParam } from '@/lib/schema/facets';
import type { SearchRoute } from '@/lib/search/search-route';

/** The site's own title, and the suffix every other page's title carries. */
export const SITE_TITLE = 'Facetwire — news archive search';
export const TITLE_TEMPLATE = '%s · Facetwire';

export function withSiteName(title: string): string {
  return TITLE_TEMPLATE.replace('%s', title);
}

const MAX_QUERY = 80;
const MAX_TITLE = 160;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/**
 * What a search is about, for the browser tab, history and bookmarks, and for screen readers
 * announcing the page ("Search: “oil”, Saudi Arabia + Iran, 1987-03 – 1987-04"). Undefined
 * for the bare search page. Values joined by "+" must all match, by "or" any of them.
 */
export function searchTitle(
  route: SearchRoute,
  display: (param: FacetParam, value: string) => string,
): string | undefined {
  const parts: string[] = [];
  const q = route.q.trim().replace(/\s+/g, ' ');
  if (q) parts.push(`“${clip(q, MAX_QUERY)}”`);
  for (const p of FACET_PARAMS) {
    const values = route.values[p].map((v) => display(p, v));
    if (values.length) parts.push(values.join(route.matchAll.includes(p) ? ' + ' : ' or '));
    for (const v of route.exclude[p]) parts.push(`not ${display(p, v)}`);
  }
  if (route.from && route.to) parts.push(`${route.from} – ${route.to}`);
  else if (route.from) parts.push(`from ${route.from}`);
  else if (route.to) parts.push(`until ${route.to}`);
  if (parts.length === 0) return undefined;
  const title = clip(`Search: ${parts.join(', ')}`, MAX_TITLE);
  return route.page > 1 ? `${title} (page ${route.page})` : title;
}
