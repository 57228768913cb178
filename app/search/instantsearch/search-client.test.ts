import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPageRequest } from '@/lib/meili/page-request';
import { FACET_FIELDS } from '@/lib/schema/index-settings';
import { HIT_SEARCH_PARAMS } from '@/lib/search/hit-view';
import { RENDER_TOKEN_HEADER, renderToken } from '@/lib/search/render-token';
import { createSearchClient } from './search-client';

let server: Server | undefined;
afterEach(() => server?.close());

/** A stand-in for our proxy that records each request's headers and answers one empty result. */
async function proxy(): Promise<{
  origin: string;
  seen: IncomingHttpHeaders[];
  bodies: { queries: unknown[] }[];
}> {
  const seen: IncomingHttpHeaders[] = [];
  const bodies: { queries: unknown[] }[] = [];
  server = createServer((req, res) => {
    seen.push(req.headers);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as { queries: unknown[] });
      res.setHeader('Content-Type', 'application/json');
      res.end(
        JSON.stringify({
          results: [
            { indexUid: 'articles', hits: [], query: '', processingTimeMs: 0, totalHits: 0 },
          ],
        }),
      );
    });
  });
  await new Promise<void>((ok) => server!.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, bodies };
}

describe('createSearchClient on the server', () => {
  it('asks our proxy for identity encoding: gzip on loopback only cost both ends CPU', async () => {
    const { origin, seen } = await proxy();
    const { searchClient } = createSearchClient(origin, 'articles');
    await (searchClient.search as (r: unknown[]) => Promise<unknown>)([
      { indexName: 'articles', params: { query: 'oil' } },
    ]);
    expect(seen.length).toBeGreaterThan(0);
    for (const headers of seen) expect(headers['accept-encoding']).toBe('identity');
  });

  it("sends this process's render token, which exempts it from the readers' budget", async () => {
    const { origin, seen } = await proxy();
    const { searchClient } = createSearchClient(origin, 'articles');
    await (searchClient.search as (r: unknown[]) => Promise<unknown>)([
      { indexName: 'articles', params: { query: 'oil' } },
    ]);
    for (const headers of seen) expect(headers[RENDER_TOKEN_HEADER]).toBe(renderToken());
  });

  it("the page's own requests (hits, a refined facet's query) pass the proxy's page check", async () => {
    const { origin, bodies } = await proxy();
    const { searchClient } = createSearchClient(origin, 'articles', HIT_SEARCH_PARAMS);
    const common = { ...HIT_SEARCH_PARAMS, query: 'oil', facets: [...FACET_FIELDS] };
    await (searchClient.search as (r: unknown[]) => Promise<unknown>)([
      {
        indexName: 'articles',
        params: { ...common, hitsPerPage: 50, page: 3, facetFilters: [['source:reuters']] },
      },
      // InstantSearch's query for a refined disjunctive facet (algoliasearch-helper's shape).
      { indexName: 'articles', params: { ...common, facets: ['source'], hitsPerPage: 0, page: 0 } },
    ]);
    expect(bodies.length).toBe(3); // instant-meilisearch's first query, the warm-up, the search
    for (const body of bodies) expect(checkPageRequest(body).cost).toBe(1);
  });
});
