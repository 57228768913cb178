import { describe, expect, it } from 'vitest';
import {
  refinementChips,
  setCountryScope,
  setMatchAll,
  toggleExclude,
  toggleValue,
} from './route-ops';
import { routeFilter, routeToUiState, uiStateToRoute } from './ui-state';
import { parseSearchParams } from './url-state';

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
    expect(routeFilter(routeToUiState(r, 'articles').fw!)).toBe(expected);
  });

  it("leaves out one facet's values but keeps its exclusions", () => {
    const r = parse('?country=FR&country=AZ&xcountry=RU&org=NATO');
    expect(routeFilter(r, 'country')).toBe('NOT countries = "RU" AND (organizations = "NATO")');
  });
});

describe('route edits', () => {
  it('toggle, exclude, match mode and scope keep the state consistent and reset the page', () => {
    let r = parse('?page=3');
    r = toggleValue(r, 'country', 'FR');
    expect(r.values.country).toEqual(['FR']);
    expect(r.page).toBe(1);
    r = toggleExclude(r, 'country', 'FR');
    expect(r.values.country).toEqual([]);
    expect(r.exclude.country).toEqual(['FR']);
    r = toggleValue(r, 'country', 'FR');
    expect(r.exclude.country).toEqual([]);
    r = setMatchAll(r, 'country', true);
    expect(r.matchAll).toEqual(['country']);
    r = setCountryScope(r, 'about');
    expect(routeFilter(r)).toBe('countriesAbout = "FR"');
    r = setMatchAll(r, 'country', false);
    expect(routeFilter(r)).toBe('(countriesAbout = "FR")');
  });
});

describe('refinement chips', () => {
  it('removes its refinement from the route current at click time, keeping newer edits', () => {
    const rendered = parse('?q=kan&country=FR&xorg=UN&from=2024');
    const chips = refinementChips(rendered, (_p, v) => v);
    expect(chips.map((c) => c.label)).toEqual([
      'Country: FR',
      'Organization: not UN',
      'Date: 2024 – …',
    ]);
    // The user typed on after the chips rendered.
    const latest = { ...rendered, q: 'kanak' };
    const removed = chips[0]!.remove(latest);
    expect(removed.q).toBe('kanak');
    expect(removed.values.country).toEqual([]);
    expect(chips[1]!.remove(latest).exclude.org).toEqual([]);
    expect(chips[2]!.remove(latest).from).toBeUndefined();
  });
});
