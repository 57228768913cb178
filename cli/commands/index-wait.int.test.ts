import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbeddedMeili, type EmbeddedMeili } from '@/lib/meili/admin/embedded';
import { generateArticles, writeJsonl } from '@/indexer/testing/corpus';
import { spawnCli } from '@/cli/testing/cli-process';

const MASTER_KEY = 'wait-test-master-key-0123456789';
/** The run must end this soon after Meilisearch stops answering (2 s request bound + slack). */
const BOUND_MS = 20_000;
const cleanups: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
});

/** A Meilisearch of this test's own, so it can be stopped or killed under the indexer. */
async function ownMeili(): Promise<EmbeddedMeili> {
  const dir = await mkdtemp(join(tmpdir(), 'facetwire-wait-'));
  const meili = await startEmbeddedMeili({ dataDir: dir, masterKey: MASTER_KEY });
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  cleanups.push(async () => {
    meili.process.kill('SIGCONT');
    await meili.stop();
  });
  return meili;
}

/** Runs `npm run index` on a generated file; resolves once it printed its final "100.0%". */
async function indexUntilWaiting(meili: EmbeddedMeili) {
  const dir = await mkdtemp(join(tmpdir(), 'facetwire-wait-in-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const file = join(dir, 'articles.jsonl');
  await writeJsonl(file, generateArticles(3000));
  const { child, exit, output } = spawnCli(['index', file, '--index', 'waited', '--threads', '0'], {
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: MASTER_KEY,
    MEILI_REQUEST_TIMEOUT_MS: '2000',
  });
  cleanups.push(() => Promise.resolve(child.kill('SIGKILL')));
  await new Promise<void>((ready, fail) => {
    const onData = () => {
      if (output().includes('100.0%')) ready();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exit.then(() => fail(new Error(`ended before waiting:\n${output()}`)));
  });
  return { exit: exit.then((e) => e.code), output };
}

async function endsWithin(exit: Promise<number | null>, ms: number) {
  const started = Date.now();
  const timer = new Promise<'still running'>((r) => setTimeout(() => r('still running'), ms));
  const code = await Promise.race([exit, timer]);
  return { code, elapsedMs: Date.now() - started };
}

describe('npm run index when Meilisearch stops answering during the wait', () => {
  it('ends non-zero with the clear message when Meilisearch hangs (accepts, never answers)', async () => {
    const meili = await ownMeili();
    const run = await indexUntilWaiting(meili);
    meili.process.kill('SIGSTOP');
    const { code } = await endsWithin(run.exit, BOUND_MS);
    expect(code).toBe(1);
    expect(run.output()).toMatch(/error: Meilisearch is not reachable at http:\/\/127\.0\.0\.1/);
  }, 90_000);

  it('ends non-zero with the clear message when Meilisearch is killed', async () => {
    const meili = await ownMeili();
    const run = await indexUntilWaiting(meili);
    meili.process.kill('SIGKILL');
    const { code } = await endsWithin(run.exit, BOUND_MS);
    expect(code).toBe(1);
    expect(run.output()).toMatch(/error: Meilisearch is not reachable at http:\/\/127\.0\.0\.1/);
  }, 90_000);
});
