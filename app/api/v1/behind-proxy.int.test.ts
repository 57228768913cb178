import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER } from '@/lib/api/client-ip';
import { FIXTURE_ARTICLES } from '@/lib/api/testing/articles';
import { setUpApiEnv, type ApiTestEnv } from '@/lib/api/testing/api-server';
import * as multiSearchRoute from '@/app/api/meili/multi-search/route';
import * as rssRoute from './search.rss/route';
import * as searchRoute from './search/route';

/** Behind our reverse proxy on loopback, which appends the address it saw. */
const EXTRA = {
  FACETWIRE_TRUST_PROXY: '1',
  FACETWIRE_TRUSTED_PROXIES: 'loopback',
  FACETWIRE_ANON_RATE: '2/min',
  FACETWIRE_PAGE_RATE: '2/min',
};
let t: ApiTestEnv;

beforeAll(async () => {
  t = await setUpApiEnv(FIXTURE_ARTICLES, EXTRA);
});
afterAll(async () => {
  await t?.cleanup();
  for (const k of Object.keys(EXTRA)) delete process.env[k];
});

/** What our proxy forwards: the client's own X-Forwarded-For, then the address it saw. */
const viaProxy = (clientWrote: string, seen: string) => ({
  [CLIENT_IP_HEADER]: '127.0.0.1',
  'x-forwarded-for': clientWrote ? `${clientWrote}, ${seen}` : seen,
});

describe('client addresses behind a trusted proxy', () => {
  it('a client cannot escape its limit by varying the X-Forwarded-For it writes', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const res = await searchRoute.GET(
        new Request('http://api.test/api/v1/search?q=oil', {
          headers: viaProxy(`10.9.0.${i}`, '198.51.100.40'),
        }),
      );
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 429, 429]);
  });

  it("claiming loopback does not exempt a reader from the search page's budget", async () => {
    const body = JSON.stringify({ queries: [{ indexUid: t.indexUid, q: 'oil' }] });
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      const res = await multiSearchRoute.POST(
        new Request('http://app.test/api/meili/multi-search', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...viaProxy('127.0.0.1', '198.51.100.41'),
          },
          body,
        }),
      );
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });

  it("uses the proxy's X-Forwarded-Host/-Proto for links", async () => {
    const res = await rssRoute.GET(
      new Request('http://127.0.0.1:3000/api/v1/search.rss?q=oil', {
        headers: {
          ...viaProxy('', '198.51.100.42'),
          host: '127.0.0.1:3000',
          'x-forwarded-host': 'news.example',
          'x-forwarded-proto': 'https',
        },
      }),
    );
    expect(await res.text()).toContain('https://news.example/');
  });
});
