/**
 * Time to the first byte and to the last row of `/api/v1/export` on synthetic articles, on a
 * throwaway embedded Meilisearch: `npm run bench -- export [--docs 10000] [--runs 5]`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMeiliClient } from '@/lib/meili/client';
import { startEmbeddedMeili } from '@/lib/meili/admin/embedded';
import { assertSucceeded, ensureArticleIndex } from '@/lib/meili/admin/setup';
import { syntheticArticles } from './api-corpus';
import { quantile } from './stats';

function wholeArg(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const n = Number(args[at + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} takes a whole number ≥ 1`);
  return n;
}
const median = (xs: number[]) => quantile(xs, 0.5);

export async function benchExport(args: string[]): Promise<void> {
  const docs = wholeArg(args, 'docs', 10_000);
  const runs = wholeArg(args, 'runs', 5);
  const dataDir = await mkdtemp(join(tmpdir(), 'facetwire-export-bench-'));
  const masterKey = `bench-${Math.random().toString(36).slice(2)}`;
  const meili = await startEmbeddedMeili({ dataDir, masterKey, maxIndexingThreads: 1 });
  try {
    const admin = createMeiliClient({ url: meili.url, apiKey: masterKey });
    await ensureArticleIndex(admin, 'bench_export');
    const task = admin.index('bench_export').addDocuments(syntheticArticles(docs));
    assertSucceeded(await task.waitTask({ timeout: 600_000 }));
    Object.assign(process.env, {
      MEILI_URL: meili.url,
      MEILI_SEARCH_KEY: masterKey,
      MEILI_MASTER_KEY: '',
      FACETWIRE_INDEX: 'bench_export',
      FACETWIRE_DATA_DIR: dataDir,
      FACETWIRE_API_DB: join(dataDir, 'keys.sqlite'),
      FACETWIRE_ANON_RATE: '100000/min',
      FACETWIRE_ANON_EXPORT_RATE: '100000/min',
    });
    const { GET } = await import('@/app/api/v1/export/route');
    for (const format of ['csv', 'jsonl']) {
      const first: number[] = [];
      const total: number[] = [];
      let bytes = 0;
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        const res = await GET(new Request(`http://bench/api/v1/export?format=${format}`));
        first.push(performance.now() - t0);
        bytes = (await res.arrayBuffer()).byteLength;
        total.push(performance.now() - t0);
      }
      console.log(
        `${format}: ${docs} articles, ${(bytes / 1e6).toFixed(1)} MB; headers after ${median(first).toFixed(0)} ms, ` +
          `last row after ${median(total).toFixed(0)} ms (median of ${runs})`,
      );
    }
  } finally {
    await meili.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
