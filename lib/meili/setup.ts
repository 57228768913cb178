import { MeilisearchApiError, type Meilisearch, type Task } from 'meilisearch';
import { ARTICLE_PRIMARY_KEY, articleIndexSettings } from '../schema/index-settings';
import { MeiliTaskFailedError } from './errors';
import { waitForTask } from './wait';

/** Fixed uid so every run derives the same search key from the same master key. */
const SEARCH_KEY_UID = '2f0c5d3e-7b1a-4c1e-9a57-5e7f3c0b6a11';
/** `indexes.get` only reveals the index's dates and primary key: exports cite its version. */
const SEARCH_KEY_ACTIONS = ['search', 'indexes.get'] as const;

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

/** A key that may only search the articles index: the only key the web app ever holds. */
export async function ensureSearchKey(client: Meilisearch, indexUid: string): Promise<string> {
  try {
    const existing = await client.getKey(SEARCH_KEY_UID);
    const sameRights =
      existing.indexes.join() === indexUid && existing.actions.join() === SEARCH_KEY_ACTIONS.join();
    if (sameRights) return existing.key;
    await client.deleteKey(SEARCH_KEY_UID);
  } catch (error) {
    if (!(error instanceof MeilisearchApiError && error.cause?.code === 'api_key_not_found')) {
      throw error;
    }
  }
  const key = await client.createKey({
    uid: SEARCH_KEY_UID,
    name: 'facetwire-web-search',
    description: 'Search-only key used by the Facetwire web app',
    actions: [...SEARCH_KEY_ACTIONS],
    indexes: [indexUid],
    expiresAt: null,
  });
  return key.key;
}

/**
 * Meilisearch loads its Chinese, Japanese, Korean and Thai segmenters on first use (~0.9 s
 * measured): pay that at start-up, not in the first user's 1 s search budget.
 */
export async function warmUpSearch(client: Meilisearch, uid: string): Promise<void> {
  await client.index(uid).search('中文 日本語 한국어 ภาษาไทย', { limit: 1 });
}
