import { chromium } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findFreePort } from '../lib/meili/embedded';
import {
  ensureBuild,
  indexCorpus,
  progress,
  ROOT,
  startServer,
  stopServer,
  within,
} from './ui-server';
import { quantile, round, typeOn, type RequestTiming } from './ui-typing';

const REUTERS = resolve(ROOT, '..', 'shared', 'corpora', 'reuters21578');

interface CorpusResult {
  corpus: string;
  keystrokeP50Ms: number;
  keystrokeP95Ms: number;
  /** The same typing on /bench/minimal (search box + hit titles), in the same run. */
  minimalP50Ms: number;
  minimalP95Ms: number;
  p95VsMinimal: number;
  p50VsMinimal: number;
  /** p95 without the first typed query (a fresh page's cold JIT), full page and minimal page. */
  warmP95Ms: number;
  minimalWarmP95Ms: number;
  firstResponseMs: number;
  firstByteMs: number;
  jsGzipBytes: number;
  jsChunks: number;
  samples: number;
  queriesPerKeystroke: number;
  facetRequestsPerKeystroke: number;
  /** Medians over the typed searches, from Resource Timing and the proxy's Server-Timing. */
  requestMs: number;
  proxyMs: number;
  meiliMs: number;
  facetRequestMs: number;
}

async function timeFetch(url: string): Promise<{ ttfb: number; total: number }> {
  const t0 = performance.now();
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  const ttfb = performance.now() - t0;
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  await res.text();
  return { ttfb, total: performance.now() - t0 };
}

/**
 * gzip bytes of every script the search page loads: HTML <script src> plus lazy chunks seen by
 * the browser. `noModule` scripts (Next's legacy polyfills) are skipped: modern browsers never
 * fetch them.
 */
async function jsWeight(base: string, html: string, seen: Set<string>) {
  const urls = new Set(seen);
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
    if (src && !/\snomodule\b/i.test(tag)) urls.add(new URL(src.replace(/&amp;/g, '&'), base).href);
  }
  let bytes = 0;
  for (const url of urls) {
    const res = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    bytes += gzipSync(Buffer.from(await res.arrayBuffer()), { level: 9 }).length;
  }
  return { bytes, chunks: urls.size };
}

async function measure(
  corpus: string,
  port: number,
  queries: string[],
  searchUrl: string,
): Promise<CorpusResult> {
  const base = `http://127.0.0.1:${port}`;
  progress(`${corpus}: timing the server response of ${searchUrl}`);
  const firsts: { ttfb: number; total: number }[] = [];
  for (let i = 0; i < 12; i++) {
    const t = await timeFetch(`${base}${searchUrl}`);
    if (i > 1) firsts.push(t); // the first two warm up the server's caches
  }
  const browser = await within(
    30_000,
    'launching Chromium',
    chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    }),
  );
  try {
    /*
     * Each page is visited once, untimed, before either is measured. Otherwise the page measured
     * second found Meilisearch's pages for the same words and Chrome's code cache for the shared
     * React/InstantSearch chunks already warm. Every timed session still opens a fresh page.
     */
    progress(`${corpus}: one untimed visit to each page`);
    for (const url of [base, `${base}/bench/minimal`])
      await typeOn(browser, url, queries, () => {});
    progress(`${corpus}: the search page`);
    const full = await typeOn(browser, base, queries, (l) => progress(`${corpus}: ${l}`));
    const js = await jsWeight(base, await (await fetch(base)).text(), full.scripts);
    progress(`${corpus}: the minimal page (yardstick)`);
    const minimal = await typeOn(browser, `${base}/bench/minimal`, queries, (l) =>
      progress(`${corpus} minimal: ${l}`),
    );
    const hits = full.timings.filter((t) => !t.facets);
    const median = (f: (t: RequestTiming) => number, of = hits) => round(quantile(of.map(f), 0.5));
    const p95 = round(quantile(full.samples, 0.95));
    const minimalP95 = round(quantile(minimal.samples, 0.95));
    const p50 = round(quantile(full.samples, 0.5));
    const minimalP50 = round(quantile(minimal.samples, 0.5));
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    const warm = (s: { samples: number[]; coldSamples: number }) =>
      round(quantile(s.samples.slice(s.coldSamples), 0.95));
    return {
      corpus,
      keystrokeP50Ms: p50,
      keystrokeP95Ms: p95,
      minimalP50Ms: minimalP50,
      minimalP95Ms: minimalP95,
      p95VsMinimal: ratio(p95, minimalP95),
      p50VsMinimal: ratio(p50, minimalP50),
      warmP95Ms: warm(full),
      minimalWarmP95Ms: warm(minimal),
      firstResponseMs: round(
        quantile(
          firsts.map((f) => f.total),
          0.5,
        ),
      ),
      firstByteMs: round(
        quantile(
          firsts.map((f) => f.ttfb),
          0.5,
        ),
      ),
      jsGzipBytes: js.bytes,
      jsChunks: js.chunks,
      samples: full.samples.length,
      queriesPerKeystroke: round(full.queries / Math.max(1, full.requests)),
      facetRequestsPerKeystroke: round(full.facetRequests / Math.max(1, full.samples.length)),
      requestMs: median((t) => t.request),
      proxyMs: median((t) => t.proxy),
      meiliMs: median((t) => t.meili),
      facetRequestMs: median(
        (t) => t.request,
        full.timings.filter((t) => t.facets),
      ),
    };
  } finally {
    await browser.close();
  }
}

const servers = new Set<ChildProcess>();

async function runCorpus(
  corpus: string,
  glob: string | null,
  queries: string[],
  searchUrl: string,
): Promise<CorpusResult> {
  const dataDir = mkdtempSync(join(tmpdir(), `facetwire-uibench-${corpus}-`));
  try {
    if (glob) {
      progress(`${corpus}: indexing ${glob}`);
      await indexCorpus(dataDir, glob);
    }
    const port = await findFreePort();
    progress(`${corpus}: starting the app on port ${port}`);
    const server = await startServer(dataDir, port, glob !== null);
    servers.add(server);
    try {
      return await measure(corpus, port, queries, searchUrl);
    } finally {
      progress(`${corpus}: stopping the app`);
      await stopServer(server);
      servers.delete(server);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchUi(args: string[]): Promise<void> {
  const json = args.includes('--json');
  const out = (s: string) => (json ? console.error(s) : console.log(s));
  const stopAll = () => {
    for (const s of servers) s.kill('SIGTERM');
    process.exit(130);
  };
  process.once('SIGINT', stopAll);
  process.once('SIGTERM', stopAll);
  await ensureBuild();
  const results: CorpusResult[] = [];
  results.push(
    await runCorpus(
      'demo',
      null,
      ['kanak caledonia', 'armenia azerbaijan'],
      '/?q=kanak&country=FR',
    ),
  );
  if (args.includes('--demo-only')) {
    progress('--demo-only: Reuters run skipped');
  } else if (existsSync(REUTERS)) {
    results.push(
      await runCorpus(
        'reuters',
        join(REUTERS, 'reut2-*.xml'),
        ['oil prices opec', 'interest rates'],
        '/?q=oil&country=US&sort=newest',
      ),
    );
  } else {
    progress(`Reuters corpus not found at ${REUTERS}: skipped (demo corpus only)`);
  }
  for (const r of results) {
    out(
      `${r.corpus}: keystroke p50 ${r.keystrokeP50Ms} ms, p95 ${r.keystrokeP95Ms} ms ` +
        `(${r.samples} keystrokes; without the first query p95 ${r.warmP95Ms} ms; ` +
        `${r.queriesPerKeystroke} queries per hits request, median ${r.requestMs} ms, of which ` +
        `proxy ${r.proxyMs} ms, Meilisearch ${r.meiliMs} ms; ${r.facetRequestsPerKeystroke} ` +
        `facet-count requests per keystroke, median ${r.facetRequestMs} ms); minimal page p50 ` +
        `${r.minimalP50Ms} ms, p95 ${r.minimalP95Ms} ms, without the first query ` +
        `${r.minimalWarmP95Ms} ms (full/minimal p50 ${r.p50VsMinimal}, p95 ${r.p95VsMinimal}); ` +
        `first response ${r.firstResponseMs} ms (first byte ${r.firstByteMs} ms); ` +
        `JS ${(r.jsGzipBytes / 1024).toFixed(1)} KB gz in ${r.jsChunks} chunks`,
    );
  }
  // The headline is the largest corpus measured.
  const head = results[results.length - 1]!;
  if (json) {
    console.log(
      JSON.stringify({
        keystrokeP50Ms: head.keystrokeP50Ms,
        keystrokeP95Ms: head.keystrokeP95Ms,
        firstResponseMs: head.firstResponseMs,
        jsGzipBytes: head.jsGzipBytes,
        minimalP95Ms: head.minimalP95Ms,
        p95VsMinimal: head.p95VsMinimal,
        corpus: head.corpus,
        byCorpus: results,
      }),
    );
  }
}
