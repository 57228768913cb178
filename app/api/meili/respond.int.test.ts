import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER } from '@/lib/api/client-ip';
import { FIXTURE_ARTICLES } from '@/lib/api/testing/articles';
import { setUpApiEnv, type ApiTestEnv } from '@/lib/api/testing/api-server';
import * as facetSearchRoute from './indexes/[uid]/facet-search/route';
import * as multiSearchRoute from './multi-search/route';

let t: ApiTestEnv;

beforeAll(async () => {
  t = await setUpApiEnv(FIXTURE_ARTICLES, { FACETWIRE_PAGE_RATE: '2/min' });
});
afterAll(async () => t?.cleanup());

function post(url: string, body: unknown, client: string): Request {
  return new Request(`http://app.test${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CLIENT_IP_HEADER]: client },
    body: JSON.stringify(body),
  });
}

const hits = (client: string) =>
  multiSearchRoute.POST(
    post('/api/meili/multi-search', { queries: [{ indexUid: t.indexUid, q: 'oil' }] }, client),
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

  it("never meters this server's own renders, which search from loopback", async () => {
    const statuses = await Promise.all([1, 2, 3, 4].map(() => hits('127.0.0.1')));
    expect(statuses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect((await hits('::ffff:127.0.0.1')).status).toBe(200);
  });
});
