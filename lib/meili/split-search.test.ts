import { describe, expect, it } from 'vitest';
import { mergeSplit, splitQueries } from './split-search';

const full = {
  indexUid: 'articles',
  q: 'oil',
  filter: [['"countries"="FR"']],
  facets: ['countries', 'people'],
  attributesToHighlight: ['title'],
  sort: ['publishedAt:desc'],
  hitsPerPage: 20,
  page: 2,
};

describe('splitQueries', () => {
  it('moves the facets of a hits query into a facet-only query that matches the same documents', () => {
    const plan = splitQueries([full]);
    expect(plan.main).toEqual([{ ...full, facets: undefined }]);
    expect(plan.facets).toEqual([
      {
        of: 0,
        query: {
          indexUid: 'articles',
          q: 'oil',
          filter: [['"countries"="FR"']],
          facets: ['countries', 'people'],
          hitsPerPage: 0,
        },
      },
    ]);
  });

  it.each([
    ['no facets', { indexUid: 'articles', q: 'oil', hitsPerPage: 20 }],
    ['no hits', { indexUid: 'articles', q: 'oil', facets: ['countries'], hitsPerPage: 0 }],
    ['limit 0', { indexUid: 'articles', facets: ['countries'], limit: 0 }],
  ])('leaves a query with %s alone', (_name, query) => {
    expect(splitQueries([query])).toEqual({ main: [query], facets: [] });
  });
});

describe('mergeSplit', () => {
  it('puts facet counts back on the query they came from, keeping the other results', () => {
    const disjunctive = { indexUid: 'articles', q: 'oil', facets: ['countries'], hitsPerPage: 0 };
    const plan = splitQueries([full, disjunctive]);
    const merged = mergeSplit(
      plan,
      [
        { hits: [{ id: 'a' }], processingTimeMs: 9 },
        { hits: [], facetDistribution: { countries: { FR: 3 } }, processingTimeMs: 2 },
      ],
      [{ facetDistribution: { countries: { FR: 5 }, people: { X: 1 } }, processingTimeMs: 11 }],
    );
    expect(merged[0]).toEqual({
      hits: [{ id: 'a' }],
      facetDistribution: { countries: { FR: 5 }, people: { X: 1 } },
      processingTimeMs: 11,
    });
    expect(merged[1]).toEqual({
      hits: [],
      facetDistribution: { countries: { FR: 3 } },
      processingTimeMs: 2,
    });
  });

  it('fails loudly when a facet half is missing rather than showing empty facets', () => {
    expect(() => mergeSplit(splitQueries([full]), [{ processingTimeMs: 1 }], [])).toThrow(
      /no result for query 0/,
    );
  });
});
