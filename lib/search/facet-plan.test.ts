import { describe, expect, it } from 'vitest';
import {
  facetCountQueries,
  facetCountsKey,
  facetSearchRequest,
  mergeFacetCounts,
} from './facet-plan';
import { parseSearchParams } from '@/lib/search-page/url-state';

const parse = (qs: string) => parseSearchParams(new URLSearchParams(qs)).route;

describe('facetCountQueries', () => {
  it('asks for every panel facet in one query when no "match any" facet is selected', () => {
    const queries = facetCountQueries(parse('?q=oil&country=FR&all=country&xorg=EU'), 'a');
    expect(queries).toEqual([
      {
        indexUid: 'a',
        q: 'oil',
        filter: 'countries = "FR" AND NOT organizations = "EU"',
        facets: ['countries', 'organizations', 'people', 'source', 'language', 'month', 'year'],
        limit: 0,
      },
    ]);
  });

  it('counts a selected "match any" facet without its own values, keeping the others', () => {
    const [main, country, ...rest] = facetCountQueries(
      parse('?country=FR&country=AZ&org=NATO&all=org&cscope=about'),
      'a',
    );
    expect(rest).toEqual([]);
    expect(main).toMatchObject({
      facets: ['organizations', 'people', 'source', 'language', 'month', 'year'],
      filter: '(countriesAbout = "FR" OR countriesAbout = "AZ") AND organizations = "NATO"',
    });
    expect(country).toMatchObject({
      facets: ['countriesAbout'],
      filter: 'organizations = "NATO"',
    });
  });

  it('sends no filter when there is none, and the date range applies to every query', () => {
    expect(facetCountQueries(parse(''), 'a')[0]).not.toHaveProperty('filter');
    const queries = facetCountQueries(parse('?person=X&from=2024'), 'a');
    for (const q of queries) expect(q.filter).toContain('publishedAt >= 1704067200');
  });

  it('gives different states different keys and equal states equal keys', () => {
    const key = (qs: string) => facetCountsKey(facetCountQueries(parse(qs), 'a'));
    expect(key('?q=oil&country=FR')).toBe(key('?country=FR&q=oil'));
    expect(key('?q=oil&country=FR')).not.toBe(key('?q=oil&country=FR&cscope=about'));
    // Page, sort and page size do not change counts.
    expect(key('?q=oil')).toBe(key('?q=oil&page=3&sort=newest&per=50'));
  });
});

describe('mergeFacetCounts', () => {
  it('takes each facet from the query that asked for it', () => {
    const queries = facetCountQueries(parse('?country=FR'), 'a');
    const counts = mergeFacetCounts(queries, [
      { facetDistribution: { countries: { FR: 1 }, people: { X: 2 } } },
      { facetDistribution: { countries: { FR: 5, AZ: 3 } } },
    ]);
    expect(counts.countries).toEqual({ FR: 5, AZ: 3 });
    expect(counts.people).toEqual({ X: 2 });
    expect(counts.month).toEqual({});
  });

  it('refuses a response that does not answer every query', () => {
    const queries = facetCountQueries(parse('?country=FR'), 'a');
    expect(() => mergeFacetCounts(queries, [{}])).toThrow(/1 results for 2 queries/);
  });
});

describe('facetSearchRequest', () => {
  it('searches a "match any" facet among the articles the other filters leave', () => {
    expect(facetSearchRequest(parse('?q=oil&org=NATO&country=FR'), 'org', 'un')).toEqual({
      facetName: 'organizations',
      facetQuery: 'un',
      q: 'oil',
      filter: '(countries = "FR")',
    });
  });

  it('keeps the facet\'s own values in "match all" mode', () => {
    expect(facetSearchRequest(parse('?org=NATO&all=org'), 'org', 'un').filter).toBe(
      'organizations = "NATO"',
    );
  });
});
