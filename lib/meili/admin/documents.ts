import 'server-only';
import type { Meilisearch, Task } from 'meilisearch';
import { ARTICLE_PRIMARY_KEY } from '@/lib/schema/index-settings';
import { quoteFilterValue } from '@/lib/search/filter';
import { MeiliTaskFailedError } from '@/lib/meili/errors';
import { waitForTasks } from './wait';

const LOOKUP_CHUNK = 1000;

function idFilter(ids: readonly string[]): string {
  return `id IN [${ids.map(quoteFilterValue).join(', ')}]`;
}

/** id → contentHash of the given ids that already exist in the index. */
export async function fetchContentHashes(
  client: Meilisearch,
  indexUid: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
    const chunk = ids.slice(i, i + LOOKUP_CHUNK);
    const res = await client.index(indexUid).getDocuments<{ id: string; contentHash?: string }>({
      filter: idFilter(chunk),
      fields: ['id', 'contentHash'],
      limit: chunk.length,
    });
    for (const doc of res.results) found.set(doc.id, doc.contentHash ?? '');
  }
  return found;
}

/** Ids among `ids` that the index does not hold. */
export async function findMissingIds(
  client: Meilisearch,
  indexUid: string,
  ids: readonly string[],
): Promise<string[]> {
  const present = await fetchContentHashes(client, indexUid, ids);
  return ids.filter((id) => !present.has(id));
}

/** Enqueues one NDJSON payload without waiting for it to be processed; returns the task uid. */
export async function enqueueNdjson(
  client: Meilisearch,
  indexUid: string,
  ndjson: string,
): Promise<number> {
  const task = await client
    .index(indexUid)
    .addDocumentsFromString(ndjson, 'application/x-ndjson', { primaryKey: ARTICLE_PRIMARY_KEY });
  return task.taskUid;
}

/**
 * Waits for every task; returns them all, failed ones included, in the order given. Fails when
 * none finishes for `stallMs` (or a request gets no answer within the client's timeout).
 */
export async function waitForAll(
  client: Meilisearch,
  taskUids: readonly number[],
  { stallMs = 30 * 60_000, intervalMs = 100 } = {},
): Promise<Task[]> {
  if (taskUids.length === 0) return [];
  return waitForTasks(client, taskUids, { stallMs, intervalMs });
}

export function failedTasks(tasks: readonly Task[]): MeiliTaskFailedError[] {
  return tasks
    .filter((t) => t.status !== 'succeeded')
    .map((t) => new MeiliTaskFailedError(t.uid, t.error?.message ?? t.status));
}
