import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER } from '@/lib/api/client-ip';
import { FACET_FIELDS } from '@/lib/schema/index-settings';
import { HIT_ATTRIBUTES } from '@/lib/search/hit-view';
import { RENDER_TOKEN_HEADER, renderToken } from '@/lib/search/render-token';
import { FIXTURE_ARTICLES } from '@/lib/api/testing/articles';
import { setUpApiEnv, type ApiTestEnv } from '@/lib/api/testing/api-server';
import * as facetSearchRoute from './indexes/[uid]/facet-search/route';
import * as multiSearchRoute from './multi-search/route';

let t: ApiTestEnv;

beforeAll(async () => {
  t = await setUpApiEnv(FIXTURE_ARTICLES, { FACETWIRE_PAGE_RATE: '2/min' });
});
afterAll(async () => t?.cleanup());

function post(
  url: string,
  body: unknown,
  client: string,
  headers: Record<string, string> = {},
): Request {
  return new Request(`http://app.test${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CLIENT_IP_HEADER]: client, ...headers },
    body: JSON.stringify(body),
  });
}

const hits = (client: string, headers: Record<string, string> = {}) =>
  multiSearchRoute.POST(
    post(
      '/api/meili/multi-search',
      { queries: [{ indexUid: t.indexUid, q: 'oil' }] },
      client,
      headers,
    ),
  );
const facetValues = (client: string) =>
  facetSearchRoute.POST(
    post(`/api/meili/indexes/${t.indexUid}/facet-search`, { facetName: 'source' }, client),
    { params: Promise.resolve({ uid: t.indexUid }) },
  );

describe('the search page proxy is metered per client address', () => {
  it('answers 429 with Retry-After and a code the page reads, once the budget is spent', async () => {
    expect((await hits('203.0.113.7')).status).toBe(200);
    expect((await facetValues('203.0.113.7')).status).toBe(200);
    const refused = await hits('203.0.113.7');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('ratelimit-limit')).toBe('2');
    expect(await refused.json()).toMatchObject({ code: 'rate_limited' });
    // Another reader is not affected.
    expect((await hits('203.0.113.8')).status).toBe(200);
  });

  it("never meters this server's own renders, which carry its render token", async () => {
    const own = { [RENDER_TOKEN_HEADER]: renderToken() };
    const statuses = await Promise.all([1, 2, 3, 4].map(() => hits('127.0.0.1', own)));
    expect(statuses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
  });

  it('meters a loopback address like any other (a proxy or a forged header could claim it)', async () => {
    const statuses = await Promise.all([1, 2, 3].map(() => hits('::ffff:127.0.0.1')));
    expect(statuses.map((r) => r.status)).toEqual([200, 200, 429]);
  });
});

describe('the search page proxy answers only what the page asks for, priced by cost', () => {
  const amplifying = () => ({
    queries: Array.from({ length: 24 }, (_, i) => ({
      indexUid: t.indexUid,
      q: `a${i}`,
      limit: 100,
      attributesToRetrieve: ['*'],
      attributesToHighlight: ['*'],
      facets: [...FACET_FIELDS],
    })),
  });
  const pageQuery = (limit: number) => ({
    indexUid: t.indexUid,
    q: '',
    limit,
    attributesToRetrieve: HIT_ATTRIBUTES,
    attributesToHighlight: ['title', 'body'],
    attributesToCrop: ['body:30'],
  });

  it('refuses the amplifying request with a 400 that names the fields', async () => {
    const res = await multiSearchRoute.POST(
      post('/api/meili/multi-search', amplifying(), '203.0.113.20'),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      code: 'invalid_request',
      message: expect.stringMatching(/queries/) as string,
    });
    const one = { queries: amplifying().queries.slice(0, 1) };
    const res1 = await multiSearchRoute.POST(post('/api/meili/multi-search', one, '203.0.113.20'));
    expect(res1.status).toBe(400);
    expect(((await res1.json()) as { message: string }).message).toMatch(/attributesToRetrieve/);
  });

  it('charges a heavy request more units of the budget (2 here) than a page of results', async () => {
    const send = (client: string, queries: unknown[]) =>
      multiSearchRoute.POST(post('/api/meili/multi-search', { queries }, client));
    const light = await send('203.0.113.21', [pageQuery(20)]);
    expect(light.status).toBe(200);
    expect(light.headers.get('ratelimit-remaining')).toBe('1');
    expect((await send('203.0.113.21', [pageQuery(20)])).status).toBe(200);
    const heavy = await send(
      '203.0.113.22',
      Array.from({ length: 10 }, () => pageQuery(50)),
    );
    expect(heavy.status).toBe(200);
    expect(heavy.headers.get('ratelimit-remaining')).toBe('0');
    expect((await send('203.0.113.22', [pageQuery(20)])).status).toBe(429);
  });
});
