import { describe, expect, it } from 'vitest';
import { searchTitle, withSiteName } from './page-title';
import type { FacetParam } from '@/lib/schema/facets';
import { emptyRoute } from '@/lib/search/search-route';
import { parseSearchParams } from './url-state';

const names: Record<string, string> = { FR: 'France', AZ: 'Azerbaijan', fr: 'French' };
const display = (_p: FacetParam, v: string) => names[v] ?? v;

function titleOf(query: string) {
  return searchTitle(parseSearchParams(new URLSearchParams(query)).route, display);
}

describe('searchTitle', () => {
  it.each([
    ['', undefined],
    ['sort=newest&per=50', undefined],
    ['q=kanak', 'Search: “kanak”'],
    ['q=%20%20kanak%20%20%20unrest%20', 'Search: “kanak unrest”'],
    ['country=FR&country=AZ', 'Search: France or Azerbaijan'],
    ['country=FR&country=AZ&all=country', 'Search: France + Azerbaijan'],
    [
      'q=summit&country=FR&country=AZ&all=country&org=Baku+Initiative+Group&from=2024-01&to=2025-12',
      'Search: “summit”, France + Azerbaijan, Baku Initiative Group, 2024-01 – 2025-12',
    ],
    ['lang=fr&xcountry=FR', 'Search: not France, French'],
    ['from=2024', 'Search: from 2024'],
    ['to=2025-06', 'Search: until 2025-06'],
    ['q=oil&page=3', 'Search: “oil” (page 3)'],
  ])('%s → %s', (query, expected) => {
    expect(titleOf(query)).toBe(expected);
  });

  it('keeps a long query or a long list of values to a tab-sized title', () => {
    const route = emptyRoute();
    route.q = 'a'.repeat(300);
    route.values.org = Array.from({ length: 20 }, (_, i) => `Organization number ${i}`);
    const title = searchTitle(route, display) ?? '';
    expect(title.length).toBeLessThanOrEqual(160);
    expect(title).toMatch(/^Search: “a+…”, Organization number 0 or/);
    expect(title.endsWith('…')).toBe(true);
  });

  it('names the site after the page', () => {
    expect(withSiteName('Search: “oil”')).toBe('Search: “oil” · Facetwire');
  });
});
