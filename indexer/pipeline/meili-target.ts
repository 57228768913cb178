import type { Meilisearch } from 'meilisearch';
import { createMeiliClient, isUnreachable, type MeiliConnection } from '@/lib/meili/client';
import { MeiliLayerError } from '@/lib/meili/errors';
import { rebuildIndexUid } from '@/lib/meili/admin/swap';
import { countDocuments, ensureArticleIndex, indexExists } from '@/lib/meili/admin/setup';
import { MeiliTargetError } from './errors';

export interface Target {
  client: Meilisearch;
  /** Where documents are written: the live index, or a temporary one on --rebuild. */
  writeUid: string;
  /** Where existing documents are compared (null: a rebuild with no live index yet). */
  compareUid: string | null;
  countBefore: number;
}

/** Names a Meilisearch-layer failure as the run's own error (null: not a Meilisearch failure). */
export function meiliFailure(error: unknown, url: string): MeiliTargetError | null {
  if (error instanceof MeiliTargetError) return error;
  if (isUnreachable(error)) return new MeiliTargetError('unreachable', url);
  if (error instanceof MeiliLayerError)
    return new MeiliTargetError('incomplete', url, error.message);
  const code = (error as { cause?: { code?: string } } | null)?.cause?.code;
  if (code === 'invalid_api_key' || code === 'missing_authorization_header') {
    return new MeiliTargetError('refused-key', url, code);
  }
  return null;
}

/** Every request of a run is bounded: a Meilisearch that accepts and never answers fails it. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;

export async function openTarget(
  conn: MeiliConnection,
  indexUid: string,
  rebuild: boolean,
  requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
): Promise<Target> {
  const client = createMeiliClient(conn, requestTimeoutMs);
  try {
    await client.health();
  } catch (error) {
    throw meiliFailure(error, conn.url) ?? error;
  }
  if (!rebuild) {
    await ensureArticleIndex(client, indexUid);
    return {
      client,
      writeUid: indexUid,
      compareUid: indexUid,
      countBefore: await countDocuments(client, indexUid),
    };
  }
  const writeUid = rebuildIndexUid(indexUid);
  await ensureArticleIndex(client, writeUid);
  const live =
    (await indexExists(client, indexUid)) && (await countDocuments(client, indexUid)) > 0;
  return { client, writeUid, compareUid: live ? indexUid : null, countBefore: 0 };
}
