import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyStore } from '@/lib/api/key-store';
import { FIXTURE_ARTICLES } from '@/lib/api/testing/articles';
import { setUpApiEnv, type ApiTestEnv } from '@/lib/api/testing/api-server';
import * as searchRoute from './search/route';

let t: ApiTestEnv;
beforeAll(async () => {
  t = await setUpApiEnv(FIXTURE_ARTICLES);
});
afterAll(async () => t?.cleanup());

const search = (secret: string) =>
  searchRoute.GET(
    new Request('http://api.test/api/v1/search?q=oil', {
      headers: { authorization: `Bearer ${secret}` },
    }),
  );

describe('key lifecycle as `npm run keys` drives it (another database connection)', () => {
  it('a new key works at once, and a revoked one is refused at the next request', async () => {
    const cli = new KeyStore(process.env.FACETWIRE_API_DB);
    try {
      const { record, secret } = cli.create({ name: 'partner', rate: '100/min' });
      expect((await search(secret)).status).toBe(200);
      cli.revoke(record.id);
      const refused = await search(secret);
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ detail: 'Unknown or revoked API key.' });
    } finally {
      cli.close();
    }
  });
});
