import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiRouteModules } from '@/lib/api/route-modules';
import { CLIENT_IP_HEADER } from '@/lib/api/client-ip';
import { ContractChecker } from '@/lib/api/testing/contract';
import { FIXTURE_ARTICLES } from '@/lib/api/testing/articles';
import { setUpApiEnv, type ApiTestEnv } from '@/lib/api/testing/api-server';
import { dropIndex, testMeili } from '@/lib/testing/meili-fixture';
import { createMeiliClient } from './client';
import { ensureArticleIndex } from '@/lib/meili/admin/setup';

const { conn, uniqueIndex } = testMeili();
const admin = createMeiliClient(conn);
const otherIndex = uniqueIndex('r15');
let t: ApiTestEnv;
let foreign: { uid: string; key: string };

// The app holds a key Meilisearch refuses for its index (re-scoped or deleted).
beforeAll(async () => {
  await ensureArticleIndex(admin, otherIndex);
  foreign = await admin.createKey({
    actions: ['search'],
    indexes: [otherIndex],
    expiresAt: null,
  });
  t = await setUpApiEnv(FIXTURE_ARTICLES, { MEILI_SEARCH_KEY: foreign.key });
});
afterAll(async () => {
  await t?.cleanup();
  await admin.deleteKey(foreign.uid);
  await dropIndex(conn, otherIndex);
});

describe('Meilisearch refuses the app its key', () => {
  it('the API answers 503 with a problem document, and the log names a configuration error', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const url = 'http://api.test/api/v1/search?q=oil';
    const res = await apiRouteModules.search.GET(new Request(url));
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await res.clone().json()) as { detail: string };
    expect(body.detail).toMatch(/configuration error/);
    expect(JSON.stringify(body)).not.toMatch(new RegExp(`${t.indexUid}|${otherIndex}|API key`));
    await new ContractChecker().check(url, res);
    expect(logged.mock.calls.flat().join(' ')).toMatch(
      /configuration error: Meilisearch refused this server's search key \(HTTP 403/,
    );
    expect(logged.mock.calls.flat().join(' ')).not.toContain(foreign.key);
    logged.mockRestore();
  });

  it("the search page's proxy answers 503 search_unavailable, not a reader's 400", async () => {
    const muted = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await apiRouteModules.multiSearch.POST(
      new Request('http://app.test/api/meili/multi-search', {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CLIENT_IP_HEADER]: '203.0.113.9' },
        body: JSON.stringify({ queries: [{ indexUid: t.indexUid, q: 'oil' }] }),
      }),
    );
    muted.mockRestore();
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      message: 'Search is temporarily unavailable',
      code: 'search_unavailable',
    });
  });

  it('/health tells a monitor too, with the same 503 problem', async () => {
    const muted = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await apiRouteModules.health.GET(new Request('http://api.test/api/v1/health'));
    muted.mockRestore();
    expect(res.status).toBe(503);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/configuration error/);
  });
});
