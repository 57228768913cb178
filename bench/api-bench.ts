import autocannon from 'autocannon';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeyStore } from '@/lib/api/key-store';
import { parseParams } from '@/lib/api/params';
import { SEARCH_PARAMS } from '@/lib/api/search-params';
import { toSearchQuery } from '@/lib/api/search-query';
import { meiliSearchRequest } from '@/lib/api/search-request';
import { createMeiliClient, type MeiliConnection } from '@/lib/meili/client';
import { startEmbeddedMeili, type EmbeddedMeili } from '@/lib/meili/admin/embedded';
import { assertSucceeded, ensureArticleIndex, ensureSearchKey } from '@/lib/meili/admin/setup';
import { syntheticArticles } from './api-corpus';
import { startAppServer } from './app-server';

const REUTERS = join(process.cwd(), '..', 'shared', 'corpora', 'reuters21578');
const INDEX = 'bench_api';

/** The query mix: text, facets, filters, dates, sorting, paging, highlighting. */
export const QUERY_MIX = [
  'q=oil',
  'q=oil+prices&facets=country,organization,person',
  'q=bank+rates&country=US',
  'q=trade+deficit&country=JP&country=US&match.country=all',
  'q=gold&sort=newest',
  'q=wheat&from=1987-03&to=1987-06',
  'q=dollar&highlight=true',
  'country=GB&facets=country,source&limit=10',
  'q=opec+output&organization=OPEC',
  'q=exports&exclude.country=US&page=2',
  'q=shares+profit&facets=year,month',
  'q=interest&person=James+Baker',
  'facets=country,organization,person,source,language,year',
  'q=coffee&sort=oldest&limit=50',
  'q=merger+acquisition&source=reuters',
  'q=yen&language=en&highlight=true&facets=country',
];

interface Stats {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** Non-2xx answers by status (503s are the 1 s fail-fast timeout under overload). */
  statuses: Record<string, number>;
}

const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
const r2 = (n: number) => Math.round(n * 100) / 100;

async function load(
  url: string,
  requests: autocannon.Request[],
  connections: number,
  seconds: number,
): Promise<Stats> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, requests }, (err, res) =>
      err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(res),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 300) statuses[status] = (statuses[status] ?? 0) + 1;
      latencies.push(ms);
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    rps: r2(result.requests.total / seconds),
    p50: r2(pct(latencies, 50)),
    p95: r2(pct(latencies, 95)),
    p99: r2(pct(latencies, 99)),
    errors: Object.values(statuses).reduce((a, b) => a + b, 0) + result.errors + result.timeouts,
    statuses,
  };
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function seed(conn: MeiliConnection, corpus: string, docs: number, log: (s: string) => void) {
  const admin = createMeiliClient(conn);
  await admin.deleteIndexIfExists(INDEX);
  if (corpus === 'reuters') {
    const { runIndex } = await import('@/indexer/pipeline/run');
    const summary = await runIndex({
      inputs: [REUTERS],
      conn,
      indexUid: INDEX,
      progress: false,
      log: () => undefined,
    });
    log(
      `indexed Reuters: ${summary.accepted} articles in ${Math.round(summary.durationMs / 1000)} s`,
    );
  } else {
    await ensureArticleIndex(admin, INDEX);
    const all = syntheticArticles(docs);
    assertSucceeded(await admin.index(INDEX).addDocuments(all).waitTask({ timeout: 600_000 }));
    log(`indexed ${all.length} synthetic articles`);
  }
  return ensureSearchKey(admin, INDEX);
}

/**
 * `npm run bench:api [-- --json] [--duration 10] [--corpus reuters|synthetic] [--docs 10000]
 * [--server app|next] [--ranking-rules sort,words,…]`: the same query mix through /api/v1/search and straight to
 * Meilisearch (the exact search body the API sends), at concurrency 1, 8 and 32.
 *
 * Needs: the embedded Meilisearch binary (it starts its own on a temp dir and a free port);
 * Reuters under ../shared/corpora/reuters21578 (else synthetic articles); a production build
 * (`npm run build`). `--server app` (default) is the server `npm start` runs; `--server next` is
 * plain `next start`, for comparison. `--ranking-rules` replaces the index's rules after seeding,
 * to compare orders (docs/decisions.md). Everything it starts is stopped at the end.
 */
export async function benchApi(args: string[]): Promise<void> {
  const json = args.includes('--json');
  const log = (s: string) => (json ? console.error(s) : console.log(s));
  const seconds = Number(option(args, 'duration') ?? 10);
  const corpus = option(args, 'corpus') ?? (existsSync(REUTERS) ? 'reuters' : 'synthetic');
  if (!existsSync(REUTERS) && !option(args, 'corpus')) {
    log(`Reuters not found at ${REUTERS}: using synthetic articles`);
  }
  const hasBuild = existsSync(join(process.cwd(), '.next', 'BUILD_ID'));
  const serverKind = option(args, 'server') ?? 'app';
  if (!hasBuild) throw new Error('bench:api needs a production build: run `npm run build` first');
  if (serverKind !== 'app' && serverKind !== 'next') throw new Error('--server is app or next');
  if (corpus === 'reuters' && !existsSync(REUTERS)) {
    throw new Error(`--corpus reuters: ${REUTERS} not found (use --corpus synthetic)`);
  }

  const dir = await mkdtemp(join(tmpdir(), 'facetwire-bench-api-'));
  const masterKey = randomBytes(24).toString('base64url');
  let meili: EmbeddedMeili | undefined;
  let server: ChildProcess | undefined;
  try {
    meili = await startEmbeddedMeili({
      dataDir: join(dir, 'meili'),
      masterKey,
      maxIndexingThreads: 2,
    });
    const conn = { url: meili.url, apiKey: masterKey };
    const searchKey = await seed(conn, corpus, Number(option(args, 'docs') ?? 10_000), log);
    const rules = option(args, 'ranking-rules')?.split(',');
    if (rules) {
      const index = createMeiliClient(conn).index(INDEX);
      assertSucceeded(await index.updateSettings({ rankingRules: rules }).waitTask());
    }
    log(
      `ranking rules: ${(await createMeiliClient(conn).index(INDEX).getRankingRules()).join(',')}`,
    );
    const dbPath = join(dir, 'keys.sqlite');
    const store = new KeyStore(dbPath);
    const apiKey = store.create({ name: 'bench', rate: '100000000/min' }).secret;
    store.close();

    const app = await startAppServer({
      meiliUrl: meili.url,
      searchKey,
      indexUid: INDEX,
      dataDir: dir,
      keyDb: dbPath,
      kind: serverKind,
    });
    server = app.child;
    const base = app.base;
    log(
      `server: ${serverKind === 'next' ? 'plain `next start`' : 'the app server `npm start` runs (API routes before Next)'}; corpus: ${corpus}`,
    );

    const apiRequests = QUERY_MIX.map((qs) => ({
      method: 'GET' as const,
      path: `/api/v1/search?${qs}`,
      headers: { authorization: `Bearer ${apiKey}`, 'accept-encoding': 'identity' },
    }));
    const rawRequests = QUERY_MIX.map((qs) => {
      const { q, params } = meiliSearchRequest(
        toSearchQuery(parseParams(new URLSearchParams(qs), SEARCH_PARAMS)),
        null,
      );
      return {
        method: 'POST' as const,
        path: `/indexes/${INDEX}/search`,
        headers: {
          authorization: `Bearer ${searchKey}`,
          'content-type': 'application/json',
          'accept-encoding': 'identity',
        },
        body: JSON.stringify({ q, ...params }),
      };
    });
    await load(base, apiRequests, 8, 2);
    await load(meili.url, rawRequests, 8, 2);

    const out: Record<string, { api: Stats; raw: Stats; p95Ratio: number; rpsRatio: number }> = {};
    for (const c of [1, 8, 32]) {
      const raw = await load(meili.url, rawRequests, c, seconds);
      const api = await load(base, apiRequests, c, seconds);
      out[`c${c}`] = { api, raw, p95Ratio: r2(api.p95 / raw.p95), rpsRatio: r2(api.rps / raw.rps) };
      log(
        `c=${String(c).padEnd(3)} api ${api.rps.toFixed(0).padStart(6)} rps p50 ${api.p50} p95 ${api.p95} p99 ${api.p99} ms` +
          ` | raw ${raw.rps.toFixed(0).padStart(6)} rps p50 ${raw.p50} p95 ${raw.p95} p99 ${raw.p99} ms` +
          ` | p95 ratio ${out[`c${c}`]!.p95Ratio}, rps ratio ${out[`c${c}`]!.rpsRatio}` +
          (api.errors + raw.errors
            ? ` | errors api ${api.errors} ${JSON.stringify(api.statuses)} raw ${raw.errors}`
            : ''),
      );
    }
    const c8 = out.c8!;
    log(
      `target: API p95 ≤ 1.25× raw p95 at c8 → ${c8.p95Ratio} ${c8.p95Ratio <= 1.25 ? 'met' : 'NOT met'}`,
    );
    if (json)
      console.log(JSON.stringify({ ...out, server: serverKind, corpus, durationS: seconds }));
  } finally {
    server?.kill('SIGTERM');
    await meili?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
