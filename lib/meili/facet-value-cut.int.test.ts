import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticle } from '@/lib/api/testing/articles';
import { setUpApiEnv, type ApiTestEnv } from '@/lib/api/testing/api-server';
import { MAX_VALUES_PER_FACET } from '@/lib/schema/index-settings';
import { findFacetValues } from './facet-value-search';

const OPEC = 'Organization of the Petroleum Exporting Countries';

const values = async (facetQuery: string) =>
  (await findFacetValues({ facetName: 'organizations', facetQuery })).facetHits;

describe('findFacetValues beyond the facet count cut', () => {
  let big: ApiTestEnv;
  beforeAll(async () => {
    // Every filler value is in two articles; the one OPEC article's value falls past the cut.
    const fillers = Array.from({ length: MAX_VALUES_PER_FACET }, (_, i) =>
      makeArticle({
        id: `f${i}`,
        title: `Filler ${i}`,
        organizations: [`Filler Body ${i}`, `Filler Body ${(i + 1) % MAX_VALUES_PER_FACET}`],
      }),
    );
    big = await setUpApiEnv([
      ...fillers,
      makeArticle({ id: 'o', title: 'Quotas', organizations: [OPEC] }),
    ]);
  }, 120_000);
  afterAll(async () => big?.cleanup());

  it('still finds a register name by acronym, and counts it', async () => {
    expect(await values('opec')).toEqual([{ value: OPEC, count: 1 }]);
    expect((await values('petroleum exporting')).map((h) => h.value)).toEqual([OPEC]);
  });
});
