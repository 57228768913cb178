import { describe, expect, it } from 'vitest';
import { parseSearchParams } from '@/lib/search-page/url-state';
import { routeToUiState, uiStateToRoute } from './ui-state';

const parse = (qs: string) => parseSearchParams(new URLSearchParams(qs)).route;

describe('route <-> InstantSearch UI state', () => {
  it.each([
    '',
    '?q=kanak&country=FR&country=AZ&sort=newest&page=2',
    '?country=FR&country=AZ&all=country&xcountry=RU&from=2024-01&to=2025-12',
    '?country=FR&cscope=about&org=NATO&per=10&sort=oldest',
  ])('%s survives the round trip', (qs) => {
    const r = parse(qs);
    expect(uiStateToRoute(routeToUiState(r, 'articles'), 'articles')).toEqual(r);
  });

  it('keeps every filter in the fw state, none in InstantSearch refinement widgets', () => {
    const ui = routeToUiState(
      parse('?country=FR&org=NATO&org=EU&all=org&cscope=about'),
      'articles',
    );
    expect(Object.keys(ui)).toEqual(['fw']);
    expect(ui.fw?.values).toMatchObject({ country: ['FR'], org: ['NATO', 'EU'] });
    expect(ui.fw?.matchAll).toEqual(['org']);
    expect(ui.fw?.countryScope).toBe('about');
  });

  it('reads a partial fw state (an older URL) as empty filters', () => {
    const r = uiStateToRoute({ query: 'x', fw: { values: { country: ['FR'] } } as never }, 'a');
    expect(r.values).toMatchObject({ country: ['FR'], org: [] });
    expect(r.exclude.org).toEqual([]);
  });

  it('maps sorts to sort indexes', () => {
    expect(routeToUiState(parse('?sort=newest'), 'a').sortBy).toBe('a:publishedAt:desc');
    expect(routeToUiState(parse('?sort=oldest'), 'a').sortBy).toBe('a:publishedAt:asc');
    expect(routeToUiState(parse(''), 'a').sortBy).toBeUndefined();
  });
});
