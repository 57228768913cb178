import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Meilisearch } from 'meilisearch';
import { diskBytes } from './disk-size';
import { sampleRss } from './proc-rss';
import { rawPush } from './raw-push';
import { forward, runCli, within } from './ui-server';

export interface IndexingFigures {
  docs: number;
  indexerSecs: number;
  indexerDocsPerSec: number;
  rawDocsPerSec: number;
  ratio: number;
  indexerPeakRssMb: number;
  meiliPeakRssMb: number;
  dbMb: number;
  /** From the indexer's start until a search of the index first finds an article. */
  firstSearchableSecs: number;
}

/** Accepted articles and seconds from the indexer's summary (indexer/pipeline/summary.ts). */
export function parseIndexSummary(output: string): { accepted: number; secs: number } | null {
  const accepted = /(\d+) articles accepted/.exec(output)?.[1];
  const secs = /, ([\d.]+) s, \d+ articles\/s/.exec(output)?.[1];
  if (accepted === undefined || secs === undefined) return null;
  return { accepted: Number(accepted), secs: Number(secs) };
}

export interface MeiliTarget {
  url: string;
  masterKey: string;
  pid: number;
  dataDir: string;
}

/** `npm run index` as a child process against the given Meilisearch; resolves with its output. */
export async function runIndexer(
  meili: MeiliTarget,
  args: string[],
  prefix: string,
  onStart: (child: ChildProcess) => void = () => undefined,
): Promise<string> {
  const child = runCli(['index', ...args, '--no-progress'], {
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
  });
  onStart(child);
  let output = '';
  forward(child, prefix, (line) => (output += `${line}\n`));
  const code = await within(
    3 * 3600_000,
    `npm run index ${args.join(' ')}`,
    new Promise<number | null>((ok) => child.once('exit', ok)),
  );
  if (code !== 0)
    throw new Error(`npm run index ${args.join(' ')} failed (exit ${code ?? 'signal'})`);
  return output;
}

/** Polls until a search of the index finds an article; resolves with the seconds since `t0`. */
async function firstSearchable(client: Meilisearch, uid: string, t0: number, done: () => boolean) {
  while (!done()) {
    const found = await client
      .index(uid)
      .search('', { limit: 0 })
      .then((r) => (r.estimatedTotalHits ?? 0) > 0)
      .catch(() => false);
    if (found) return (performance.now() - t0) / 1000;
    await new Promise((r) => setTimeout(r, 100));
  }
  return NaN;
}

/**
 * The indexer (parse + extraction + push + wait + verify) on the tier's corpus, its RSS and
 * Meilisearch's sampled meanwhile; then raw ingestion of the indexer's own prepared documents
 * into a separate index (dropped after), as bench:index compares them.
 */
export async function measureIndexing(
  client: Meilisearch,
  meili: MeiliTarget,
  corpus: string,
  indexUid: string,
  workDir: string,
): Promise<IndexingFigures> {
  const prepared = join(workDir, 'prepared.jsonl');
  const meiliRss = sampleRss(meili.pid);
  let indexerRss: ReturnType<typeof sampleRss> | undefined;
  let finished = false;
  const t0 = performance.now();
  const searchable = firstSearchable(client, indexUid, t0, () => finished);
  const output = await runIndexer(
    meili,
    [corpus, '--index', indexUid, '--jsonl-out', prepared],
    'index',
    (child) => (indexerRss = child.pid ? sampleRss(child.pid, 50) : undefined),
  ).finally(() => (finished = true));
  const indexerPeakRssMb = indexerRss?.stop().peakMb ?? NaN;
  const meiliPeakRssMb = meiliRss.stop().peakMb;
  const firstSearchableSecs = await searchable;
  const summary = parseIndexSummary(output);
  if (!summary) throw new Error('no summary in the indexer output');
  const dbMb = (await diskBytes(meili.dataDir)) / 1e6;

  const raw = await rawPush(client, `${indexUid}_raw`, prepared);
  await client.deleteIndex(`${indexUid}_raw`).waitTask({ timeout: 600_000 });
  const indexerDocsPerSec = summary.accepted / summary.secs;
  const rawDocsPerSec = raw.docs / raw.secs;
  return {
    docs: summary.accepted,
    indexerSecs: summary.secs,
    indexerDocsPerSec,
    rawDocsPerSec,
    ratio: indexerDocsPerSec / rawDocsPerSec,
    indexerPeakRssMb,
    meiliPeakRssMb,
    dbMb,
    firstSearchableSecs,
  };
}
