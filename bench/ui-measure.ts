import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { progress, within } from './ui-server';
import { medianPhases, type KeystrokePhases } from './ui-phases';
import { quantile, quantileMs, round } from './stats';
import { mergeSessions, typeOn, type TypingSession } from './ui-typing';

export interface CorpusResult {
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
  /** Fresh-page typing sessions per page; keystrokes of all sessions are pooled. */
  sessions: number;
  samples: number;
  /** Each session's own p95, full page and minimal page (the spread between sessions). */
  sessionP95Ms: number[];
  minimalSessionP95Ms: number[];
  queriesPerKeystroke: number;
  /** Facet-count requests sent while typing (they wait for a pause in the typing). */
  facetRequests: number;
  /**
   * Median of each part of a keystroke, full page and minimal page, from Resource Timing and the
   * proxy's Server-Timing: where the full page loses time against the yardstick.
   */
  phasesMs: { full: KeystrokePhases; minimal: KeystrokePhases };
  facetRequestMs: number;
  /** Median body of a keystroke's hits answer on the full page: over the wire, and decoded. */
  hitsAnswerBytes: { wire: number; decoded: number };
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

/** One corpus on a running app: server response, JS weight, typing on both pages. */
export async function measure(
  corpus: string,
  port: number,
  queries: string[],
  searchUrl: string,
  sessions: number,
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
    const pages = { full: base, minimal: `${base}/bench/minimal` };
    for (const url of Object.values(pages)) await typeOn(browser, url, queries, () => {});
    /*
     * The two pages take turns (full, minimal, minimal, full, …): on a shared machine the load
     * drifts within a run, and measured back to back the page measured second met other
     * conditions. One session's p95 is its second-slowest keystroke; pooled, it is a statistic.
     */
    const runs: Record<keyof typeof pages, TypingSession[]> = { full: [], minimal: [] };
    for (let i = 0; i < sessions; i++) {
      const order = i % 2 ? (['minimal', 'full'] as const) : (['full', 'minimal'] as const);
      for (const name of order) {
        const log = (l: string) => progress(`${corpus} ${name} ${i + 1}/${sessions}: ${l}`);
        runs[name].push(await typeOn(browser, pages[name], queries, log));
      }
    }
    const full = mergeSessions(runs.full);
    const minimal = mergeSessions(runs.minimal);
    const js = await jsWeight(base, await (await fetch(base)).text(), full.scripts);
    const p95 = quantileMs(full.samples, 0.95);
    const minimalP95 = quantileMs(minimal.samples, 0.95);
    const p50 = quantileMs(full.samples, 0.5);
    const minimalP50 = quantileMs(minimal.samples, 0.5);
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    const hitAnswers = full.timings.filter((t) => !t.facets);
    const median = (xs: number[]) => quantile(xs, 0.5);
    const medianMs = (xs: number[]) => quantileMs(xs, 0.5);
    return {
      corpus,
      keystrokeP50Ms: p50,
      keystrokeP95Ms: p95,
      minimalP50Ms: minimalP50,
      minimalP95Ms: minimalP95,
      p95VsMinimal: ratio(p95, minimalP95),
      p50VsMinimal: ratio(p50, minimalP50),
      warmP95Ms: quantileMs(full.warm, 0.95),
      minimalWarmP95Ms: quantileMs(minimal.warm, 0.95),
      firstResponseMs: medianMs(firsts.map((f) => f.total)),
      firstByteMs: medianMs(firsts.map((f) => f.ttfb)),
      jsGzipBytes: js.bytes,
      jsChunks: js.chunks,
      sessions,
      samples: full.samples.length,
      sessionP95Ms: full.sessionP95,
      minimalSessionP95Ms: minimal.sessionP95,
      queriesPerKeystroke: round(full.queries / Math.max(1, full.requests)),
      facetRequests: full.facetRequests,
      phasesMs: { full: medianPhases(full.phases), minimal: medianPhases(minimal.phases) },
      facetRequestMs: medianMs(full.timings.filter((t) => t.facets).map((t) => t.request)),
      hitsAnswerBytes: {
        wire: median(hitAnswers.map((t) => t.wireBytes)),
        decoded: median(hitAnswers.map((t) => t.bytes)),
      },
    };
  } finally {
    await browser.close();
  }
}
