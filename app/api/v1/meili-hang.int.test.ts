import { createServer, type Server, type Socket } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { resetAccessControl } from '@/lib/api/access';
import * as healthRoute from './health/route';
import * as searchRoute from './search/route';

// A server that accepts connections and never answers: the case a timeout exists for.
let server: Server;
const sockets: Socket[] = [];
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'facetwire-hang-'));
  server = createServer((s) => sockets.push(s));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  Object.assign(process.env, {
    MEILI_URL: `http://127.0.0.1:${port}`,
    MEILI_SEARCH_KEY: 'irrelevant-search-key',
    FACETWIRE_API_DB: join(dataDir, 'keys.sqlite'),
  });
});
afterAll(async () => {
  resetAccessControl();
  for (const s of sockets) s.destroy();
  await new Promise((done) => server.close(done));
  await rm(dataDir, { recursive: true, force: true });
});

it.each([
  ['/search?q=oil', searchRoute.GET],
  ['/health', healthRoute.GET],
])('%s: a hanging Meilisearch gives 503 + Retry-After in under 1.5 s', async (path, handler) => {
  const started = performance.now();
  const res = await handler(new Request(`http://api.test/api/v1${path}`));
  expect(performance.now() - started).toBeLessThan(1500);
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toBe('5');
});
