import { describe, expect, it } from 'vitest';
import { FACET_FIELDS } from '@/lib/schema/index-settings';
import { HIT_ATTRIBUTES, HIT_SEARCH_PARAMS } from '@/lib/search/hit-view';
import { checkPageRequest, PAGE_MAX_QUERIES } from './page-request';

const PAGE_QUERY = {
  indexUid: 'articles',
  q: 'oil',
  facets: [...FACET_FIELDS],
  attributesToRetrieve: HIT_ATTRIBUTES,
  attributesToHighlight: HIT_SEARCH_PARAMS.attributesToHighlight,
  attributesToCrop: ['body:30'],
  hitsPerPage: 20,
};

/** An amplifying request: a few KB in, every field of 24 × 100 hits highlighted out. */
const AMPLIFYING = {
  queries: Array.from({ length: 24 }, (_, i) => ({
    indexUid: 'articles',
    q: `a${i}`,
    limit: 100,
    attributesToRetrieve: ['*'],
    attributesToHighlight: ['*'],
    facets: [...FACET_FIELDS],
  })),
};

const refusal = (body: unknown) => {
  try {
    checkPageRequest(body);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('checkPageRequest', () => {
  it('refuses what the page never asks for, saying what', () => {
    const why = refusal(AMPLIFYING);
    expect(why).toMatch(/queries: .*10/);
    expect(refusal({ queries: AMPLIFYING.queries.slice(0, 1) })).toMatch(
      /attributesToRetrieve.*not a field the page shows.*attributesToHighlight.*limit/s,
    );
  });

  it.each([
    [{ attributesToRetrieve: ['id', 'body'] }, /attributesToRetrieve/],
    [{ attributesToHighlight: ['title', 'body'], attributesToCrop: [] }, /cropped snippet/],
    [{ attributesToCrop: ['body:500'] }, /body:1…99/],
    [{ attributesToCrop: ['title'] }, /body:1…99/],
    [{ hitsPerPage: 51 }, /hitsPerPage/],
  ])('refuses %j', (change, message) => {
    expect(refusal({ queries: [{ ...PAGE_QUERY, ...change }] })).toMatch(message);
  });

  it("fills in the page's fields when a query names none (instant-meilisearch's first query)", () => {
    const { body } = checkPageRequest({ queries: [{ indexUid: 'articles', hitsPerPage: 1 }] });
    expect(body).toEqual({
      queries: [{ indexUid: 'articles', hitsPerPage: 1, attributesToRetrieve: HIT_ATTRIBUTES }],
    });
  });

  it('prices by hits and queries: a page of results with its facet queries is one unit', () => {
    const facetQuery = { ...PAGE_QUERY, facets: ['source'], hitsPerPage: 0 };
    expect(checkPageRequest({ queries: [PAGE_QUERY, facetQuery, facetQuery] }).cost).toBe(1);
    const heavy = Array.from({ length: PAGE_MAX_QUERIES }, () => ({ ...PAGE_QUERY, limit: 50 }));
    expect(checkPageRequest({ queries: heavy }).cost).toBe(PAGE_MAX_QUERIES);
  });
});
