import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMeiliClient } from '@/lib/meili/client';
import { dropIndex, testMeili } from '@/lib/testing/meili-fixture';
import { generateArticles, writeJsonl } from '@/indexer/testing/corpus';
import { spawnCli } from '@/cli/testing/cli-process';

const { conn, uniqueIndex } = testMeili();
const client = createMeiliClient(conn);
const uid = uniqueIndex('kill');
const N = 8_000;

const cli = (file: string) =>
  spawnCli(['index', file, '--index', uid, '--no-progress', '--threads', '0'], {
    MEILI_URL: conn.url,
    MEILI_MASTER_KEY: conn.apiKey,
  });

afterAll(() => dropIndex(conn, uid));

describe('npm run index, killed mid-run', () => {
  it('a rerun of the same command ends complete, without duplicates', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'facetwire-kill-'));
    try {
      const file = join(dir, 'big.jsonl');
      await writeJsonl(file, generateArticles(N));

      const first = cli(file);
      // Kill as soon as the first batch has reached Meilisearch: the run is surely unfinished.
      for (;;) {
        const tasks = await client.tasks.getTasks({
          indexUids: [uid],
          types: ['documentAdditionOrUpdate'],
        });
        if (tasks.results.length > 0) break;
        if (first.child.exitCode !== null)
          throw new Error(`finished too early:\n${first.output()}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      first.child.kill('SIGKILL');
      expect((await first.exit).signal).toBe('SIGKILL');
      expect(first.output()).not.toMatch(/Indexed into/);

      const second = cli(file);
      const { code } = await second.exit;
      expect(second.output()).toMatch(/verified: index holds 8000 documents/);
      expect(code).toBe(0);
      const stats = await client.index(uid).getStats();
      expect(stats.numberOfDocuments).toBe(N);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
