import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticle } from '@/lib/api/testing/articles';
import { setUpApiEnv, type ApiTestEnv } from '@/lib/api/testing/api-server';
import { findFacetValues } from './facet-value-search';

const OPEC = 'Organization of the Petroleum Exporting Countries';

const DOCS = [
  makeArticle({ id: 'a1', title: 'Exporters meet in Vienna', organizations: [OPEC, 'World Bank'] }),
  makeArticle({ id: 'a2', title: 'Output quotas', organizations: [OPEC], countries: ['FR'] }),
  makeArticle({
    id: 'a3',
    title: 'Loans to Ghana',
    organizations: ['World Bank'],
    countries: ['GB'],
  }),
  makeArticle({ id: 'a4', title: 'Petroleum Board report', organizations: ['Petroleum Board'] }),
  makeArticle({ id: 'a5', title: 'Summit', countries: ['DE', 'FR'], people: ['Ronald Reagan'] }),
];

let t: ApiTestEnv;
beforeAll(async () => {
  t = await setUpApiEnv(DOCS);
});
afterAll(async () => t?.cleanup());

const values = async (
  facetName: 'organizations' | 'countries' | 'people',
  facetQuery: string,
  filter?: string,
) => (await findFacetValues({ facetName, facetQuery, ...(filter ? { filter } : {}) })).facetHits;

describe('findFacetValues', () => {
  it.each([
    ['opec', 'organizations', [{ value: OPEC, count: 2 }]],
    [
      'petroleum',
      'organizations',
      [
        { value: OPEC, count: 2 },
        { value: 'Petroleum Board', count: 1 },
      ],
    ],
    ['petroleum exp', 'organizations', [{ value: OPEC, count: 2 }]],
    ['bank', 'organizations', [{ value: 'World Bank', count: 2 }]],
    ['uk', 'countries', [{ value: 'GB', count: 1 }]],
    ['britain', 'countries', [{ value: 'GB', count: 1 }]],
    ['reagan', 'people', [{ value: 'Ronald Reagan', count: 1 }]],
  ] as const)('"%s" in %s', async (typed, field, expected) => {
    expect(await values(field, typed)).toEqual(expected);
  });

  it('puts a value named exactly as typed first', async () => {
    const hits = await values('countries', 'fr');
    expect(hits[0]).toEqual({ value: 'FR', count: 2 });
  });

  it('counts within the search it was asked from', async () => {
    expect(await values('organizations', 'opec', 'countries = "FR"')).toEqual([
      { value: OPEC, count: 1 },
    ]);
    expect(await values('organizations', 'bank', 'countries = "FR"')).toEqual([]);
  });

  it('without typed words is Meilisearch facet search (values by count)', async () => {
    const hits = await values('organizations', '');
    expect(hits.map((h) => h.count)).toEqual([2, 2, 1]);
    expect(hits[2]).toEqual({ value: 'Petroleum Board', count: 1 });
  });
});
