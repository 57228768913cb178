import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Meilisearch } from 'meilisearch';
import { enqueueNdjson, fetchContentHashes } from '@/lib/meili/admin/documents';
import type { SkippedInput } from './types';

/** Meilisearch refuses payloads over 100 MB; stay well below it. */
export const DEFAULT_MAX_BATCH_BYTES = 50 * 1024 * 1024;
/** Small enough that Meilisearch starts indexing early; it merges queued tasks into one batch. */
export const DEFAULT_MAX_BATCH_DOCS = 5000;
const FIRST_BATCH_DOCS = 625;

export interface SinkDocument {
  id: string;
  contentHash: string;
  json: string;
  input: string;
  /** False when the article has no publication date (counted as "undated" in the summary). */
  dated?: boolean;
}

export interface SinkOptions {
  client: Meilisearch | null;
  /** Index the documents go to. */
  targetUid: string;
  /** Index whose current content classifies new/updated/unchanged (the live one on rebuild). */
  compareUid: string | null;
  /** On rebuild every document is sent even when unchanged. */
  sendUnchanged: boolean;
  jsonlOut: string | null;
  maxDocs?: number;
  maxBytes?: number;
  onBatch?: (info: { taskUid: number; docs: number; bytes: number }) => void;
}

/**
 * Collects built documents into batches bounded by count and bytes, drops in-run duplicates,
 * skips unchanged ones, and enqueues the rest back-to-back without waiting on each task.
 */
export class DocumentSink {
  readonly seen = new Map<string, string>();
  readonly skipped: SkippedInput[] = [];
  readonly tasks: { uid: number; docs: number }[] = [];
  created = 0;
  updated = 0;
  unchanged = 0;
  /** Accepted articles without a publication date: they drop out of date filters. */
  undated = 0;
  private batch: SinkDocument[] = [];
  private bytes = 0;
  /**
   * Batches start small and double up to maxDocs: Meilisearch begins indexing while we are
   * still extracting, and merges the batches that queue up behind it.
   */
  private docLimit: number;
  private out: WriteStream | null;

  constructor(private readonly opts: SinkOptions) {
    this.out = opts.jsonlOut ? createWriteStream(opts.jsonlOut, { encoding: 'utf8' }) : null;
    this.docLimit = Math.min(FIRST_BATCH_DOCS, opts.maxDocs ?? DEFAULT_MAX_BATCH_DOCS);
  }

  get accepted(): number {
    return this.seen.size;
  }

  async add(doc: SinkDocument): Promise<void> {
    const first = this.seen.get(doc.id);
    if (first !== undefined) {
      this.skipped.push({ input: doc.input, reason: `duplicate id ${doc.id} (first at ${first})` });
      return;
    }
    this.seen.set(doc.id, doc.input);
    if (doc.dated === false) this.undated++;
    if (this.out && !this.out.write(`${doc.json}\n`)) await once(this.out, 'drain');
    this.batch.push(doc);
    this.bytes += Buffer.byteLength(doc.json) + 1;
    const maxDocs = this.opts.maxDocs ?? DEFAULT_MAX_BATCH_DOCS;
    const maxBytes = this.opts.maxBytes ?? DEFAULT_MAX_BATCH_BYTES;
    if (this.batch.length >= this.docLimit || this.bytes >= maxBytes) {
      this.docLimit = Math.min(this.docLimit * 2, maxDocs);
      await this.flush();
    }
  }

  async flush(): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    this.bytes = 0;
    const { client } = this.opts;
    if (batch.length === 0 || !client) return;
    const existing = this.opts.compareUid
      ? await fetchContentHashes(
          client,
          this.opts.compareUid,
          batch.map((d) => d.id),
        )
      : new Map<string, string>();
    const send: string[] = [];
    for (const doc of batch) {
      const hash = existing.get(doc.id);
      if (hash === undefined) this.created++;
      else if (hash === doc.contentHash) this.unchanged++;
      else this.updated++;
      if (hash !== doc.contentHash || this.opts.sendUnchanged) send.push(doc.json);
    }
    if (send.length === 0) return;
    const payload = send.join('\n');
    const taskUid = await enqueueNdjson(client, this.opts.targetUid, payload);
    this.tasks.push({ uid: taskUid, docs: send.length });
    this.opts.onBatch?.({ taskUid, docs: send.length, bytes: Buffer.byteLength(payload) });
  }

  async close(): Promise<void> {
    await this.flush();
    if (this.out) {
      this.out.end();
      await once(this.out, 'finish');
    }
  }
}
