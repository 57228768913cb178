import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeiliClient } from '@/lib/meili/client';
import { dropIndex, testMeili } from '@/lib/testing/meili-fixture';
import { MeiliTargetError } from './errors';
import { generateArticles, writeJsonl } from '@/indexer/testing/corpus';
import { runIndex } from './run';
import { verifyIndex } from './verify';

const { conn, uniqueIndex } = testMeili();
const client = createMeiliClient(conn);
const quiet = () => undefined;
let dir: string;
const created: string[] = [];

function newIndex(): string {
  const uid = uniqueIndex('idx');
  created.push(uid);
  return uid;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'facetwire-run-int-'));
});
afterAll(async () => {
  for (const uid of created) await dropIndex(conn, uid);
  await rm(dir, { recursive: true, force: true });
});

describe('runIndex against Meilisearch', () => {
  it('is idempotent, and an edited article updates in place', async () => {
    const uid = newIndex();
    const file = join(dir, 'idem.jsonl');
    const articles = generateArticles(40);
    await writeJsonl(file, articles);
    const first = await runIndex({ inputs: [file], conn, indexUid: uid, log: quiet, threads: 0 });
    expect(first).toMatchObject({
      accepted: 40,
      created: 40,
      updated: 0,
      unchanged: 0,
      verified: true,
    });

    const again = await runIndex({ inputs: [file], conn, indexUid: uid, log: quiet, threads: 0 });
    expect(again).toMatchObject({
      accepted: 40,
      created: 0,
      updated: 0,
      unchanged: 40,
      verified: true,
    });

    articles[3] = { ...articles[3]!, body: 'Corrected: the meeting was on Wednesday.' };
    await writeJsonl(file, articles);
    const edited = await runIndex({ inputs: [file], conn, indexUid: uid, log: quiet, threads: 0 });
    expect(edited).toMatchObject({ created: 0, updated: 1, unchanged: 39, verified: true });
    expect((await client.index(uid).getStats()).numberOfDocuments).toBe(40);
    const doc = await client.index(uid).getDocument<{ body: string }>('gen-3');
    expect(doc.body).toBe('Corrected: the meeting was on Wednesday.');
  });

  it('stores undated articles as undated, and bad lines are skipped with their location', async () => {
    const uid = newIndex();
    const file = join(dir, 'mixed.jsonl');
    await writeJsonl(file, generateArticles(8));
    const { appendFile } = await import('node:fs/promises');
    await appendFile(file, '{"title": oops}\n{"title":"","body":""}\n');
    const s = await runIndex({ inputs: [file], conn, indexUid: uid, log: quiet, threads: 0 });
    expect(s.accepted).toBe(8);
    expect(s.skipped.map((x) => x.input)).toEqual([
      `${file.replace(`${process.cwd()}/`, '')}:9`,
      expect.stringMatching(/:10$/),
    ]);
    const undated = await client
      .index(uid)
      .getDocument<{ publishedAt: null; dateQuality: string }>('gen-0');
    expect(undated).toMatchObject({ publishedAt: null, dateQuality: 'none' });
  });

  it('rebuild swaps a fresh index in while searches keep succeeding', async () => {
    const uid = newIndex();
    const file = join(dir, 'rebuild.jsonl');
    await writeJsonl(file, generateArticles(30));
    await runIndex({ inputs: [file], conn, indexUid: uid, log: quiet, threads: 0 });
    await writeJsonl(file, generateArticles(25, ' revised'));

    let searching = true;
    let searches = 0;
    const failures: unknown[] = [];
    const loop = (async () => {
      while (searching) {
        try {
          const res = await client.index(uid).search('council', { limit: 1 });
          if (res.hits.length === 0) failures.push('empty result');
          searches++;
        } catch (error) {
          failures.push(error);
        }
      }
    })();
    const s = await runIndex({
      inputs: [file],
      conn,
      indexUid: uid,
      rebuild: true,
      yes: true,
      log: quiet,
      threads: 0,
    });
    searching = false;
    await loop;

    expect(s).toMatchObject({ accepted: 25, rebuild: true, removed: 5, verified: true });
    expect(failures).toEqual([]);
    expect(searches).toBeGreaterThan(5);
    expect((await client.index(uid).getStats()).numberOfDocuments).toBe(25);
    const { results } = await client.getIndexes({ limit: 1000 });
    expect(results.map((i) => i.uid).filter((u) => u.startsWith(`${uid}_rebuild_`))).toEqual([]);
  });

  it('verification notices a document that is not in the index', async () => {
    const uid = newIndex();
    const file = join(dir, 'verify.jsonl');
    await writeJsonl(file, generateArticles(5));
    await runIndex({ inputs: [file], conn, indexUid: uid, log: quiet, threads: 0 });
    await client.index(uid).deleteDocument('gen-2').waitTask();
    const ids = generateArticles(5).map((a) => a.id);
    const v = await verifyIndex(client, uid, ids, 5);
    expect(v).toMatchObject({ ok: false, count: 4, missing: ['gen-2'] });
    expect(
      (
        await verifyIndex(
          client,
          uid,
          ids.filter((i) => i !== 'gen-2'),
          4,
        )
      ).ok,
    ).toBe(true);
  });

  it('fails clearly when Meilisearch is unreachable, before writing anything', async () => {
    const file = join(dir, 'unreachable.jsonl');
    await writeJsonl(file, generateArticles(2));
    const err = await runIndex({
      inputs: [file],
      conn: { url: 'http://127.0.0.1:9', apiKey: 'x'.repeat(16) },
      indexUid: 'never',
      log: quiet,
      threads: 0,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MeiliTargetError);
    expect(err).toMatchObject({ problem: 'unreachable', url: 'http://127.0.0.1:9' });
  });
});
