import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRouteModules } from '@/lib/api/route-modules';
import { FIXTURE_ARTICLES } from '@/lib/api/testing/articles';
import { parseEnv } from '@/lib/env';
import { isAlive } from '@/lib/process-alive';
import { createMeiliClient } from '@/lib/meili/client';
import { connectAdmin, type AdminConnection } from './connect';
import { startEmbeddedMeili, type EmbeddedMeili } from './embedded';
import { readRunningSync, runningFilePath } from '@/lib/meili/running-file';
import { assertSucceeded, ensureArticleIndex, ensureSearchKey } from './setup';
import { RESTART_POLICY, superviseMeili, type Supervisor } from './supervisor';

let dataDir: string;
let admin: AdminConnection;
const started: EmbeddedMeili[] = [];
const env = () => parseEnv({ FACETWIRE_DATA_DIR: dataDir, FACETWIRE_INDEX: 'articles' });

// What `npm start` sets up: its own embedded server, a seeded index, and the web app's env.
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'facetwire-supervise-'));
  admin = await connectAdmin(env());
  started.push(admin.embedded!);
  const client = createMeiliClient(admin.conn);
  await ensureArticleIndex(client, 'articles');
  const task = await client.index('articles').addDocuments(FIXTURE_ARTICLES).waitTask();
  assertSucceeded(task);
  Object.assign(process.env, {
    MEILI_URL: admin.conn.url,
    MEILI_SEARCH_KEY: await ensureSearchKey(client, 'articles'),
    MEILI_MASTER_KEY: '',
    FACETWIRE_INDEX: 'articles',
    FACETWIRE_DATA_DIR: dataDir,
    FACETWIRE_API_DB: join(dataDir, 'keys.sqlite'),
    FACETWIRE_ANON_RATE: '1000/min',
    FACETWIRE_MEILI_RUNNING: runningFilePath(dataDir),
  });
});
afterAll(async () => {
  await Promise.all(started.map((m) => m.stop()));
  await rm(dataDir, { recursive: true, force: true });
});

async function search(): Promise<{ status: number; total?: number }> {
  const res = await apiRouteModules.search.GET(new Request('http://api.test/api/v1/search?q=oil'));
  return {
    status: res.status,
    ...(res.ok ? { total: ((await res.json()) as { total: number }).total } : {}),
  };
}

describe('npm start supervises its embedded Meilisearch', () => {
  let supervisor: Supervisor;

  it('restarts a killed server after a backoff; the app answers 503 meanwhile, then searches', async () => {
    const lines: string[] = [];
    let restarted!: (m: EmbeddedMeili) => void;
    const back = new Promise<EmbeddedMeili>((r) => (restarted = r));
    supervisor = superviseMeili(
      admin.embedded!,
      admin.relaunch!,
      { log: (l) => lines.push(l), onRestarted: restarted, onGiveUp: (m) => lines.push(m) },
      { ...RESTART_POLICY, firstDelayMs: 1500 },
    );
    const before = await search();
    expect(before.status).toBe(200);
    const killed = admin.embedded!.process;
    const exited = once(killed, 'exit');
    killed.kill('SIGKILL');
    await exited;
    expect((await search()).status).toBe(503);

    const meili = await back;
    started.push(meili);
    expect(meili.url).toBe(admin.conn.url); // its own port again: the web app's URL holds
    expect(meili.process.pid).not.toBe(killed.pid);
    expect(readRunningSync(runningFilePath(dataDir))?.pid).toBe(meili.process.pid);
    expect(await search()).toEqual(before);
    expect(lines).toEqual([
      'Meilisearch stopped unexpectedly (signal SIGKILL)',
      'restarting Meilisearch in 1.5 s (1 of 5)',
      `Meilisearch restarted at ${meili.url} (pid ${meili.process.pid})`,
    ]);
  });

  it('an app that reused the server finds it again when it comes back on another port', async () => {
    // A second npm start on this data dir reuses the running server: its app gets that URL.
    const reusing = await connectAdmin(env());
    expect(reusing).toMatchObject({ reused: true, embedded: null, conn: admin.conn });
    const before = await search();
    const oldPort = Number(new URL(reusing.conn.url).port);
    await supervisor.stop(); // the npm start that owned it stops
    expect((await search()).status).toBe(503);
    // Its port taken meanwhile (by something that hangs up), the next start gets another.
    const squatter: Server = createServer((socket) => socket.destroy()).listen(
      oldPort,
      '127.0.0.1',
    );
    await once(squatter, 'listening');
    try {
      const again = await connectAdmin(env());
      started.push(again.embedded!);
      expect(again.conn.url).not.toBe(admin.conn.url);
      expect(await search()).toEqual(before);
    } finally {
      squatter.close();
    }
  });
});

describe('giving up', () => {
  it('stops after the documented number of failed restarts, with a clear message', async () => {
    const dir = join(dataDir, 'broken');
    const first = await startEmbeddedMeili({ dataDir: dir, masterKey: 'k'.repeat(32) });
    started.push(first);
    const lines: string[] = [];
    const gaveUp = new Promise<string>((resolve) =>
      superviseMeili(
        first,
        // A real failure: Meilisearch refuses to start in production with a short master key.
        () => startEmbeddedMeili({ dataDir: dir, masterKey: 'short', healthTimeoutMs: 10_000 }),
        { log: (l) => lines.push(l), onGiveUp: resolve },
        { ...RESTART_POLICY, maxAttempts: 2, firstDelayMs: 50 },
      ),
    );
    first.process.kill('SIGKILL');
    expect(await gaveUp).toBe(
      'Meilisearch could not be kept running: gave up after 2 failed restarts in a row. ' +
        'See its log for the cause, then run `npm start` again.',
    );
    expect(lines.filter((l) => l.startsWith('restarting'))).toEqual([
      'restarting Meilisearch in 0.05 s (1 of 2)',
      'restarting Meilisearch in 0.1 s (2 of 2)',
    ]);
    expect(
      lines.filter((l) => /^restart \d of 2 failed: Meilisearch did not become healthy/.test(l)),
    ).toHaveLength(2);
    expect(isAlive(first.process.pid!)).toBe(false);
  });
});
