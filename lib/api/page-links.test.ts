import { describe, expect, it } from 'vitest';
import { parseParams } from './params';
import { EXPORT_PARAMS } from '@/lib/api/endpoints/export';
import { FEED_PARAMS } from '@/lib/api/endpoints/feed';
import { toFilterQuery } from './search-query';
import { filterFor } from './search-request';
import { exportHref, feedHref, pageQueryFromApi, provenanceHref } from '@/lib/search/api-links';
import { routeFilter } from '@/lib/search/route-filter';
import { parseSearchParams } from '@/lib/search-page/url-state';

/** The export's filter, built by the partner API from the link, joined as the page joins its own. */
function apiFilter(href: string): string | undefined {
  const url = new URL(href, 'http://x');
  const params = url.pathname.endsWith('/export')
    ? parseParams(url.searchParams, EXPORT_PARAMS)
    : parseParams(url.searchParams, FEED_PARAMS);
  const parts = filterFor(toFilterQuery(params), null);
  if (parts.length === 0) return undefined;
  return parts.map((p) => (typeof p === 'string' ? p : `(${p.join(' OR ')})`)).join(' AND ');
}

// Page routes hold indexed names: a link with another name ("xorg=NATO") is redirected first.
const ROUTES = [
  '',
  '?q=kanak',
  '?country=FR&country=AZ&all=country',
  '?country=FR&country=AZ&cscope=about&xcountry=RU',
  '?org=Baku%20Initiative%20Group&xorg=North%20Atlantic%20Treaty%20Organization&person=Manuel%20Valls&all=person',
  '?source=Facetwire%20demo&lang=fr&xlang=en',
  '?from=2024&to=2025-12',
  '?from=2024-05-17&to=2024-05-17',
  `?source=${encodeURIComponent('Evil "Source" \\ (x) OR id EXISTS')}`,
  '?q=oil&country=US&xsource=wire&all=org&from=1987-03&sort=newest&page=3&per=50',
];

describe('export and feed links', () => {
  it.each(ROUTES)('%s: the export and the feeds filter exactly as the page does', (qs) => {
    const { route } = parseSearchParams(new URLSearchParams(qs));
    expect(apiFilter(exportHref(route, 'csv'))).toBe(routeFilter(route));
    expect(apiFilter(feedHref(route, 'rss'))).toBe(routeFilter(route));
    expect(apiFilter(feedHref(route, 'atom'))).toBe(routeFilter(route));
    expect(apiFilter(provenanceHref(route))).toBe(routeFilter(route));
  });

  it('the provenance link asks the export for its CSV sidecar', () => {
    const { route } = parseSearchParams(new URLSearchParams('?q=kanak&sort=newest'));
    const params = parseParams(
      new URL(provenanceHref(route), 'http://x').searchParams,
      EXPORT_PARAMS,
    );
    expect(params.provenance).toBe(true);
    expect(params.format).toBe('csv');
  });

  it.each([
    ['?q=kanak&sort=newest', 'jsonl', '/api/v1/export?format=jsonl&q=kanak&sort=newest'],
    ['?q=kanak&sort=oldest&page=2', 'csv', '/api/v1/export?format=csv&q=kanak'],
    ['?q=kanak', 'csv', '/api/v1/export?format=csv&q=kanak'],
    [
      '?country=FR&cscope=about&all=country',
      'csv',
      '/api/v1/export?format=csv&country=FR&match.country=all&country.scope=about',
    ],
  ] as const)('%s as %s → %s (every match, in date order; paging left out)', (qs, format, href) => {
    const { route } = parseSearchParams(new URLSearchParams(qs));
    expect(exportHref(route, format)).toBe(href);
  });

  it.each([
    ['', 'rss', '/api/v1/search.rss'],
    ['?q=kanak&sort=oldest&page=2&per=50', 'atom', '/api/v1/search.atom?q=kanak'],
  ] as const)('%s as %s → %s (newest first, whatever the page sorts by)', (qs, kind, href) => {
    const { route } = parseSearchParams(new URLSearchParams(qs));
    expect(feedHref(route, kind)).toBe(href);
  });

  it.each(ROUTES)('%s: a feed leads back to the same search on the page', (qs) => {
    const { route } = parseSearchParams(new URLSearchParams(qs));
    const api = new URL(feedHref(route, 'rss'), 'http://x').searchParams;
    const back = parseSearchParams(new URLSearchParams(pageQueryFromApi(api)!));
    expect(back.problems).toEqual([]);
    expect(routeFilter(back.route)).toBe(routeFilter(route));
    expect(back.route.q).toBe(route.q.trim());
  });

  it.each([
    ['year=1987&q=oil', null],
    ['exclude.month=1987-03', null],
    ['from=1987-03-02T10:00Z', null],
    ['match.country=any&country=FR&limit=5', '?country=FR'],
    ['', ''],
  ])('API %j → page %j (null: the page has no such filter)', (api, page) => {
    expect(pageQueryFromApi(new URLSearchParams(api))).toBe(page);
  });
});
