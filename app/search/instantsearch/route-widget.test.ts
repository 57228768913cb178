import algoliasearchHelper from 'algoliasearch-helper';
import { describe, expect, it } from 'vitest';
import { parseSearchParams } from '@/lib/search-page/url-state';
import { connectRoute } from './route-widget';
import { routeToUiState, uiStateToRoute } from './ui-state';

const parse = (qs: string) => parseSearchParams(new URLSearchParams(qs)).route;
const widget = () => connectRoute(() => {})({ indexUid: 'articles' });
const initial = () => new algoliasearchHelper.SearchParameters({ index: 'articles' });

describe('route widget', () => {
  it.each([
    '',
    '?q=kanak&country=FR&sort=newest&page=2',
    '?country=FR&all=country&xcountry=RU&from=2024-01&to=2025-12&per=50',
    '?org=NATO&cscope=about&sort=oldest&per=10',
  ])('%s: the search parameters it sets read back as the same route', (qs) => {
    const route = parse(qs);
    const w = widget();
    const params = w.getWidgetSearchParameters(initial(), {
      uiState: routeToUiState(route, 'articles'),
    });
    const ui = w.getWidgetUiState({}, { searchParameters: params, helper: undefined as never });
    expect(uiStateToRoute(ui, 'articles')).toEqual(route);
  });

  it('turns the route into the query, sort index, page, page size and filter', () => {
    const route = parse('?q=kanak&country=FR&sort=newest&page=3&per=10');
    const params = widget().getWidgetSearchParameters(initial(), {
      uiState: routeToUiState(route, 'articles'),
    });
    expect(params.query).toBe('kanak');
    expect(params.index).toBe('articles:publishedAt:desc');
    expect(params.page).toBe(2);
    expect(params.hitsPerPage).toBe(10);
    expect(params.filters).toBe('(countries = "FR")');
  });

  it('leaves no stale key behind when a part returns to its default', () => {
    const w = widget();
    const params = w.getWidgetSearchParameters(initial(), { uiState: {} });
    const stale = { query: 'old', page: 4, sortBy: 'articles:publishedAt:asc', hitsPerPage: 50 };
    const ui = w.getWidgetUiState(stale, { searchParameters: params, helper: undefined as never });
    expect(Object.keys(ui)).toEqual(['fw']);
  });
});
