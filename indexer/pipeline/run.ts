import { availableParallelism } from 'node:os';
import type { MeiliConnection } from '@/lib/meili/client';
import { failedTasks, waitForAll } from '@/lib/meili/admin/documents';
import { dropIndexIfExists, swapInAndDropOld } from '@/lib/meili/admin/swap';
import { MeiliTargetError, PipelineError, UnknownFormatError } from './errors';
import { parserFor } from '@/indexer/parsers/index';
import type { BuiltItem } from './build-batch';
import { inThreadBuilder, workerBuilder, type DocumentBuilder } from './builder-pool';
import { beforeRun } from './before-run';
import { detectFile, FORMATS, isFormat } from './detect';
import { loadExtractor } from './extractor';
import { RULES_ONLY_NOTICE, taggerModelPresent } from '@/indexer/extract/tagger/load';
import { expandInputs } from './inputs';
import { meiliFailure, openTarget, type Target } from './meili-target';
import { Progress } from './progress';
import { DocumentSink } from './sink';
import { formatSummary, type IndexSummary } from './summary';
import type { RawArticle, SkippedInput } from './types';
import { verifyIndex } from './verify';

export type { IndexSummary } from './summary';

export interface RunIndexOptions {
  inputs: string[];
  /** null only with dryRun. */
  conn: MeiliConnection | null;
  indexUid: string;
  format?: string;
  map?: Record<string, string>;
  /** Source name for inputs that carry none (e.g. "BBC"). */
  source?: string;
  rebuild?: boolean;
  dryRun?: boolean;
  jsonlOut?: string;
  log?: (line: string) => void;
  progress?: boolean;
  /** Extraction threads; 0 builds on the main thread. Default: one per spare core. */
  threads?: number;
  batchDocs?: number;
  batchBytes?: number;
  /** Bound on each Meilisearch request (default 60 s). */
  requestTimeoutMs?: number;
  /** `--yes`: a rebuild may remove the live articles that are not in its inputs. */
  yes?: boolean;
  /** Asks at the terminal before a rebuild removes articles (without it, --yes is required). */
  confirm?: (question: string) => Promise<boolean>;
}

const CHUNK = 250;

/**
 * Worker threads pay only with cores to spare (docs/decisions.md): keep one core for the main
 * thread and one for Meilisearch.
 */
export function defaultThreads(): number {
  return Math.min(4, Math.max(0, availableParallelism() - 2));
}

async function createBuilder(
  threads: number,
  ctx: { defaultSource: string | undefined; now: number },
) {
  // Said here, once per run: every worker loads the model (or finds none) on its own.
  if (!taggerModelPresent()) process.stderr.write(`${RULES_ONLY_NOTICE}\n`);
  if (threads > 0) return workerBuilder(threads, ctx);
  return inThreadBuilder(await loadExtractor(), ctx);
}

/** Reads, builds, pushes, waits, verifies: the whole `npm run index` run. */
export async function runIndex(options: RunIndexOptions): Promise<IndexSummary> {
  const started = Date.now();
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const dryRun = options.dryRun ?? false;
  const rebuild = (options.rebuild ?? false) && !dryRun;
  if (options.format !== undefined && !isFormat(options.format)) {
    throw new UnknownFormatError(options.format, FORMATS);
  }
  const forced = options.format;
  const files = await expandInputs(options.inputs);
  if (!dryRun && !options.conn) throw new MeiliTargetError('no-connection', '');
  const conn = options.conn;
  const plan =
    !dryRun && conn
      ? await beforeRun({
          conn,
          indexUid: options.indexUid,
          rebuild,
          files,
          forced,
          map: options.map ?? {},
          source: options.source,
          yes: options.yes ?? false,
          confirm: options.confirm,
          requestTimeoutMs: options.requestTimeoutMs,
          log,
        })
      : null;
  const target: Target | null =
    !dryRun && conn
      ? await withMeili(conn.url, () =>
          openTarget(conn, options.indexUid, rebuild, options.requestTimeoutMs),
        )
      : null;

  const progress = options.progress
    ? new Progress(process.stderr.isTTY, (t) => process.stderr.write(t))
    : null;
  const say = (line: string) => {
    progress?.clear();
    log(line);
  };
  const skipped: SkippedInput[] = [];
  const failures: SkippedInput[] = [];
  const warnings: string[] = [];
  const state = {
    filesDone: 0,
    filesTotal: files.length,
    bytesDone: 0,
    bytesTotal: files.reduce((a, f) => a + f.size, 0),
    articles: 0,
  };
  const sink = new DocumentSink({
    client: target?.client ?? null,
    targetUid: target?.writeUid ?? options.indexUid,
    compareUid: target?.compareUid ?? null,
    sendUnchanged: rebuild,
    jsonlOut: options.jsonlOut ?? null,
    maxDocs: options.batchDocs,
    maxBytes: options.batchBytes,
  });
  let builder: DocumentBuilder | null = null;
  let filesRead = 0;
  try {
    builder = await createBuilder(options.threads ?? defaultThreads(), {
      defaultSource: options.source,
      now: Math.floor(started / 1000),
    });
    const inflight: Promise<BuiltItem[]>[] = [];
    const maxInflight = Math.max(2, builder.threads * 3);
    const consume = async (items: BuiltItem[]) => {
      for (const item of items) {
        if (item.kind === 'document') await sink.add(item);
        else if (item.kind === 'skip') skipped.push({ input: item.input, reason: item.reason });
        else failures.push({ input: item.input, reason: item.reason });
      }
      state.articles = sink.accepted;
      progress?.update(state);
    };
    let chunk: RawArticle[] = [];
    const submit = async (min: number) => {
      if (chunk.length > 0) {
        const p = builder!.build(chunk);
        p.catch(() => undefined); // observed when it is consumed
        inflight.push(p);
        chunk = [];
      }
      while (inflight.length > min) await consume(await inflight.shift()!);
    };

    for (const file of files) {
      const detection = await detectFile(file, forced);
      if ('skip' in detection) {
        skipped.push({ input: file.display, reason: detection.skip });
      } else {
        filesRead++;
        const parse = await parserFor(detection.format);
        try {
          for await (const item of parse(file, { map: options.map ?? {} })) {
            if (item.kind === 'article') {
              chunk.push(item.article);
              if (chunk.length >= CHUNK) await submit(maxInflight);
            } else if (item.kind === 'skip') {
              skipped.push({ input: item.input, reason: item.reason });
            } else {
              warnings.push(item.message);
              say(`warning: ${item.message}`);
            }
          }
        } catch (error) {
          if (error instanceof PipelineError || meiliFailure(error, conn?.url ?? '')) throw error;
          skipped.push({ input: file.display, reason: `unreadable: ${(error as Error).message}` });
        }
      }
      state.filesDone++;
      state.bytesDone += file.size;
      progress?.update(state);
    }
    await submit(0);
    await sink.close();
    progress?.update(state, true);
    progress?.clear();
  } catch (error) {
    progress?.clear();
    await sink.close().catch(() => undefined);
    if (target && rebuild)
      await dropIndexIfExists(target.client, target.writeUid).catch(() => undefined);
    throw (conn && meiliFailure(error, conn.url)) || error;
  } finally {
    await builder?.close();
  }

  let verification = null;
  if (target && conn) {
    if (sink.tasks.length > 0)
      say(`waiting for Meilisearch to index ${sink.tasks.length} batch(es)…`);
    verification = await withMeili(conn.url, async () => {
      const tasks = await waitForAll(
        target.client,
        sink.tasks.map((t) => t.uid),
      );
      for (const error of failedTasks(tasks)) {
        const docs = sink.tasks.find((t) => t.uid === error.taskUid)?.docs ?? 0;
        failures.push({ input: `task ${error.taskUid} (${docs} documents)`, reason: error.reason });
      }
      const expected = rebuild ? sink.accepted : target.countBefore + sink.created;
      const v = await verifyIndex(target.client, target.writeUid, [...sink.seen.keys()], expected);
      if (rebuild) {
        if (v.ok) await swapInAndDropOld(target.client, options.indexUid, target.writeUid);
        else await dropIndexIfExists(target.client, target.writeUid);
      }
      return v;
    });
  }
  const durationMs = Date.now() - started;
  const summary: IndexSummary = {
    indexUid: options.indexUid,
    dryRun,
    rebuild,
    filesRead,
    accepted: sink.accepted,
    created: sink.created,
    updated: sink.updated,
    unchanged: sink.unchanged,
    // Live articles the inputs did not hold; the others were compared, so updated or unchanged.
    removed:
      rebuild && verification?.ok ? (plan?.liveCount ?? 0) - sink.updated - sink.unchanged : null,
    undated: sink.undated,
    skipped: [...skipped, ...sink.skipped],
    failed: failures.length,
    failures,
    warnings,
    durationMs,
    docsPerSec: sink.accepted / Math.max(durationMs / 1000, 0.001),
    verified: verification?.ok ?? false,
    verification,
  };
  for (const line of formatSummary(summary)) log(line);
  return summary;
}

async function withMeili<T>(url: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw meiliFailure(error, url) ?? error;
  }
}
