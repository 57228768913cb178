import { parseAtomFeed, parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyStore } from '@/lib/api/key-store';
import { ContractChecker } from '@/lib/api/testing/contract';
import { EVIL_SOURCE, FIXTURE_ARTICLES } from '@/lib/api/testing/articles';
import { setUpApiEnv, type ApiTestEnv } from '@/lib/api/testing/api-server';
import { resetAccessControl } from '@/lib/api/access';
import * as articleRoute from './articles/[id]/route';
import * as catchAll from './[[...rest]]/route';
import * as exportRoute from './export/route';
import * as facetsRoute from './facets/[name]/route';
import * as healthRoute from './health/route';
import * as openapiRoute from './openapi.json/route';
import * as atomRoute from './search.atom/route';
import * as rssRoute from './search.rss/route';
import * as searchRoute from './search/route';

type Handler = (req: Request) => Promise<Response> | Response;
const contract = new ContractChecker();
let t: ApiTestEnv;

async function get(handler: Handler, path: string, headers: Record<string, string> = {}) {
  const url = `http://api.test/api/v1${path}`;
  const res = await handler(new Request(url, { headers }));
  await contract.check(url, res);
  return res;
}

async function search(query: string, headers: Record<string, string> = {}) {
  const res = await get(searchRoute.GET, `/search?${query}`, headers);
  return {
    res,
    body: (await res.json()) as { hits: { id: string }[]; total: number } & Record<string, unknown>,
  };
}

const ids = (hits: { id: string }[]) => hits.map((h) => h.id).sort();

beforeAll(async () => {
  t = await setUpApiEnv(FIXTURE_ARTICLES);
});
afterAll(async () => t?.cleanup());

describe('GET /search', () => {
  it('finds by text and returns the documented hit shape', async () => {
    const { body } = await search('q=oil');
    expect(ids(body.hits)).toEqual(['a1', 'a3', 'a6']);
    const a1 = (body.hits as Record<string, unknown>[]).find((h) => h.id === 'a1');
    expect(a1).toMatchObject({
      publishedAt: '1987-03-02T00:00:00.000Z',
      countries: [{ code: 'FR', name: 'France' }],
      organizations: ['Baker Hughes'],
      dateQuality: 'exact',
    });
    expect(body.total).toBe(3);
  });

  it.each([
    ['country=FR&country=DE', ['a1', 'a2', 'a3', 'a4', 'a8']],
    ['country=FR&country=DE&match.country=all', ['a3']],
    ['country=fr&exclude.country=DE', ['a1', 'a4', 'a8']],
    ['country=FR&country.scope=about', ['a1', 'a3']],
    ['country=FR&country.scope=about&exclude.country=DE', ['a1']],
    ['from=1987-03&to=1987-03', ['a1', 'a2', 'a8']],
    ['from=1988', ['a4', 'a7']],
    ['from=1987-03-02T00:30Z&to=1987-03-02T23:59', ['a8']],
    ['to=1987-03-02T00:00:00Z', ['a1']],
    ['person=James%20Baker&source=reuters', ['a1', 'a8']],
    ['language=fr', ['a4']],
    ['year=1987&exclude.source=reuters', ['a3']],
    ['organization=Baker%20Hughes&organization=Toyota', ['a1', 'a5']],
  ])('filters %s', async (query, expected) => {
    const { body } = await search(query);
    expect(ids(body.hits)).toEqual(expected);
  });

  it('sorts newest and oldest, and pages', async () => {
    const newest = await search('sort=newest&limit=3');
    expect(newest.body.hits.map((h) => h.id)).toEqual(['a7', 'a4', 'a5']);
    const oldest = await search('sort=oldest&limit=2&page=2');
    expect(oldest.body.hits.map((h) => h.id)).toEqual(['a2', 'a3']);
    expect(oldest.body).toMatchObject({ page: 2, limit: 2, total: 8, totalPages: 4 });
  });

  it('returns requested facet distributions with country names', async () => {
    const { body } = await search('facets=country,source&facets=organization');
    const facets = body.facets as Record<string, { value: string; count: number; name?: string }[]>;
    expect(Object.keys(facets).sort()).toEqual(['country', 'organization', 'source']);
    expect(facets.country?.[0]).toEqual({ value: 'FR', count: 4, name: 'France' });
    expect(facets.source?.find((s) => s.value === 'reuters')?.count).toBe(4);
  });

  it('limit=0 gives the total and facet counts without hits; feeds still want items', async () => {
    const { res, body } = await search('q=oil&limit=0&facets=country');
    expect(res.status).toBe(200);
    expect(body.hits).toEqual([]);
    expect(body.total).toBe(3);
    expect((body.facets as { country: unknown[] }).country.length).toBeGreaterThan(0);
    const feed = await get(rssRoute.GET, '/search.rss?q=oil&limit=0');
    expect(feed.status).toBe(400);
  });

  it('highlights with HTML-escaped text and <mark> only', async () => {
    const { body } = await search('q=exports&highlight=true');
    const hit = body.hits[0] as unknown as {
      highlight: { title: string; snippet: string };
      snippet: string;
    };
    expect(hit.highlight.title).toBe(
      'Japanese <mark>exports</mark> &lt;b&gt;grow&lt;/b&gt; &amp; &quot;surge&quot;',
    );
    expect(hit.highlight.snippet).toContain('<mark>Exports</mark>');
    expect(hit.snippet).not.toMatch(/[<\uE000\uE001]/);
    const plain = await search('q=exports');
    expect(plain.body.hits[0]).not.toHaveProperty('highlight');
  });

  describe('filter values cannot escape their quotes', () => {
    it.each([
      [`source=${encodeURIComponent(EVIL_SOURCE)}`, ['a7']],
      [`exclude.source=${encodeURIComponent(EVIL_SOURCE)}&from=1989`, []],
      [`source=${encodeURIComponent('x" OR source = "reuters')}`, []],
      [`source=${encodeURIComponent('reuters" OR "1" = "1')}`, []],
      [`organization=${encodeURIComponent('\\')}`, []],
      [`organization=${encodeURIComponent('\\" OR id EXISTS OR organizations = "')}`, []],
      [`person=${encodeURIComponent(') OR (id EXISTS')}`, []],
      [`source=${encodeURIComponent("reuters' OR '1'='1")}`, []],
      [`language=${encodeURIComponent('en" AND NOT language = "zz')}`, []],
      [`organization=${encodeURIComponent('Baker Hughes\\')}`, []],
    ])('%s', async (query, expected) => {
      const { res, body } = await search(query);
      expect(res.status).toBe(200);
      expect(ids(body.hits)).toEqual(expected);
    });
  });
});

describe('errors', () => {
  it('names every bad parameter and why', async () => {
    const res = await get(
      searchRoute.GET,
      '/search?limit=500&sort=best&country=France&foo=1&from=2020-13&highlight=yes',
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = (await res.json()) as { 'invalid-params': { name: string; reason: string }[] };
    const names = body['invalid-params'].map((p) => p.name).sort();
    expect(names).toEqual(['country', 'foo', 'from', 'highlight', 'limit', 'sort']);
    expect(body['invalid-params'].find((p) => p.name === 'foo')?.reason).toBe('unknown parameter');
    expect(body['invalid-params'].find((p) => p.name === 'limit')?.reason).toMatch(/at most 100/);
  });

  it.each([
    ['/search?q=a&q=b', 'q', /only once/],
    ['/search?from=1988&to=1987', 'from', /after/],
    ['/search?from=1987-02-30', 'from', /calendar/],
    ['/search?page=5001&limit=20', 'page', /100000/],
    ['/search?match.country=some', 'match.country', /any or all/],
    ['/search?facets=country,colour', 'facets', /unknown facet/],
    ['/search?organization=%00x', 'organization', /control/],
    ['/search?exclude.nope=1', 'exclude.nope', /unknown/],
    [`/search?q=${'x'.repeat(501)}`, 'q', /500/],
  ])('%s → 400 naming %s', async (path, name, reason) => {
    const res = await get(searchRoute.GET, path);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { 'invalid-params': { name: string; reason: string }[] };
    expect(body['invalid-params']).toContainEqual({
      name,
      reason: expect.stringMatching(reason) as string,
    });
  });

  it('rejects other methods with 405 problem', () => {
    const res = searchRoute.POST(new Request('http://api.test/api/v1/search', { method: 'POST' }));
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, OPTIONS');
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('answers unknown endpoints with a 404 problem', async () => {
    for (const path of ['/api/v1/nope/x', '/api/v1']) {
      const res = await catchAll.GET(new Request(`http://api.test${path}`));
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
  });

  it('401 for malformed, unknown keys', async () => {
    for (const auth of ['Bearer nope', 'Basic abc', `Bearer fwk_AAAAAAAA_${'a'.repeat(43)}`]) {
      const res = await get(searchRoute.GET, '/search', { authorization: auth });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toContain('Bearer');
    }
  });
});

describe('GET /articles/{id}', () => {
  it('returns the article with its entities', async () => {
    const res = await get(articleRoute.GET, '/articles/a1');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      id: 'a1',
      title: 'Oil prices rise in France',
      countries: [{ code: 'FR', name: 'France' }],
    });
    expect(body.entities).toContainEqual({
      kind: 'organization',
      key: 'baker-hughes',
      name: 'Baker Hughes',
      count: 1,
      salient: false,
    });
  });

  it('404 for an unknown id, 400 for an impossible one', async () => {
    expect((await get(articleRoute.GET, '/articles/zz9')).status).toBe(404);
    const bad = await get(articleRoute.GET, `/articles/${encodeURIComponent('a1" OR id EXISTS')}`);
    expect(bad.status).toBe(400);
  });
});

describe('GET /facets/{name}', () => {
  it('finds organizations by prefix', async () => {
    const res = await get(facetsRoute.GET, '/facets/organization?q=Bak');
    const body = (await res.json()) as { values: { value: string }[] };
    expect(body.values.map((v) => v.value).sort()).toEqual(['Baker Hughes', 'Bakers Union']);
  });

  it('finds countries by name and applies filters', async () => {
    const res = await get(facetsRoute.GET, '/facets/country?q=fra&source=reuters');
    const body = (await res.json()) as { values: unknown[] };
    expect(body.values).toEqual([{ value: 'FR', count: 2, name: 'France' }]);
  });

  it('404 for an unknown facet', async () => {
    expect((await get(facetsRoute.GET, '/facets/colour?q=x')).status).toBe(404);
  });
});

describe('feeds', () => {
  it('RSS: newest matches first, valid XML', async () => {
    const res = await get(rssRoute.GET, '/search.rss?q=oil&country=FR');
    expect(res.headers.get('content-type')).toContain('application/rss+xml');
    const feed = parseRssFeed(await res.text());
    expect(feed.items?.map((i) => i.guid?.value)).toEqual(['a3', 'a1']);
    expect(feed.title).toContain('q=oil');
    // The channel links to the same search on the site.
    expect(feed.link).toMatch(/\/\?q=oil&country=FR$/);
  });

  it('links a search the page cannot show (a year facet) to its text alone', async () => {
    const res = await get(rssRoute.GET, '/search.rss?q=oil&year=1987&exclude.country=DE');
    expect(parseRssFeed(await res.text()).link).toMatch(/\/\?q=oil$/);
  });

  it('Atom: entries with escaped titles', async () => {
    const res = await get(atomRoute.GET, '/search.atom?country=JP');
    const feed = parseAtomFeed(await res.text());
    const titles = feed.entries?.map((e) => (e.title as unknown as { value: string }).value);
    expect(titles).toEqual(['Japanese exports <b>grow</b> & "surge"', 'Baker speaks on trade']);
  });
});

describe('GET /export', () => {
  it('CSV: the header row first, then every match (provenance in headers: see export.int.test)', async () => {
    const res = await get(exportRoute.GET, '/export?format=csv&country=FR');
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]).toBe(
      'id,title,publishedAt,dateQuality,source,language,url,countries,organizations,people',
    );
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['a1', 'a8', 'a3', 'a4']);
    expect(res.headers.get('x-facetwire-total')).toBe('4');
  });

  it('JSONL: one hit per line, nothing else', async () => {
    const res = await get(exportRoute.GET, '/export?format=jsonl&q=oil&sort=newest');
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a3', 'a1', 'a6']);
    expect(res.headers.get('x-facetwire-order')).toBe('newest');
  });

  it('requires a format', async () => {
    expect((await get(exportRoute.GET, '/export?q=oil')).status).toBe(400);
  });
});

describe('openapi and health', () => {
  it('serves the document; its examples satisfy its schemas', async () => {
    const res = await get(openapiRoute.GET, '/openapi.json');
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/articles/{id}',
      '/export',
      '/facets/{name}',
      '/health',
      '/openapi.json',
      '/search',
      '/search.atom',
      '/search.rss',
    ]);
    contract.validateExample(
      '#/components/schemas/SearchResponse',
      (await import('@/lib/api/openapi-examples')).SEARCH_EXAMPLE,
    );
    contract.validateExample(
      '#/components/schemas/Article',
      (await import('@/lib/api/openapi-examples')).ARTICLE_EXAMPLE,
    );
  });

  it('health reports Meilisearch reachable', async () => {
    const res = await get(healthRoute.GET, '/health');
    expect(await res.json()).toMatchObject({ status: 'ok', meilisearch: 'reachable' });
  });
});

describe('partner keys', () => {
  let store: KeyStore;
  const keys: Record<string, string> = {};
  beforeAll(() => {
    store = new KeyStore(process.env.FACETWIRE_API_DB);
    keys.scoped = store.create({
      name: 'scoped',
      rate: '1000/min',
      scope: 'source = reuters',
      origins: ['https://partner.example'],
    }).secret;
    keys.slow = store.create({ name: 'slow', rate: '3/min' }).secret;
    // Stored without the CLI's checks: a scope Meilisearch rejects must not leak its message.
    keys.broken = store.create({ name: 'broken', rate: '10/min', scope: 'year = 1987 AND' }).secret;
    resetAccessControl(); // new keys are picked up within a second; don't wait in a test
  });
  afterAll(() => store.close());
  const bearer = (k: string | undefined) => ({ authorization: `Bearer ${k}` });

  it('enforces the scope on every endpoint; the caller cannot lift it', async () => {
    const all = await search('', bearer(keys.scoped));
    expect(ids(all.body.hits)).toEqual(['a1', 'a2', 'a5', 'a8']);
    expect((await search('source=wire', bearer(keys.scoped))).body.total).toBe(0);
    expect(
      (await search(`source=${encodeURIComponent('x") OR (source = wire')}`, bearer(keys.scoped)))
        .body.total,
    ).toBe(0);
    expect((await get(articleRoute.GET, '/articles/a4', bearer(keys.scoped))).status).toBe(404);
    expect((await get(articleRoute.GET, '/articles/a1', bearer(keys.scoped))).status).toBe(200);
    const facets = await get(facetsRoute.GET, '/facets/organization?q=Bak', bearer(keys.scoped));
    expect(
      ((await facets.json()) as { values: { value: string }[] }).values.map((v) => v.value),
    ).toEqual(['Baker Hughes']);
    const csv = await get(exportRoute.GET, '/export?format=csv', bearer(keys.scoped));
    expect(decodeURIComponent(csv.headers.get('x-facetwire-scope') ?? '')).toBe('source = reuters');
    expect((await csv.text()).trim().split('\n')).toHaveLength(5);
  });

  it('a search Meilisearch rejects is a 500 problem without internals', async () => {
    const res = await get(searchRoute.GET, '/search?q=oil', bearer(keys.broken));
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).not.toMatch(/year|filter|meili|at \//i);
  });

  it('CORS only for the key’s origins', async () => {
    const ok = await get(searchRoute.GET, '/search', {
      ...bearer(keys.scoped),
      origin: 'https://partner.example',
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    const other = await get(searchRoute.GET, '/search', {
      ...bearer(keys.scoped),
      origin: 'https://evil.example',
    });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const anon = await get(searchRoute.GET, '/search', { origin: 'https://partner.example' });
    expect(anon.status).toBe(200);
    expect(anon.headers.get('access-control-allow-origin')).toBeNull();
    const pre = searchRoute.OPTIONS(
      new Request('http://api.test/api/v1/search', {
        method: 'OPTIONS',
        headers: { origin: 'https://partner.example' },
      }),
    );
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-headers')).toContain('Authorization');
    const preBad = searchRoute.OPTIONS(
      new Request('http://api.test/api/v1/search', {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example' },
      }),
    );
    expect(preBad.status).toBe(403);
  });

  it('rate-limits per key with 429, Retry-After and RateLimit headers; counts usage', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 4; i++) {
      last = await get(searchRoute.GET, '/search?limit=1', bearer(keys.slow));
      statuses.push(last.status);
      if (i === 0) expect(last.headers.get('ratelimit-remaining')).toBe('2');
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(last?.headers.get('ratelimit-limit')).toBe('3');
    expect(last?.headers.get('ratelimit-remaining')).toBe('0');
    // The anonymous allowance is separate from the key's.
    expect((await search('limit=1')).res.status).toBe(200);
    resetAccessControl(); // flushes usage to SQLite, as the server does every 10 s
    const slowId = store.list().find((k) => k.name === 'slow')?.id;
    expect(store.usage(slowId)).toEqual([
      { keyId: slowId, day: new Date().toISOString().slice(0, 10), requests: 3, limited: 1 },
    ]);
  });
});
