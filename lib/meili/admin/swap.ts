import 'server-only';
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

/** The temporary index a rebuild of `liveUid` fills before swapping it in. */
export function rebuildIndexUid(liveUid: string, now = Date.now()): string {
  return `${liveUid}_rebuild_${now.toString(36)}`;
}

/**
 * Drops what failed or killed rebuilds of `liveUid` left behind (they are never read again,
 * and each holds a full copy of the data). One with tasks still queued or running belongs to a
 * rebuild in progress and is kept. Returns the uids dropped.
 */
export async function dropLeftoverRebuilds(
  client: Meilisearch,
  liveUid: string,
): Promise<string[]> {
  const prefix = `${liveUid}_rebuild_`;
  const leftovers: string[] = [];
  for (let offset = 0, total = 1; offset < total; offset += 1000) {
    const page = await client.getIndexes({ offset, limit: 1000 });
    total = page.total;
    leftovers.push(...page.results.map((i) => i.uid).filter((uid) => uid.startsWith(prefix)));
  }
  const dropped: string[] = [];
  for (const uid of leftovers) {
    const busy = await client.tasks.getTasks({
      indexUids: [uid],
      statuses: ['enqueued', 'processing'],
      limit: 1,
    });
    if (busy.results.length > 0) continue;
    assertSucceeded(await waitForTask(client, client.deleteIndex(uid), BOUND));
    dropped.push(uid);
  }
  return dropped;
}
