import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Meilisearch } from 'meilisearch';
import { enqueueNdjson, failedTasks, waitForAll } from '@/lib/meili/admin/documents';
import { ensureArticleIndex } from '@/lib/meili/admin/setup';
import { DEFAULT_MAX_BATCH_BYTES, DEFAULT_MAX_BATCH_DOCS } from '@/indexer/pipeline/sink';

/** Batches of prepared NDJSON lines, cut by the same count/byte limits the indexer uses. */
export async function* ndjsonBatches(
  lines: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<{ payload: string; docs: number }> {
  let cur: string[] = [];
  let bytes = 0;
  for await (const line of lines) {
    if (!line) continue;
    cur.push(line);
    bytes += Buffer.byteLength(line) + 1;
    if (cur.length >= DEFAULT_MAX_BATCH_DOCS || bytes >= DEFAULT_MAX_BATCH_BYTES) {
      yield { payload: cur.join('\n'), docs: cur.length };
      cur = [];
      bytes = 0;
    }
  }
  if (cur.length) yield { payload: cur.join('\n'), docs: cur.length };
}

/**
 * Raw ingestion: the indexer's prepared documents (its `--jsonl-out` file), streamed straight to
 * a fresh index in the indexer's batch sizes, with no parsing or extraction. Timed from the
 * first batch sent to the last task done; the file is never held in memory whole.
 */
export async function rawPush(
  client: Meilisearch,
  indexUid: string,
  preparedJsonl: string,
): Promise<{ docs: number; secs: number }> {
  await ensureArticleIndex(client, indexUid);
  const lines = createInterface({ input: createReadStream(preparedJsonl), crlfDelay: Infinity });
  const t0 = performance.now();
  const uids: number[] = [];
  let docs = 0;
  for await (const batch of ndjsonBatches(lines)) {
    uids.push(await enqueueNdjson(client, indexUid, batch.payload));
    docs += batch.docs;
  }
  const failed = failedTasks(await waitForAll(client, uids));
  if (failed.length) throw failed[0]!;
  return { docs, secs: (performance.now() - t0) / 1000 };
}
