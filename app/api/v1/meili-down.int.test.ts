import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetAccessControl } from '@/lib/api/access';
import { ContractChecker } from '@/lib/api/testing/contract';
import { startEmbeddedMeili } from '@/lib/meili/admin/embedded';
import * as articleRoute from './articles/[id]/route';
import * as exportRoute from './export/route';
import * as facetsRoute from './facets/[name]/route';
import * as healthRoute from './health/route';
import * as rssRoute from './search.rss/route';
import * as searchRoute from './search/route';

type Handler = (req: Request) => Promise<Response> | Response;
const contract = new ContractChecker();
let dataDir: string;

// A real server, stopped: the app is configured exactly as in production, then loses it.
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'facetwire-down-'));
  const masterKey = 'down-test-master-key-0123456789';
  const meili = await startEmbeddedMeili({ dataDir, masterKey });
  Object.assign(process.env, {
    MEILI_URL: meili.url,
    MEILI_SEARCH_KEY: masterKey,
    FACETWIRE_INDEX: 'articles',
    FACETWIRE_API_DB: join(dataDir, 'keys.sqlite'),
  });
  await meili.stop();
});
afterAll(async () => {
  resetAccessControl();
  await rm(dataDir, { recursive: true, force: true });
});

describe('Meilisearch stopped', () => {
  it.each<[string, Handler]>([
    ['/search?q=oil', searchRoute.GET],
    ['/articles/a1', articleRoute.GET],
    ['/facets/organization?q=Bak', facetsRoute.GET],
    ['/search.rss?q=oil', rssRoute.GET],
    ['/export?format=csv', exportRoute.GET],
    ['/health', healthRoute.GET],
  ])('%s → 503 problem with Retry-After within 1 s', async (path, handler) => {
    const url = `http://api.test/api/v1${path}`;
    const started = performance.now();
    const res = await handler(new Request(url));
    const ms = performance.now() - started;
    expect(res.status).toBe(503);
    expect(ms).toBeLessThan(1000);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const text = await res.clone().text();
    expect(text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|at .*\.ts|stack/i);
    await contract.check(url, res);
  });
});
