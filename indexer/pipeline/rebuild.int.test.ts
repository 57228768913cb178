import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeiliClient } from '@/lib/meili/client';
import { rebuildIndexUid } from '@/lib/meili/admin/swap';
import { dropIndex, testMeili } from '@/lib/testing/meili-fixture';
import { RebuildNeedsConfirmationError } from './errors';
import { generateArticles, writeJsonl } from '@/indexer/testing/corpus';
import { runIndex } from './run';
import { SERVER_ONLY_HOOK } from '@/lib/node-hooks/node-args';

const { conn, uniqueIndex } = testMeili();
const client = createMeiliClient(conn);
let dir: string;
const created: string[] = [];

/** Two corpora with distinct ids, like Reuters and BBC in one archive. */
const corpusA = generateArticles(10).map((a) => ({ ...a, id: `a-${a.id}`, url: `${a.url}/a` }));
const corpusB = generateArticles(5, ' (B)').map((a) => ({
  ...a,
  id: `b-${a.id}`,
  url: `${a.url}/b`,
}));

async function archiveOfBoth(): Promise<{ uid: string; fileB: string }> {
  const uid = uniqueIndex('rb');
  created.push(uid);
  const fileA = join(dir, `${uid}-a.jsonl`);
  const fileB = join(dir, `${uid}-b.jsonl`);
  await writeJsonl(fileA, corpusA);
  await writeJsonl(fileB, corpusB);
  const quiet = () => undefined;
  await runIndex({ inputs: [fileA, fileB], conn, indexUid: uid, log: quiet, threads: 0 });
  return { uid, fileB };
}

const count = async (uid: string) => (await client.index(uid).getStats()).numberOfDocuments;
const rebuildIndexesOf = async (uid: string) =>
  (await client.getIndexes({ limit: 1000 })).results
    .map((i) => i.uid)
    .filter((u) => u.startsWith(`${uid}_rebuild_`));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'facetwire-rebuild-int-'));
});
afterAll(async () => {
  for (const uid of created) await dropIndex(conn, uid);
  await rm(dir, { recursive: true, force: true });
});

describe('--rebuild of one corpus in a larger archive', () => {
  it('says how many articles it would remove and changes nothing without confirmation', async () => {
    const { uid, fileB } = await archiveOfBoth();
    const lines: string[] = [];
    const err = await runIndex({
      inputs: [fileB],
      conn,
      indexUid: uid,
      rebuild: true,
      log: (l) => lines.push(l),
      threads: 0,
    }).catch((e: unknown) => e);
    const plan = `the index "${uid}" holds 15 articles; the rebuild will hold only these inputs (5 articles) — 10 would be removed`;
    expect(err).toBeInstanceOf(RebuildNeedsConfirmationError);
    expect((err as RebuildNeedsConfirmationError).plan).toBe(plan);
    expect(await count(uid)).toBe(15);
    expect(await rebuildIndexesOf(uid)).toEqual([]);

    const declined = await runIndex({
      inputs: [fileB],
      conn,
      indexUid: uid,
      rebuild: true,
      confirm: () => Promise.resolve(false),
      log: () => undefined,
      threads: 0,
    }).catch((e: unknown) => e);
    expect((declined as Error).message).toMatch(/cancelled: nothing was changed/);
    expect(await count(uid)).toBe(15);
  });

  it('with --yes holds exactly its inputs and reports the removed count', async () => {
    const { uid, fileB } = await archiveOfBoth();
    const lines: string[] = [];
    const s = await runIndex({
      inputs: [fileB],
      conn,
      indexUid: uid,
      rebuild: true,
      yes: true,
      log: (l) => lines.push(l),
      threads: 0,
    });
    expect(s).toMatchObject({ accepted: 5, unchanged: 5, removed: 10, verified: true });
    expect(lines[0]).toMatch(/holds 15 articles; .* 10 would be removed$/);
    expect(lines).toContainEqual(expect.stringMatching(/rebuilt and swapped.*; removed 10 not in/));
    expect(await count(uid)).toBe(5);
  });

  it('needs no confirmation when it removes nothing', async () => {
    const { uid } = await archiveOfBoth();
    const all = join(dir, `${uid}-all.jsonl`);
    await writeJsonl(all, [...corpusA, ...corpusB]);
    const s = await runIndex({
      inputs: [all],
      conn,
      indexUid: uid,
      rebuild: true,
      log: () => undefined,
      threads: 0,
    });
    expect(s).toMatchObject({ accepted: 15, removed: 0, verified: true });
  });
});

describe('leftovers of failed rebuilds', () => {
  async function leftover(uid: string): Promise<string> {
    const temp = rebuildIndexUid(uid, Date.now() - 3_600_000);
    await client.createIndex(temp).waitTask({ timeout: 30_000 });
    await client
      .index(temp)
      .addDocuments([{ id: 'x' }])
      .waitTask({ timeout: 30_000 });
    return temp;
  }

  it('are dropped at the next run', async () => {
    const { uid, fileB } = await archiveOfBoth();
    const temp = await leftover(uid);
    const lines: string[] = [];
    await runIndex({ inputs: [fileB], conn, indexUid: uid, log: (l) => lines.push(l), threads: 0 });
    expect(lines).toContain(`dropped 1 leftover rebuild index(es): ${temp}`);
    expect(await rebuildIndexesOf(uid)).toEqual([]);
    expect(await count(uid)).toBe(15);
  });

  it('are dropped by npm run index -- --cleanup, which indexes nothing', async () => {
    const { uid } = await archiveOfBoth();
    const temp = await leftover(uid);
    const run = spawnSync(
      join('node_modules', '.bin', 'tsx'),
      ['--import', SERVER_ONLY_HOOK, 'cli/main.ts', 'index', '--cleanup', '--index', uid],
      {
        encoding: 'utf8',
        env: { ...process.env, MEILI_URL: conn.url, MEILI_MASTER_KEY: conn.apiKey },
      },
    );
    expect(run.stdout).toContain(`dropped 1 leftover rebuild index(es): ${temp}`);
    expect(run.status).toBe(0);
    expect(await rebuildIndexesOf(uid)).toEqual([]);
    expect(await count(uid)).toBe(15);
  }, 60_000);

  it('npm run index --rebuild without --yes exits 2 off a terminal, before writing', async () => {
    const { uid, fileB } = await archiveOfBoth();
    const run = spawnSync(
      join('node_modules', '.bin', 'tsx'),
      [
        '--import',
        SERVER_ONLY_HOOK,
        'cli/main.ts',
        'index',
        fileB,
        '--rebuild',
        '--index',
        uid,
        '--no-progress',
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, MEILI_URL: conn.url, MEILI_MASTER_KEY: conn.apiKey },
      },
    );
    expect(run.stderr).toContain('10 would be removed. Nothing was changed: rerun with --yes');
    expect(run.status).toBe(2);
    expect(await count(uid)).toBe(15);
    expect(await rebuildIndexesOf(uid)).toEqual([]);
  }, 60_000);
});
