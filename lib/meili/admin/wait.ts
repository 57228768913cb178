import 'server-only';
import type { EnqueuedTaskPromise, Meilisearch, Task } from 'meilisearch';
import { MeiliLayerError } from '@/lib/meili/errors';

/** Meilisearch made no progress on our tasks for the whole bound. */
export class MeiliWaitTimeoutError extends MeiliLayerError {
  override name = 'MeiliWaitTimeoutError';
}

export interface WaitOptions {
  /** Fails when no task finishes for this long (the bound restarts at each finished task). */
  stallMs?: number;
  intervalMs?: number;
}

const UIDS_PER_REQUEST = 500;
const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
const finished = (t: Task) => t.status !== 'enqueued' && t.status !== 'processing';

/**
 * Waits for every task, failed ones included, returned in the order given; bounded per wait and
 * leaving no timer behind, unlike the client's waitForTasks (docs/decisions.md). Each poll is
 * itself bounded by the client's request timeout.
 */
export async function waitForTasks(
  client: Meilisearch,
  taskUids: readonly number[],
  { stallMs = 30 * 60_000, intervalMs = 100 }: WaitOptions = {},
): Promise<Task[]> {
  const done = new Map<number, Task>();
  let deadline = Date.now() + stallMs;
  for (;;) {
    const pending = taskUids.filter((uid) => !done.has(uid));
    for (let i = 0; i < pending.length; i += UIDS_PER_REQUEST) {
      const uids = pending.slice(i, i + UIDS_PER_REQUEST);
      const { results } = await client.tasks.getTasks({ uids, limit: uids.length });
      for (const task of results) {
        if (!finished(task)) continue;
        done.set(task.uid, task);
        deadline = Date.now() + stallMs;
      }
    }
    if (done.size === new Set(taskUids).size) return taskUids.map((uid) => done.get(uid)!);
    if (Date.now() >= deadline) {
      throw new MeiliWaitTimeoutError(
        `Meilisearch finished none of ${taskUids.length - done.size} pending task(s) ` +
          `in ${Math.round(stallMs / 1000)} s`,
      );
    }
    await sleep(intervalMs);
  }
}

/** One enqueued request, waited for with the same bound. */
export async function waitForTask(
  client: Meilisearch,
  enqueued: EnqueuedTaskPromise,
  options?: WaitOptions,
): Promise<Task> {
  const { taskUid } = await enqueued;
  const [task] = await waitForTasks(client, [taskUid], options);
  return task!;
}
