import { createHash } from 'node:crypto';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES } from '@/lib/api/testing/articles';
import { setUpApiEnv, type ApiTestEnv } from '@/lib/api/testing/api-server';
import { DATA_POLICY } from '@/lib/security-headers';
import { startWebServerProcess, type WebServerProcess } from './testing/web-server-process';

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
    ['the search page', '/?q=oil', 200, false],
    ['an article page', '/articles/a1', 200, false],
    ['the API docs', '/docs/api', 200, true],
    ['an unknown page', '/no-such-page', 404, true],
  ])(
    '%s gets a policy that allows each of its inline scripts',
    async (_name, path, status, prerendered) => {
      const res = await send(path);
      expect(res.status).toBe(status);
      expectCommon(res);
      // Prerendered pages stay prerendered: their scripts are allowed by hash, not nonce.
      expect(res.headers.get('x-nextjs-prerender') !== null).toBe(prerendered);
      const policy = res.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      const allowed = new Set(scriptSrc.trim().split(/\s+/));
      expect(allowed).not.toContain("'unsafe-inline'");
      const scripts = DomUtils.getElementsByTagName('script', parseDocument(await res.text()));
      const inline = scripts.filter((el) => el.attribs.src === undefined);
      expect(inline.length).toBeGreaterThan(0);
      for (const el of inline) {
        const hash = createHash('sha256').update(DomUtils.textContent(el)).digest('base64');
        const byNonce = allowed.has(`'nonce-${el.attribs.nonce}'`);
        expect(byNonce || allowed.has(`'sha256-${hash}'`), DomUtils.textContent(el)).toBe(true);
        if (!prerendered) expect(byNonce).toBe(true);
      }
    },
  );

  it('draws a new nonce per page and ignores one a client sends', async () => {
    const forged = "script-src 'nonce-forged'";
    const nonces = await Promise.all(
      [0, 1].map(async () => {
        const res = await send('/articles/a1', {
          headers: { 'content-security-policy': forged, 'x-nonce': 'forged' },
        });
        await res.text();
        return /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
      }),
    );
    expect(nonces[0]).not.toBe(nonces[1]);
    expect(nonces).not.toContain('forged');
  });
});
