import { chromium, type Page } from '@playwright/test';
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

const REUTERS = resolve(ROOT, '..', 'shared', 'corpora', 'reuters21578');
const KEY_TIMEOUT_MS = 10_000;

interface CorpusResult {
  corpus: string;
  keystrokeP50Ms: number;
  keystrokeP95Ms: number;
  firstResponseMs: number;
  firstByteMs: number;
  jsGzipBytes: number;
  jsChunks: number;
  samples: number;
  queriesPerKeystroke: number;
  /** Medians over the typed searches, from Resource Timing and the proxy's Server-Timing. */
  requestMs: number;
  proxyMs: number;
  meiliMs: number;
}

const round = (x: number) => Math.round(x * 10) / 10;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

/*
 * Runs inside the page. A string, not a function: tsx's keepNames would inject a `__name`
 * helper that does not exist in the browser. Records, per query, the time from the last
 * keydown to the first DOM mutation showing that query's results (stats `data-query`).
 */
const PAGE_PROBE = `
  window.__fwBench = { t0: 0, done: {} };
  document.addEventListener('keydown', () => { window.__fwBench.t0 = performance.now(); }, true);
  new MutationObserver(() => {
    const b = window.__fwBench;
    const q = document.querySelector('[data-testid="stats"]')?.getAttribute('data-query');
    if (b.t0 && q != null && !(q in b.done)) b.done[q] = performance.now() - b.t0;
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
`;

interface RequestTiming {
  request: number;
  proxy: number;
  meili: number;
}

/** Per search request: browser-side duration and the proxy's Server-Timing entries. */
const REQUEST_TIMINGS = `performance.getEntriesByType('resource')
  .filter((e) => e.name.includes('/api/meili/multi-search'))
  .map((e) => ({
    request: e.responseEnd - e.startTime,
    proxy: e.serverTiming.find((t) => t.name === 'proxy')?.duration ?? NaN,
    meili: e.serverTiming.find((t) => t.name === 'meili')?.duration ?? NaN,
  }))`;

async function typeAndMeasure(page: Page, query: string): Promise<number[]> {
  const box = page.getByRole('searchbox', { name: 'Search the archive' });
  await box.fill('', { timeout: KEY_TIMEOUT_MS });
  await page.waitForFunction(
    `document.querySelector('[data-testid="stats"]')?.getAttribute('data-query') === ''`,
    undefined,
    { timeout: KEY_TIMEOUT_MS },
  );
  await page.evaluate('window.__fwBench.done = {}; window.__fwBench.t0 = 0;');
  const times: number[] = [];
  let typed = '';
  for (const ch of query) {
    typed += ch;
    const key = JSON.stringify(typed);
    await page.keyboard.type(ch);
    try {
      await page.waitForFunction(`window.__fwBench.done[${key}] !== undefined`, undefined, {
        timeout: KEY_TIMEOUT_MS,
      });
    } catch {
      const shown = await page.evaluate(
        `document.querySelector('[data-testid="stats"]')?.getAttribute('data-query')`,
      );
      throw new Error(
        `results for ${key} not rendered within ${KEY_TIMEOUT_MS} ms (stats show ${JSON.stringify(shown)})`,
      );
    }
    times.push(Number(await page.evaluate(`window.__fwBench.done[${key}]`)));
    await page.waitForTimeout(120);
  }
  return times;
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
    const page = await browser.newPage();
    page.setDefaultTimeout(KEY_TIMEOUT_MS);
    await page.addInitScript(PAGE_PROBE);
    const scripts = new Set<string>();
    page.on('request', (r) => r.resourceType() === 'script' && scripts.add(r.url()));
    progress(`${corpus}: loading the search page`);
    await page.goto(base, { waitUntil: 'networkidle', timeout: 30_000 });
    await page.locator('.search-layout[data-hydrated="true"]').waitFor({ timeout: 30_000 });
    const js = await jsWeight(base, await (await fetch(base)).text(), scripts);

    let requests = 0;
    let queryCount = 0;
    page.on('request', (r) => {
      if (!r.url().includes('/api/meili/multi-search')) return;
      requests++;
      const body = r.postDataJSON() as { queries?: unknown[] } | null;
      queryCount += body?.queries?.length ?? 0;
    });
    await page.evaluate(
      'performance.clearResourceTimings(); performance.setResourceTimingBufferSize(10000)',
    );
    const samples: number[] = [];
    for (const q of queries) {
      progress(`${corpus}: typing "${q}"`);
      samples.push(...(await typeAndMeasure(page, q)));
    }
    const timings = await page.evaluate<RequestTiming[]>(REQUEST_TIMINGS);
    const median = (f: (t: RequestTiming) => number) => round(quantile(timings.map(f), 0.5));
    return {
      corpus,
      keystrokeP50Ms: round(quantile(samples, 0.5)),
      keystrokeP95Ms: round(quantile(samples, 0.95)),
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
      samples: samples.length,
      queriesPerKeystroke: round(queryCount / Math.max(1, requests)),
      requestMs: median((t) => t.request),
      proxyMs: median((t) => t.proxy),
      meiliMs: median((t) => t.meili),
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
        `(${r.samples} keystrokes, ${r.queriesPerKeystroke} queries per request; median request ` +
        `${r.requestMs} ms, of which proxy ${r.proxyMs} ms, Meilisearch ${r.meiliMs} ms); ` +
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
        corpus: head.corpus,
        byCorpus: results,
      }),
    );
  }
}
