import type { Meilisearch } from 'meilisearch';
import { assertSucceeded, indexExists } from './setup';

/**
 * Puts the freshly built `tempUid` in place of `liveUid` in one atomic swap, then drops the old
 * data (now living under `tempUid`). Searches on `liveUid` never see a missing or half index.
 */
export async function swapInAndDropOld(
  client: Meilisearch,
  liveUid: string,
  tempUid: string,
): Promise<void> {
  const rename = !(await indexExists(client, liveUid));
  assertSucceeded(
    await client
      .swapIndexes([{ indexes: [liveUid, tempUid], rename }])
      .waitTask({ timeout: 600_000 }),
  );
  if (!rename) {
    assertSucceeded(await client.deleteIndex(tempUid).waitTask({ timeout: 600_000 }));
  }
}

export async function dropIndexIfExists(client: Meilisearch, uid: string): Promise<void> {
  if (!(await indexExists(client, uid))) return;
  assertSucceeded(await client.deleteIndex(uid).waitTask({ timeout: 600_000 }));
}
