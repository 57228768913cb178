import { describe, expect, it } from 'vitest';
import { parseParams } from './params';
import { invalidParams } from './testing/invalid-params';
import { SEARCH_PARAMS } from './search-params';
import { toSearchQuery } from './search-query';
import { filterFor, meiliSearchRequest } from './search-request';

const parse = (qs: string) => toSearchQuery(parseParams(new URLSearchParams(qs), SEARCH_PARAMS));

const problems = (qs: string) => invalidParams(() => parse(qs));

describe('search parameters', () => {
  it('defaults', () => {
    expect(parse('')).toEqual({
      q: '',
      refinements: [],
      range: { from: undefined, to: undefined },
      sort: 'relevance',
      page: 1,
      limit: 20,
      facets: [],
      highlight: false,
    });
  });

  it('reads register acronyms and aliases of organizations and people as their indexed names', () => {
    expect(
      filterFor(parse('organization=OPEC&exclude.person=Gorbachov&organization=Acme'), null),
    ).toEqual([
      [
        'organizations = "Organization of the Petroleum Exporting Countries"',
        'organizations = "Acme"',
      ],
      'NOT people = "Mikhail Gorbachev"',
    ]);
  });

  it('builds a filter with every value quoted and the scope ANDed', () => {
    const query = parse(
      'country=fr&country=DE&match.country=all&exclude.source=a%22b&from=1987&to=1987-06',
    );
    expect(filterFor(query, 'source = reuters')).toEqual([
      'countries = "FR"',
      'countries = "DE"',
      'NOT source = "a\\"b"',
      `publishedAt >= ${Date.UTC(1987, 0, 1) / 1000}`,
      `publishedAt < ${Date.UTC(1987, 6, 1) / 1000}`,
      '(source = reuters)',
    ]);
  });

  it('applies country values and exclusions to the articles about them with country.scope=about', () => {
    expect(filterFor(parse('country=FR&exclude.country=DE&country.scope=about'), null)).toEqual([
      ['countriesAbout = "FR"'],
      'NOT countriesAbout = "DE"',
    ]);
    expect(filterFor(parse('country=FR&country.scope=mentions'), null)).toEqual([
      ['countries = "FR"'],
    ]);
  });

  it('maps sort, paging, facets and highlight to Meilisearch', () => {
    const { params } = meiliSearchRequest(
      parse('sort=newest&page=3&limit=5&facets=person,country&highlight=1'),
      null,
    );
    expect(params).toMatchObject({
      sort: ['publishedAt:desc'],
      page: 3,
      hitsPerPage: 5,
      facets: ['people', 'countries'],
      attributesToHighlight: ['title', 'body'],
    });
    expect(params).not.toHaveProperty('filter');
  });

  it.each([
    ['limit=101', 'limit', 'must be at most 100'],
    ['limit=abc', 'limit', 'must be a whole number'],
    ['page=0', 'page', 'must be at least 1'],
    ['sort=best', 'sort', 'must be relevance, newest or oldest'],
    ['country=FRA', 'country', 'must be an ISO 3166-1 alpha-2 code such as FR'],
    ['country=uk', 'country', 'UK is not an ISO 3166-1 code; use GB (United Kingdom)'],
    ['country=QQ', 'country', '"QQ" is not an ISO 3166-1 alpha-2 country code such as FR'],
    ['year=87', 'year', 'must be a year such as 1987'],
    ['from=1987-13', 'from', '"1987-13" has no month 13'],
    ['to=1987-02-29', 'to', '"1987-02-29" is not a calendar date'],
    ['from=1988&to=1987', 'from', '"from" must not be after "to"'],
    ['highlight=maybe', 'highlight', 'must be true or false'],
    ['organization=', 'organization', 'must not be empty'],
    ['person=a%0Ab', 'person', 'must not contain control characters'],
    ['sort=newest&sort=oldest', 'sort', 'may be given only once'],
    ['filter=x', 'filter', 'unknown parameter'],
  ])('%s → %s: %s', (qs, name, reason) => {
    expect(problems(qs)).toEqual([{ name, reason }]);
  });

  it('reports every problem at once', () => {
    expect(problems('limit=101&sort=x&nope=1')?.map((p) => p.name)).toEqual([
      'limit',
      'sort',
      'nope',
    ]);
  });
});
