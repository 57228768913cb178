import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { isHealthy } from '@/lib/meili/client';
import { connectAdmin } from './connect';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('connectAdmin', () => {
  it('reuses the embedded server already running on the same data dir', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'facetwire-connect-'));
    dirs.push(dir);
    const env = parseEnv({ FACETWIRE_DATA_DIR: dir });
    const first = await connectAdmin(env);
    try {
      expect(first.embedded).not.toBeNull();
      expect(first.reused).toBe(false);
      const second = await connectAdmin(env);
      expect(second.embedded).toBeNull();
      expect(second.reused).toBe(true);
      expect(second.conn).toEqual(first.conn);
    } finally {
      await first.embedded?.stop();
    }
    expect(await isHealthy(first.conn.url)).toBe(false);
    // Once stopped, the next command starts its own again.
    const third = await connectAdmin(env);
    expect(third.embedded).not.toBeNull();
    expect(third.reused).toBe(false);
    await third.embedded?.stop();
  });
});
