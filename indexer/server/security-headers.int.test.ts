import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES } from '../../lib/api/testing/articles';
import { setUpApiEnv, type ApiTestEnv } from '../../lib/api/testing/api-server';
import { DATA_POLICY } from '../../lib/security-headers';
import { startWebServerProcess, type WebServerProcess } from '../testing/web-server-process';

let t: ApiTestEnv;
let server: WebServerProcess;

beforeAll(async () => {
  t = await setUpApiEnv(FIXTURE_ARTICLES, { FACETWIRE_PAGE_RATE: '1000/min' });
  server = await startWebServerProcess({});
}, 300_000);
afterAll(async () => {
  await server?.stop();
  await t?.cleanup();
});

const send = (path: string, init: RequestInit = {}) =>
  fetch(`${server.base}${path}`, {
    ...init,
    headers: { 'accept-encoding': 'identity', ...(init.headers as Record<string, string>) },
    redirect: 'manual',
  });

function expectCommon(res: Response) {
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
}

const multiSearch = (indexUid: string) =>
  JSON.stringify({ queries: [{ indexUid, q: 'oil', hitsPerPage: 5 }] });

describe('security headers on every answer of the production web server', () => {
  it.each([
    ['an API search', '/api/v1/search?q=oil', 200],
    ['an API error', '/api/v1/search?country=nope', 400],
    ['an unknown API path', '/api/v1/nope', 404],
    ['the OpenAPI document', '/api/v1/openapi.json', 200],
    ['a feed', '/api/v1/search.rss?q=oil', 200],
    ['an export', '/api/v1/export?format=csv&q=oil', 200],
  ])('%s (fast path) allows nothing to run', async (_name, path, status) => {
    const res = await send(path);
    expect(res.status).toBe(status);
    expectCommon(res);
    expect(res.headers.get('content-security-policy')).toBe(DATA_POLICY);
    await res.text(); // read to the end: a dropped export is logged as a failure
  });

  it('the search page proxy answers carry them too', async () => {
    const res = await send('/api/meili/multi-search', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: multiSearch(t.indexUid),
    });
    expect(res.status).toBe(200);
    expectCommon(res);
    expect(res.headers.get('content-security-policy')).toBe(DATA_POLICY);
  });

  it.each([
    ['the search page', '/?q=oil', 200],
    ['an article page', '/articles/a1', 200],
    ['the API docs', '/docs/api', 200],
    ['an unknown page', '/no-such-page', 404],
  ])('%s gets a nonce policy whose nonce is on every script', async (_name, path, status) => {
    const res = await send(path);
    expect(res.status).toBe(status);
    expectCommon(res);
    const policy = res.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
    expect(nonce).toBeDefined();
    const scripts = [...(await res.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  it('draws a new nonce per page and ignores one a client sends', async () => {
    const forged = "script-src 'nonce-forged'";
    const nonces = await Promise.all(
      [0, 1].map(async () => {
        const res = await send('/docs/api', { headers: { 'content-security-policy': forged } });
        await res.text();
        return /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
      }),
    );
    expect(nonces[0]).not.toBe(nonces[1]);
    expect(nonces).not.toContain('forged');
  });
});
