import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER } from '@/lib/api/client-ip';
import { KeyStore } from '@/lib/api/key-store';
import { FIXTURE_ARTICLES } from '@/lib/api/testing/articles';
import { setUpApiEnv, type ApiTestEnv } from '@/lib/api/testing/api-server';
import * as exportRoute from './export/route';
import * as rssRoute from './search.rss/route';
import * as searchRoute from './search/route';

/** No proxy is trusted here (FACETWIRE_TRUST_PROXY=0, the default). */
const EXTRA = { FACETWIRE_TRUST_PROXY: '0', FACETWIRE_ANON_EXPORT_RATE: '2/hour' };
let t: ApiTestEnv;
let secret: string;

beforeAll(async () => {
  t = await setUpApiEnv(FIXTURE_ARTICLES, EXTRA);
  const store = new KeyStore(process.env.FACETWIRE_API_DB);
  secret = store.create({
    name: 'p',
    rate: '100/min',
    origins: ['https://partner.example'],
  }).secret;
  store.close();
});
afterAll(async () => {
  await t?.cleanup();
  for (const k of Object.keys(EXTRA)) delete process.env[k];
});

type Handler = (req: Request) => Promise<Response> | Response;
const get = (handler: Handler, path: string, headers: Record<string, string>) =>
  handler(
    new Request(`http://127.0.0.1:3000/api/v1${path}`, {
      headers: { host: 'news.example', [CLIENT_IP_HEADER]: '203.0.113.30', ...headers },
    }),
  );
const FORGED = { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };

describe('X-Forwarded-Host/-Proto without a trusted proxy', () => {
  it("never put the client's host into feed links or the export's provenance", async () => {
    const rss = await (await get(rssRoute.GET, '/search.rss?q=oil', FORGED)).text();
    expect(rss).toContain('http://news.example/');
    expect(rss).not.toContain('evil.example');
    const res = await get(exportRoute.GET, '/export?format=csv&q=oil', FORGED);
    const source = res.headers.get('x-facetwire-source') ?? '';
    expect(source).toMatch(/^http:\/\/news\.example\/api\/v1\/export\?/);
    expect(res.headers.get('link')).not.toContain('evil.example');
    const sidecar = await get(exportRoute.GET, '/export?format=csv&q=oil&provenance=1', FORGED);
    const text = await sidecar.text();
    expect(text).toContain('http://news.example/api/v1/export');
    expect(text).not.toContain('evil.example');
  });

  it('do not make a foreign origin "same-origin" for an origin-bound key', async () => {
    const res = await get(searchRoute.GET, '/search?q=oil', {
      ...FORGED,
      authorization: `Bearer ${secret}`,
      origin: 'https://evil.example',
    });
    expect(res.status).toBe(403);
  });
});

describe('exports have their own budget', () => {
  it('refuses the third anonymous export in an hour, while searches go on', async () => {
    const reader = { [CLIENT_IP_HEADER]: '203.0.113.31' };
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await get(exportRoute.GET, '/export?format=jsonl&q=oil', reader)).status);
    }
    expect(statuses).toEqual([200, 200, 429]);
    const refused = await get(exportRoute.GET, '/export?format=jsonl', reader);
    expect(await refused.json()).toMatchObject({
      detail: expect.stringMatching(/exports per 3600 s/) as string,
    });
    expect((await get(searchRoute.GET, '/search?q=oil', reader)).status).toBe(200);
  });
});
