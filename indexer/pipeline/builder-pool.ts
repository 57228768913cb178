import { Worker } from 'node:worker_threads';
import type { Extractor } from '@/indexer/extract/types';
import { buildMany, type BuiltItem } from './build-batch';
import type { RawArticle } from './types';
import { SERVER_ONLY_HOOK } from '@/lib/node-hooks/node-args';

export interface BuildRequest {
  seq: number;
  raws: RawArticle[];
  defaultSource: string | undefined;
  now: number;
}
export type BuildResponse = { seq: number; items: BuiltItem[] } | { seq: number; error: string };

export interface DocumentBuilder {
  readonly threads: number;
  build(raws: RawArticle[]): Promise<BuiltItem[]>;
  close(): Promise<void>;
}

interface Ctx {
  defaultSource: string | undefined;
  now: number;
}

export function inThreadBuilder(extractor: Extractor, ctx: Ctx): DocumentBuilder {
  return {
    threads: 0,
    build: (raws) => Promise.resolve(buildMany(raws, { extractor, ...ctx })),
    close: () => Promise.resolve(),
  };
}

interface Slot {
  worker: Worker;
  busy: number;
}

/**
 * Builds documents (language detection, extraction, hashing, validation) on worker threads, so
 * reading and pushing on the main thread never wait for CPU-heavy extraction.
 */
export async function workerBuilder(threads: number, ctx: Ctx): Promise<DocumentBuilder> {
  const pending = new Map<number, { resolve(items: BuiltItem[]): void; reject(e: Error): void }>();
  let seq = 0;
  let fatal: Error | null = null;
  // The worker entry is TypeScript: load it through tsx's API so this works under the tsx CLI,
  // vitest and plain node alike (execArgv loaders are not reliable in Node 20 workers).
  // The hook first, so `server-only` marked modules load here as in the main process.
  const bootstrap = `import(${JSON.stringify(SERVER_ONLY_HOOK)})
    .then(() => import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}))
    .then((m) => m.tsImport(${JSON.stringify(new URL('./build-worker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`;
  const start = () =>
    new Promise<Slot>((resolve, reject) => {
      const worker = new Worker(bootstrap, { eval: true });
      const slot: Slot = { worker, busy: 0 };
      worker.on('message', (msg: BuildResponse | { ready: true }) => {
        if ('ready' in msg) return resolve(slot);
        slot.busy--;
        const p = pending.get(msg.seq);
        pending.delete(msg.seq);
        if ('error' in msg) p?.reject(new Error(`document build failed: ${msg.error}`));
        else p?.resolve(msg.items);
      });
      worker.on('error', (error) => {
        fatal = error;
        reject(error);
        for (const p of pending.values()) p.reject(error);
        pending.clear();
      });
    });
  const slots = await Promise.all(Array.from({ length: threads }, start));
  return {
    threads,
    build(raws) {
      if (fatal) return Promise.reject(fatal);
      const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
      const id = seq++;
      slot.busy++;
      return new Promise<BuiltItem[]>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const req: BuildRequest = { seq: id, raws, ...ctx };
        slot.worker.postMessage(req);
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
