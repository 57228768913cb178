import type { Meilisearch } from 'meilisearch';
import { assertSucceeded, indexExists } from './setup';
import { waitForTask } from './wait';

const BOUND = { stallMs: 600_000 };

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
    await waitForTask(client, client.swapIndexes([{ indexes: [liveUid, tempUid], rename }]), BOUND),
  );
  if (!rename) {
    assertSucceeded(await waitForTask(client, client.deleteIndex(tempUid), BOUND));
  }
}

export async function dropIndexIfExists(client: Meilisearch, uid: string): Promise<void> {
  if (!(await indexExists(client, uid))) return;
  assertSucceeded(await waitForTask(client, client.deleteIndex(uid), BOUND));
}
