import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMeiliClient } from '@/lib/meili/client';
import { assertSucceeded, ensureArticleIndex, SEARCH_KEY_ACTIONS } from '@/lib/meili/admin/setup';
import type { ArticleDocument } from '@/lib/schema/article';
import { dropIndex, testMeili } from '@/lib/testing/meili-fixture';
import { resetAccessControl } from '@/lib/api/access';

export interface ApiTestEnv {
  indexUid: string;
  searchKey: string;
  dataDir: string;
  cleanup(): Promise<void>;
}

/**
 * A seeded index on the shared test Meilisearch, a search-only key for it (our own, so other
 * suites' keys are untouched) and the env the route handlers read. Call before the first request.
 */
export async function setUpApiEnv(
  docs: ArticleDocument[],
  extraEnv: Record<string, string> = {},
): Promise<ApiTestEnv> {
  const { conn, uniqueIndex } = testMeili();
  const indexUid = uniqueIndex('api');
  const admin = createMeiliClient(conn);
  await ensureArticleIndex(admin, indexUid);
  assertSucceeded(await admin.index(indexUid).addDocuments(docs).waitTask({ timeout: 60_000 }));
  const key = await admin.createKey({
    name: `api-test-${indexUid}`,
    actions: [...SEARCH_KEY_ACTIONS],
    indexes: [indexUid],
    expiresAt: null,
  });
  const dataDir = await mkdtemp(join(tmpdir(), 'facetwire-api-'));
  Object.assign(process.env, {
    MEILI_URL: conn.url,
    MEILI_SEARCH_KEY: key.key,
    MEILI_MASTER_KEY: '',
    FACETWIRE_INDEX: indexUid,
    FACETWIRE_DATA_DIR: dataDir,
    FACETWIRE_API_DB: join(dataDir, 'keys.sqlite'),
    FACETWIRE_ANON_RATE: '1000/min',
    ...extraEnv,
  });
  return {
    indexUid,
    searchKey: key.key,
    dataDir,
    async cleanup() {
      resetAccessControl();
      await admin.deleteKey(key.uid);
      await dropIndex(conn, indexUid);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Calls a /api/v1 route handler the way Next would, with a test origin. */
export const callRoute = (handler: (r: Request) => Promise<Response> | Response, path: string) =>
  handler(new Request(`http://api.test/api/v1${path}`));
