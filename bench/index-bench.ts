import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createMeiliClient } from '@/lib/meili/client';
import { startEmbeddedMeili } from '@/lib/meili/admin/embedded';
import { runIndex } from '@/indexer/pipeline/run';
import { rawPush } from './raw-push';

const REUTERS = resolve(process.cwd(), '..', 'shared', 'corpora', 'reuters21578');

/**
 * `npm run bench:index [-- --json]`: the full indexer (parse + extraction + push + wait +
 * verify) on Reuters-21578, against pushing the very same prepared documents straight to
 * Meilisearch. Both runs use a fresh index on one embedded server.
 */
export async function benchIndex(args: string[]): Promise<void> {
  const json = args.includes('--json');
  if (!existsSync(REUTERS)) {
    console.log(`bench:index skipped: ${REUTERS} not found (needs ../shared with Reuters-21578).`);
    return;
  }
  const files = (await readdir(REUTERS))
    .filter((f) => /^reut2-\d+\.(xml|sgm)$/.test(f))
    .map((f) => join(REUTERS, f));
  const dir = await mkdtemp(join(tmpdir(), 'facetwire-bench-index-'));
  const masterKey = `bench-${Math.random().toString(36).slice(2)}-key`;
  const threads = Number(process.env.MEILI_MAX_INDEXING_THREADS ?? 1);
  const meili = await startEmbeddedMeili({
    dataDir: join(dir, 'meili'),
    masterKey,
    maxIndexingThreads: threads,
  });
  try {
    const conn = { url: meili.url, apiKey: masterKey };
    const client = createMeiliClient(conn);
    const prepared = join(dir, 'prepared.jsonl');
    const summary = await runIndex({
      inputs: files,
      conn,
      indexUid: 'bench_indexer',
      jsonlOut: prepared,
      log: () => undefined,
    });
    if (!summary.verified) throw new Error('indexer run did not verify');
    const indexerDocsPerSec = summary.accepted / (summary.durationMs / 1000);

    const raw = await rawPush(client, 'bench_raw', prepared);
    const rawSecs = raw.secs;
    const rawDocsPerSec = raw.docs / rawSecs;
    const ratio = indexerDocsPerSec / rawDocsPerSec;

    console.log(
      `Reuters-21578: ${summary.accepted} articles, ${files.length} files, Meilisearch indexing threads: ${threads}`,
    );
    console.log(
      `indexer (parse + extract + push + wait + verify): ${(summary.durationMs / 1000).toFixed(1)} s, ${indexerDocsPerSec.toFixed(0)} docs/s`,
    );
    console.log(
      `raw push of the same prepared documents:           ${rawSecs.toFixed(1)} s, ${rawDocsPerSec.toFixed(0)} docs/s`,
    );
    console.log(`ratio indexer/raw: ${ratio.toFixed(2)} (target ≥ 0.80)`);
    if (json)
      console.log(
        JSON.stringify({ docs: summary.accepted, indexerDocsPerSec, rawDocsPerSec, ratio }),
      );
  } finally {
    await meili.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
