import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticle } from '@/lib/api/testing/articles';
import { callRoute, setUpApiEnv, type ApiTestEnv } from '@/lib/api/testing/api-server';
import { proxyFacetSearch, proxyMultiSearch } from '@/lib/meili/proxy';
import * as exportRoute from './export/route';
import * as searchRoute from './search/route';

const nc = ['New Caledonia'];
const DOCS = [
  makeArticle({
    id: 'in-body',
    body: 'Voters in New Caledonia went to the polls on Sunday.',
    countryNames: nc,
  }),
  makeArticle({ id: 'in-title', title: 'New Caledonia votes', countryNames: nc }),
  // French text: the entity list names New Caledonia, the text never has the phrase.
  makeArticle({
    id: 'entity-only',
    title: 'Référendum à Nouméa',
    body: 'Les électeurs de Nouvelle-Calédonie ont voté dimanche.',
    language: 'fr',
    countryNames: nc,
    source: 'lemonde',
  }),
  makeArticle({
    id: 'text-both',
    body: 'New Caledonia and France signed the accord.',
    countryNames: [...nc, 'France'],
  }),
  // France only in the entity list (from "Paris"): the text has no "france".
  makeArticle({
    id: 'entity-paris',
    body: 'New Caledonia sent a delegation to Paris.',
    countryNames: [...nc, 'France'],
  }),
];

let t: ApiTestEnv;
beforeAll(async () => {
  t = await setUpApiEnv(DOCS);
});
afterAll(async () => t?.cleanup());

async function viaApi(q: string): Promise<string[]> {
  const res = await callRoute(searchRoute.GET, `/search?q=${encodeURIComponent(q)}`);
  return ((await res.json()) as { hits: { id: string }[] }).hits.map((h) => h.id).sort();
}

async function viaProxy(q: string): Promise<string[]> {
  const res = (await proxyMultiSearch({
    queries: [{ indexUid: t.indexUid, q, attributesToRetrieve: ['id'], facets: ['source'] }],
  })) as { results: { hits: { id: string }[] }[] };
  return res.results[0]!.hits.map((h) => h.id).sort();
}

async function viaExport(q: string): Promise<string[]> {
  const res = await callRoute(exportRoute.GET, `/export?format=jsonl&q=${encodeURIComponent(q)}`);
  const lines = (await res.text()).trim().split('\n');
  return lines.map((l) => (JSON.parse(l) as { id: string }).id).sort();
}

const SURFACES = [
  ['API search', viaApi],
  ['search page proxy', viaProxy],
  ['export', viaExport],
] as const;

describe.each(SURFACES)('%s: phrases and exclusions apply to the text', (_, run) => {
  it('a phrase matches only articles whose title, lead or body holds it', async () => {
    expect(await run('"New Caledonia"')).toEqual([
      'entity-paris',
      'in-body',
      'in-title',
      'text-both',
    ]);
  });

  it('an exclusion leaves out articles whose text has the word, not their entity list', async () => {
    expect(await run('"New Caledonia" -france')).toEqual(['entity-paris', 'in-body', 'in-title']);
  });

  it('without a phrase or exclusion, entity names still match', async () => {
    expect(await run('caledonia')).toContain('entity-only');
  });
});

it('the search page facet value search counts the same matches', async () => {
  const res = (await proxyFacetSearch(t.indexUid, {
    facetName: 'source',
    q: '"New Caledonia"',
  })) as { facetHits: { value: string; count: number }[] };
  expect(res.facetHits.map((h) => h.value)).not.toContain('lemonde');
});
