import { describe, expect, it } from 'vitest';
import { PROXY_MAX_FACET_VALUES, slimResult } from './proxy';

const hit = {
  id: 'a1',
  title: 'Oil prices',
  entities: [{ kind: 'country', key: 'US', name: 'United States' }],
  _formatted: {
    id: 'a1',
    title: '<em>Oil</em> prices',
    body: '… <em>oil</em> rose …',
    entities: [{ kind: 'country', key: 'US', name: 'United States' }],
  },
};

function manyValues(n: number): Record<string, number> {
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [`v${i}`, n - i]));
}

describe('slimResult', () => {
  it('keeps only highlighted and cropped attributes in _formatted, hits otherwise intact', () => {
    const out = slimResult(
      { hits: [hit] },
      { attributesToHighlight: ['title'], attributesToCrop: ['body:30'] },
    );
    expect(out.hits[0]).toEqual({
      ...hit,
      _formatted: { title: '<em>Oil</em> prices', body: '… <em>oil</em> rose …' },
    });
  });

  it('leaves _formatted whole when every attribute is highlighted', () => {
    const out = slimResult({ hits: [hit] }, { attributesToHighlight: ['*'] });
    expect(out.hits[0]).toEqual(hit);
  });

  it('cuts long facet lists to the most frequent values but never the date facets', () => {
    const big = manyValues(PROXY_MAX_FACET_VALUES + 50);
    const out = slimResult(
      { hits: [], facetDistribution: { people: big, month: big, source: { a: 1 } } },
      {},
    );
    const people = out.facetDistribution.people;
    expect(Object.keys(people)).toHaveLength(PROXY_MAX_FACET_VALUES);
    expect(Math.min(...Object.values(people))).toBe(51);
    expect(Object.keys(out.facetDistribution.month)).toHaveLength(PROXY_MAX_FACET_VALUES + 50);
    expect(out.facetDistribution.source).toEqual({ a: 1 });
  });
});
