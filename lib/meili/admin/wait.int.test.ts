import { createServer, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { dropIndex, testMeili } from '@/lib/testing/meili-fixture';
import { createMeiliClient, isUnreachable } from '@/lib/meili/client';
import { MeiliWaitTimeoutError, waitForTasks } from './wait';

const { conn, uniqueIndex } = testMeili();
const client = createMeiliClient(conn);
const uid = uniqueIndex('wait');

afterAll(() => dropIndex(conn, uid));

describe('waitForTasks', () => {
  it('returns every task, failed ones included, in the order given', async () => {
    const ok = await client.index(uid).addDocuments([{ id: 'a' }], { primaryKey: 'id' });
    const bad = await client.index(uid).addDocuments([{ id: 'b c' }]);
    const tasks = await waitForTasks(client, [bad.taskUid, ok.taskUid]);
    expect(tasks.map((t) => [t.uid, t.status])).toEqual([
      [bad.taskUid, 'failed'],
      [ok.taskUid, 'succeeded'],
    ]);
  });

  it('gives up once no task has finished for the bound', async () => {
    const started = Date.now();
    const err = await waitForTasks(client, [2 ** 31 - 1], { stallMs: 300 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(MeiliWaitTimeoutError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('fails within the request timeout when the server accepts and never answers', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((s) => void sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const { port } = silent.address() as { port: number };
    try {
      const hung = createMeiliClient({ url: `http://127.0.0.1:${port}`, apiKey: conn.apiKey }, 300);
      const started = Date.now();
      const err = await waitForTasks(hung, [1]).catch((e: unknown) => e);
      // What the indexer reports as "Meilisearch is not reachable at …".
      expect(isUnreachable(err)).toBe(true);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((r) => silent.close(r));
    }
  });
});
