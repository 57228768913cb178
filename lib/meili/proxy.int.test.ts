import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticle } from '@/lib/api/testing/articles';
import { setUpApiEnv, type ApiTestEnv } from '@/lib/api/testing/api-server';
import { testMeili } from '@/lib/testing/meili-fixture';
import { Meilisearch } from 'meilisearch';
import { createMeiliClient, isUnreachable, rejectedRequest } from './client';
import { nodeHttpClient } from './node-http';
import { HIT_ATTRIBUTES, toHitView, type SearchHit } from '@/lib/search/hit-view';
import { proxyMultiSearch } from './proxy';

const DOCS = [
  makeArticle({
    id: 'oil',
    title: 'Crude oil prices rally as exporters meet',
    body:
      'Crude oil prices rallied on Monday after exporters agreed to curb output. Traders in ' +
      'the international market said the price of crude had not been this high since spring, ' +
      'and several analysts expected prices to hold through the summer as stocks fell.',
  }),
  makeArticle({
    id: 'cafe',
    title: 'Café owners protest a new tax',
    body: 'Owners of cafés in Lyon protested what they called a naïve tax on terraces.',
  }),
  makeArticle({
    id: 'rates',
    title: 'Interest rates held steady',
    body: 'The central bank held interest rates steady; markets found the statement interesting.',
  }),
  makeArticle({ id: 'zh', title: '国际石油价格上涨', body: '国际石油价格周一上涨，交易商说。' }),
  makeArticle({
    id: 'summit',
    title: 'Summit in Baku',
    countries: ['AZ', 'FR'],
    organizations: ['Baku Initiative Group'],
    people: ['Ilham Aliyev'],
  }),
];

let t: ApiTestEnv;
beforeAll(async () => {
  t = await setUpApiEnv(DOCS);
});
afterAll(async () => t?.cleanup());

const TAGS = { highlightPreTag: '⟦', highlightPostTag: '⟧' };
const marks = (s: unknown) =>
  [...(typeof s === 'string' ? s : '').matchAll(/⟦([^⟧]*)⟧/g)]
    .map((m) => m[1]!.toLowerCase())
    .sort();

type Hit = { id: string; body?: string; _formatted: Record<string, string> };

/** The page's request through the proxy (formatted here) and Meilisearch's own formatting. */
async function both(q: string, attributesToCrop?: string[]) {
  const params = {
    q,
    attributesToRetrieve: ['id', 'title'],
    attributesToHighlight: ['title', 'body'],
    ...(attributesToCrop ? { attributesToCrop, cropMarker: '…' } : {}),
    ...TAGS,
  };
  const proxied = (await proxyMultiSearch({ queries: [{ indexUid: t.indexUid, ...params }] })) as {
    results: { hits: Hit[] }[];
  };
  const meili = await createMeiliClient(testMeili().conn).index(t.indexUid).search(q, params);
  const byId = (hits: Hit[]) => new Map(hits.map((h) => [h.id, h]));
  return { ours: byId(proxied.results[0]!.hits), meili: byId(meili.hits as unknown as Hit[]) };
}

describe('proxy formatting (highlights made here, not by Meilisearch)', () => {
  // Marks against Meilisearch's on real text: indexer/highlight-parity.int.test.ts (Reuters).
  it('leaves a Chinese query to Meilisearch: same marks as its own', async () => {
    const { ours, meili } = await both('石油');
    expect([...ours.keys()]).toEqual(['zh']);
    const hit = meili.get('zh')!;
    expect(marks(ours.get('zh')!._formatted.title)).toEqual(marks(hit._formatted.title));
    expect(marks(ours.get('zh')!._formatted.body)).toEqual(marks(hit._formatted.body));
    expect(marks(hit._formatted.title)).not.toEqual([]);
  });

  it('crops around the matches and leaves out attributes only retrieved for formatting', async () => {
    const { ours } = await both('summer stocks', ['body:8']);
    const hit = ours.get('oil')!;
    expect(hit.body).toBeUndefined();
    const snippet = hit._formatted.body!;
    expect(snippet).toMatch(/^….*…?$/);
    expect(marks(snippet)).toEqual(['stocks', 'summer']);
    expect(snippet.replace(/[⟦⟧…]/g, '').trim().split(/\s+/).length).toBeLessThanOrEqual(8);
  });
});

describe("the results list's request", () => {
  it('gets the fields its chips need, not whole entities', async () => {
    const proxied = (await proxyMultiSearch({
      queries: [{ indexUid: t.indexUid, q: 'baku', attributesToRetrieve: HIT_ATTRIBUTES }],
    })) as { results: { hits: (SearchHit & Record<string, unknown>)[] }[] };
    const hit = proxied.results[0]!.hits[0]!;
    const doc = DOCS.find((d) => d.id === 'summit')!;
    expect(Object.keys(hit).sort()).toEqual(['entities', 'id', 'publishedAt', 'source', 'title']);
    expect(hit.entities).toHaveLength(doc.entities.length);
    for (const entity of hit.entities ?? []) expect(entity).not.toHaveProperty('forms');
    expect(toHitView(hit).chips).toEqual(toHitView(doc).chips);
    expect(toHitView(hit).chips.map((c) => c.value)).toEqual(
      expect.arrayContaining(['AZ', 'FR', 'Baku Initiative Group', 'Ilham Aliyev']),
    );
  });
});

describe('proxy errors over the node:http client', () => {
  it('a request Meilisearch refuses is a rejection in its words, not "unreachable"', async () => {
    const error = await proxyMultiSearch({
      queries: [{ indexUid: t.indexUid, q: 'oil', filter: 'body = "x"' }],
    }).catch((e: unknown) => e);
    expect(isUnreachable(error)).toBe(false);
    const rejected = rejectedRequest(error);
    expect(rejected?.status).toBe(400);
    expect(rejected?.message).toMatch(/filterable/);
    expect(rejected?.message).not.toMatch(/http:\/\//); // never the internal URL
  });

  it('no server answering is "unreachable", not a rejection', async () => {
    const client = new Meilisearch({ host: 'http://127.0.0.1:9', httpClient: nodeHttpClient });
    const error = await client
      .multiSearch({ queries: [{ indexUid: 'x' }] })
      .catch((e: unknown) => e);
    expect(isUnreachable(error)).toBe(true);
    expect(rejectedRequest(error)).toBeNull();
  });
});
