import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { KeyStore } from '@/lib/api/key-store';
import { env as loadEnv } from '@/lib/env';
import { createMeiliClient } from '@/lib/meili/client';
import { startEmbeddedMeili } from '@/lib/meili/admin/embedded';
import { ensureSearchKey } from '@/lib/meili/admin/setup';
import { startAppServer } from './app-server';
import { parseScaleArgs } from './scale-args';
import { BENCH_DIR, tierCorpus } from './scale-corpus';
import { measureExport } from './scale-export';
import { readCorpusFacts } from './scale-facts';
import { measureIndexing } from './scale-index';
import { measureReads, readRequests } from './scale-reads';
import { measureRebuild } from './scale-rebuild';
import { scaleJson, tierLines, type TierFigures } from './scale-report';
import type { CorpusFacts } from './scale-queries';
import { ensureBuild, stopServer } from './ui-server';

const INDEX = 'articles';
const log = (s: string) =>
  console.error(`[bench:scale ${new Date().toISOString().slice(11, 19)}] ${s}`);

/** One tier on its own fresh Meilisearch; `facts` come from the first (smallest) tier. */
async function runTier(
  n: number,
  corpus: string,
  rounds: number,
  keep: boolean,
  factsOf: (client: ReturnType<typeof createMeiliClient>) => Promise<CorpusFacts>,
): Promise<TierFigures> {
  const workDir = join(BENCH_DIR, `scale-run-${n}`);
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  const masterKey = randomBytes(24).toString('base64url');
  const env = loadEnv();
  const dataDir = join(workDir, 'meili');
  const meili = await startEmbeddedMeili({
    dataDir,
    masterKey,
    maxIndexingMemory: env.MEILI_MAX_INDEXING_MEMORY,
    maxIndexingThreads: env.MEILI_MAX_INDEXING_THREADS,
  });
  let server: Awaited<ReturnType<typeof startAppServer>> | undefined;
  try {
    const target = { url: meili.url, masterKey, pid: meili.process.pid!, dataDir };
    const client = createMeiliClient({ url: meili.url, apiKey: masterKey });
    log(`tier ${n}: indexing ${corpus}`);
    const indexing = await measureIndexing(client, target, corpus, INDEX, workDir);
    const facts = await factsOf(client);
    const keyDb = join(workDir, 'keys.sqlite');
    const store = new KeyStore(keyDb);
    const apiKey = store.create({ name: 'bench-scale', rate: '100000000/min' }).secret;
    store.close();
    server = await startAppServer({
      meiliUrl: meili.url,
      searchKey: await ensureSearchKey(client, INDEX),
      indexUid: INDEX,
      dataDir: workDir,
      keyDb,
      env: { FACETWIRE_PAGE_RATE: '100000/min', FACETWIRE_ANON_RATE: '100000/min' },
    });
    log(`tier ${n}: reads (${rounds} rounds of the mix)`);
    const reads = await measureReads(server.base, readRequests(facts, INDEX, apiKey), rounds);
    log(`tier ${n}: export`);
    const pid = server.child.pid!;
    const jsonl = await measureExport(server.base, apiKey, pid, 'jsonl');
    const csv = await measureExport(server.base, apiKey, pid, 'csv');
    log(`tier ${n}: --rebuild with swap while searching`);
    const rebuild = await measureRebuild(
      target,
      corpus,
      INDEX,
      server.base,
      apiKey,
      facts.words[0],
    );
    return { indexing, reads, exports: { jsonl, csv }, rebuild };
  } finally {
    if (server) await stopServer(server.child);
    await meili.stop();
    if (!keep) await rm(workDir, { recursive: true, force: true });
  }
}

/**
 * `npm run bench:scale -- [--tiers 21600,216000,1000000] [--json] [--corpus FILE.jsonl]
 * [--rounds 5] [--keep]`: indexing, reads, export and a rebuild at each tier (bench/README.md).
 */
export async function benchScale(args: string[]): Promise<void> {
  const opts = parseScaleArgs(args);
  const out = (s: string) => (opts.json ? console.error(s) : console.log(s));
  await ensureBuild(log);
  const started = performance.now();
  let facts: CorpusFacts | undefined;
  const tiers = new Map<number, TierFigures>();
  for (const n of opts.tiers) {
    const t0 = performance.now();
    const corpus = await tierCorpus(n, opts.corpus);
    const figures = await runTier(n, corpus, opts.rounds, opts.keep, async (client) => {
      facts ??= await readCorpusFacts(client, INDEX);
      return facts;
    });
    tiers.set(n, figures);
    for (const line of tierLines(n, figures)) out(line);
    out(`tier ${n} took ${((performance.now() - t0) / 60_000).toFixed(1)} min`);
  }
  if (facts) {
    const { countries, organizations, ...rest } = facts;
    const shown = {
      ...rest,
      countries: countries.slice(0, 5),
      organizations: organizations.slice(0, 5),
    };
    out(`query mix values: ${JSON.stringify(shown)}`);
  }
  const result = scaleJson(tiers);
  out(`growth of p95 (largest / smallest tier): ${JSON.stringify(result.growth)}`);
  out(`total ${((performance.now() - started) / 60_000).toFixed(1)} min`);
  if (opts.json) console.log(JSON.stringify(result));
}
