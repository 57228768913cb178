import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSearchClient } from './search-client';

let server: Server | undefined;
afterEach(() => server?.close());

/** A stand-in for our proxy that records each request's headers and answers one empty result. */
async function proxy(): Promise<{ origin: string; seen: IncomingHttpHeaders[] }> {
  const seen: IncomingHttpHeaders[] = [];
  server = createServer((req, res) => {
    seen.push(req.headers);
    req.resume().on('end', () => {
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
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
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
});
