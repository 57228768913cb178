import 'server-only';
import { MeilisearchApiError, type Meilisearch, type Task } from 'meilisearch';
import { createHash } from 'node:crypto';
import { ARTICLE_PRIMARY_KEY, articleIndexSettings } from '@/lib/schema/index-settings';
import { MeiliTaskFailedError } from '@/lib/meili/errors';
import { waitForTask } from './wait';

/** Namespace of the search keys' uids (the old shared key's uid; see docs/decisions.md). */
const SEARCH_KEY_NAMESPACE = '2f0c5d3e-7b1a-4c1e-9a57-5e7f3c0b6a11';
/**
 * `indexes.get` only reveals the index's dates and primary key: exports cite its version.
 * `settings.get` tells the proxy whether it may highlight hits itself (format-settings.ts).
 */
export const SEARCH_KEY_ACTIONS = ['search', 'indexes.get', 'settings.get'] as const;

export function assertSucceeded(task: Task): Task {
  if (task.status !== 'succeeded') {
    throw new MeiliTaskFailedError(task.uid, task.error?.message ?? task.status);
  }
  return task;
}

export async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.getIndex(uid);
    return true;
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') {
      return false;
    }
    throw error;
  }
}

/** Creates the index if needed and applies our settings (idempotent). */
export async function ensureArticleIndex(client: Meilisearch, uid: string): Promise<void> {
  if (!(await indexExists(client, uid))) {
    const created = client.createIndex(uid, { primaryKey: ARTICLE_PRIMARY_KEY });
    assertSucceeded(await waitForTask(client, created, { stallMs: 60_000 }));
  }
  const settings = client.index(uid).updateSettings(articleIndexSettings);
  assertSucceeded(await waitForTask(client, settings, { stallMs: 600_000 }));
}

export async function countDocuments(client: Meilisearch, uid: string): Promise<number> {
  if (!(await indexExists(client, uid))) return 0;
  const stats = await client.index(uid).getStats();
  return stats.numberOfDocuments;
}

/**
 * The uid of an index's search key: a name-based (v5) UUID of the index uid, so every run
 * derives the same key from the same master key, and apps serving other indexes of one
 * Meilisearch each keep their own key instead of re-scoping a shared one.
 */
export function searchKeyUid(indexUid: string): string {
  const namespace = Buffer.from(SEARCH_KEY_NAMESPACE.replace(/-/g, ''), 'hex');
  const bytes = createHash('sha1').update(namespace).update(indexUid, 'utf8').digest();
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A key that may only search the articles index: the only key the web app ever holds. */
export async function ensureSearchKey(client: Meilisearch, indexUid: string): Promise<string> {
  const uid = searchKeyUid(indexUid);
  try {
    const existing = await client.getKey(uid);
    const sameRights =
      existing.indexes.join() === indexUid && existing.actions.join() === SEARCH_KEY_ACTIONS.join();
    if (sameRights) return existing.key;
    await client.deleteKey(uid);
  } catch (error) {
    if (!(error instanceof MeilisearchApiError && error.cause?.code === 'api_key_not_found')) {
      throw error;
    }
  }
  const key = await client.createKey({
    uid,
    name: `facetwire-web-search:${indexUid}`,
    description: `Search-only key of the Facetwire web app serving index ${indexUid}`,
    actions: [...SEARCH_KEY_ACTIONS],
    indexes: [indexUid],
    expiresAt: null,
  });
  return key.key;
}

/**
 * Meilisearch loads its Chinese, Japanese, Korean and Thai segmenters on first use: pay that at
 * start-up, not in the first user's search.
 */
export async function warmUpSearch(client: Meilisearch, uid: string): Promise<void> {
  await client.index(uid).search('中文 日本語 한국어 ภาษาไทย', { limit: 1 });
}
