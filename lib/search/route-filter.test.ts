import { describe, expect, it } from 'vitest';
import { parseSearchParams } from '@/lib/search-page/url-state';
import { routeFilter } from './route-filter';

const parse = (qs: string) => parseSearchParams(new URLSearchParams(qs)).route;

describe('routeFilter', () => {
  const cases: [string, string | undefined][] = [
    ['', undefined],
    ['?country=FR', '(countries = "FR")'],
    ['?country=FR&country=AZ', '(countries = "FR" OR countries = "AZ")'],
    ['?country=FR&country=AZ&all=country', 'countries = "FR" AND countries = "AZ"'],
    [
      '?country=FR&org=NATO&xorg=EU',
      '(countries = "FR") AND (organizations = "NATO") AND NOT organizations = "EU"',
    ],
    ['?country=FR&cscope=about&all=country', 'countriesAbout = "FR"'],
    ['?xorg=NATO', 'NOT organizations = "NATO"'],
    ['?from=2024&to=2024', 'publishedAt >= 1704067200 AND publishedAt < 1735689600'],
    [
      `?org=${encodeURIComponent('FR" OR id EXISTS OR "')}&all=org`,
      'organizations = "FR\\" OR id EXISTS OR \\""',
    ],
  ];
  it.each(cases)('%s', (qs, expected) => {
    const r = parse(qs);
    expect(routeFilter(r)).toBe(expected);
  });

  it("leaves out one facet's values but keeps its exclusions", () => {
    const r = parse('?country=FR&country=AZ&xcountry=RU&org=NATO');
    expect(routeFilter(r, 'country')).toBe('NOT countries = "RU" AND (organizations = "NATO")');
  });
});
