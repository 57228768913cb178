import { describe, expect, it } from 'vitest';
import { FACET_VALUE_LIMITS } from '@/lib/search/facet-limits';
import { slimResult } from './proxy';

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

  it("cuts a hit's entities to its chip candidates, keeping those the filter names", () => {
    const person = (n: number) => ({
      kind: 'person',
      key: `p${n}`,
      name: `P ${n}`,
      count: n,
      salient: false,
    });
    const entities = [1, 2, 3, 4, 5, 6, 7, 8].map(person);
    const out = slimResult({ hits: [{ id: 'a', entities }] }, { filter: ['people = "P 1"'] });
    expect(out.hits[0]?.entities).toEqual([1, 4, 5, 6, 7, 8].map(person));
  });

  it('leaves entity lists alone when they lack the fields chips rank by', () => {
    const entities = [1, 2, 3, 4, 5, 6, 7].map((n) => ({ kind: 'person', name: `P ${n}` }));
    expect(slimResult({ hits: [{ id: 'a', entities }] }, {}).hits[0]?.entities).toEqual(entities);
  });

  it('leaves _formatted whole when every attribute is highlighted', () => {
    const out = slimResult({ hits: [hit] }, { attributesToHighlight: ['*'] });
    expect(out.hits[0]).toEqual(hit);
  });

  it('cuts long facet lists to the most frequent values but never the date facets', () => {
    const cap = FACET_VALUE_LIMITS.people;
    const big = manyValues(cap + 50);
    const out = slimResult(
      { hits: [], facetDistribution: { people: big, month: big, source: { a: 1 } } },
      {},
    );
    const people = out.facetDistribution.people;
    expect(Object.keys(people)).toHaveLength(cap);
    expect(Math.min(...Object.values(people))).toBe(51);
    expect(Object.keys(out.facetDistribution.month)).toHaveLength(cap + 50);
    expect(out.facetDistribution.source).toEqual({ a: 1 });
  });

  it('keeps a value the filter selects even when it ranks below the cut', () => {
    const cap = FACET_VALUE_LIMITS.organizations;
    const big = manyValues(cap + 50);
    const rare = `v${cap + 40}`;
    const out = slimResult(
      { hits: [], facetDistribution: { organizations: big } },
      { filter: [[`"organizations"="${rare}"`], 'year = 1987'] },
    );
    const orgs = out.facetDistribution.organizations;
    expect(Object.keys(orgs)).toHaveLength(cap + 1);
    expect(orgs[rare]).toBe(10);
  });

  it('keeps a value selected in another query of the same request', () => {
    const cap = FACET_VALUE_LIMITS.organizations;
    const rare = `v${cap + 40}`;
    const out = slimResult(
      { hits: [], facetDistribution: { organizations: manyValues(cap + 50) } },
      { filter: 'year = 1987' },
      `(organizations = "${rare}") AND year = 1987`,
    );
    expect(out.facetDistribution.organizations[rare]).toBe(10);
  });
});
