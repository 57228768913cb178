import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAlive } from '@/lib/process-alive';
import { isHealthy } from '@/lib/meili/client';
import { findFreePort } from '@/lib/free-port';
import { startEmbeddedMeili } from './embedded';
import { EmbeddedMeiliError } from '@/lib/meili/errors';
import { loadOrCreateMasterKey } from './master-key';

const dirs: string[] = [];
async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'facetwire-embedded-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('embedded Meilisearch', () => {
  it('keeps one strong master key per data dir, readable by the owner only', async () => {
    const dir = await tempDir();
    const first = await loadOrCreateMasterKey(dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(await loadOrCreateMasterKey(dir)).toBe(first);
    expect((await stat(join(dir, 'master.key'))).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateMasterKey(await tempDir())).not.toBe(first);
  });

  it('starts on loopback, demands the key, and leaves no process after stop', async () => {
    const dir = await tempDir();
    const masterKey = await loadOrCreateMasterKey(dir);
    const logs: string[] = [];
    const meili = await startEmbeddedMeili({ dataDir: dir, masterKey, onLog: (l) => logs.push(l) });
    const pid = meili.process.pid ?? -1;
    expect(meili.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await isHealthy(meili.url)).toBe(true);
    const anonymous = await fetch(`${meili.url}/indexes`);
    expect(anonymous.status).toBe(401);
    const keyed = await fetch(`${meili.url}/indexes`, {
      headers: { Authorization: `Bearer ${masterKey}` },
    });
    expect(keyed.status).toBe(200);
    expect(logs.join('\n')).not.toContain(masterKey);
    await meili.stop();
    expect(isAlive(pid)).toBe(false);
    expect(await isHealthy(meili.url)).toBe(false);
  });

  it('says clearly when the requested port is taken', async () => {
    const port = await findFreePort();
    const blocker = createServer().listen(port, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    try {
      await expect(
        startEmbeddedMeili({ dataDir: await tempDir(), masterKey: 'x'.repeat(32), port }),
      ).rejects.toThrow(
        new EmbeddedMeiliError(
          `Port ${port} on 127.0.0.1 is already in use. Free it or set MEILI_PORT to another port.`,
        ),
      );
    } finally {
      blocker.close();
    }
  });

  it('reports an unhealthy start with the server output instead of hanging', async () => {
    // A master key shorter than 16 bytes makes Meilisearch refuse to start in production mode.
    await expect(
      startEmbeddedMeili({ dataDir: await tempDir(), masterKey: 'short', healthTimeoutMs: 15_000 }),
    ).rejects.toThrow(/did not become healthy[\s\S]*master key/i);
  });
});
