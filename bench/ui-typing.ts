import type { Browser, Page } from '@playwright/test';
import {
  keystrokePhases,
  type KeyTimes,
  type KeystrokePhases,
  type RequestTiming,
} from './ui-phases';
import { quantileMs } from './stats';

export const KEY_TIMEOUT_MS = 10_000;

/*
 * Runs inside the page. A string, not a function: tsx's keepNames would inject a `__name`
 * helper that does not exist in the browser. Records, per query, the time from the last
 * keydown to the first DOM mutation showing that query's results (stats `data-query`), and
 * wakes whoever waits for that query (see `rendered`).
 */
const PAGE_PROBE = `
  window.__fwBench = { t0: 0, done: {}, keys: [], waiters: {} };
  document.addEventListener('keydown', () => { window.__fwBench.t0 = performance.now(); }, true);
  new MutationObserver(() => {
    const b = window.__fwBench;
    const q = document.querySelector('[data-testid="stats"]')?.getAttribute('data-query');
    if (!b.t0 || q == null || q in b.done) return;
    const now = performance.now();
    b.done[q] = now - b.t0;
    b.keys.push({ t0: b.t0, done: now });
    b.waiters[q]?.();
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
`;

/** Per search request: browser-side duration and the proxy's Server-Timing entries. */
const REQUEST_TIMINGS = `performance.getEntriesByType('resource')
  .filter((e) => e.name.includes('/api/meili/multi-search'))
  .map((e) => ({
    facets: e.name.includes('part=facets'),
    start: e.startTime,
    end: e.responseEnd,
    request: e.responseEnd - e.startTime,
    proxy: e.serverTiming.find((t) => t.name === 'proxy')?.duration ?? NaN,
    meili: e.serverTiming.find((t) => t.name === 'meili')?.duration ?? NaN,
    wireBytes: e.encodedBodySize,
    bytes: e.decodedBodySize,
  }))`;

/*
 * Resolves once the probe has seen `query`'s results. Not Playwright's waitForFunction: it polls
 * on every animation frame, so Chromium would draw frames no visitor's page does while each
 * keystroke is measured (docs/decisions.md).
 */
function rendered(page: Page, query: string): Promise<unknown> {
  const key = JSON.stringify(query);
  // The timer is cleared on success: left running, each fired during later keystrokes.
  return page.evaluate(`new Promise((resolve, reject) => {
    const b = window.__fwBench;
    if (b.done[${key}] !== undefined) return resolve();
    const timer = setTimeout(() => reject(new Error('timed out')), ${KEY_TIMEOUT_MS});
    b.waiters[${key}] = () => {
      clearTimeout(timer);
      delete b.waiters[${key}];
      resolve();
    };
  })`);
}

async function typeAndMeasure(page: Page, query: string): Promise<number[]> {
  const box = page.getByRole('searchbox', { name: 'Search the archive' });
  // Clearing the box is not a keystroke: its results must not count against the last keydown.
  await page.evaluate('window.__fwBench.t0 = 0');
  await box.fill('', { timeout: KEY_TIMEOUT_MS });
  // A locator, not waitForFunction: the page's CSP forbids the eval that a string predicate needs.
  await page
    .locator('[data-testid="stats"][data-query=""]')
    .waitFor({ state: 'attached', timeout: KEY_TIMEOUT_MS });
  await page.evaluate('window.__fwBench.done = {}; window.__fwBench.t0 = 0;');
  const times: number[] = [];
  let typed = '';
  for (const ch of query) {
    typed += ch;
    const key = JSON.stringify(typed);
    await page.keyboard.type(ch);
    try {
      await rendered(page, typed);
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

export interface TypingSession {
  /** keydown → results of that query on screen, one per keystroke */
  samples: number[];
  /** How many of `samples` the first typed query gave (a fresh page: cold JIT). */
  coldSamples: number;
  timings: RequestTiming[];
  /** each keystroke split at its hits request */
  phases: KeystrokePhases[];
  /** Hits searches sent while typing, and the queries they held. */
  requests: number;
  queries: number;
  facetRequests: number;
  /** every script URL the page loaded */
  scripts: Set<string>;
}

/** Opens `url` in a fresh page (cold JIT, like a visitor) and types each query, keystroke by keystroke. */
export async function typeOn(
  browser: Browser,
  url: string,
  queries: string[],
  log: (line: string) => void,
): Promise<TypingSession> {
  const page = await browser.newPage();
  try {
    page.setDefaultTimeout(KEY_TIMEOUT_MS);
    await page.addInitScript(PAGE_PROBE);
    const session: TypingSession = {
      samples: [],
      coldSamples: 0,
      timings: [],
      phases: [],
      requests: 0,
      queries: 0,
      facetRequests: 0,
      scripts: new Set(),
    };
    page.on('request', (r) => {
      if (r.resourceType() === 'script') session.scripts.add(r.url());
      if (!r.url().includes('/api/meili/multi-search')) return;
      if (r.url().includes('part=facets')) return void session.facetRequests++;
      session.requests++;
      const body = r.postDataJSON() as { queries?: unknown[] } | null;
      session.queries += body?.queries?.length ?? 0;
    });
    await page.goto(url, { waitUntil: 'networkidle', timeout: 30_000 });
    await page.locator('.search-layout[data-hydrated="true"]').waitFor({ timeout: 30_000 });
    session.requests = 0;
    session.queries = 0;
    session.facetRequests = 0;
    await page.evaluate(
      'performance.clearResourceTimings(); performance.setResourceTimingBufferSize(10000)',
    );
    for (const q of queries) {
      log(`typing "${q}"`);
      session.samples.push(...(await typeAndMeasure(page, q)));
      session.coldSamples ||= session.samples.length;
    }
    session.timings = await page.evaluate<RequestTiming[]>(REQUEST_TIMINGS);
    session.phases = keystrokePhases(
      await page.evaluate<KeyTimes[]>('window.__fwBench.keys'),
      session.timings,
    );
    return session;
  } finally {
    await page.close();
  }
}

/** The sessions' keystrokes, requests and scripts pooled (`samples`: every keystroke of every session). */
export interface PageRun extends Omit<TypingSession, 'coldSamples'> {
  /** the keystrokes after each session's first typed query (a fresh page's cold JIT left out) */
  warm: number[];
  /** p95 of each session alone */
  sessionP95: number[];
}

/** Several typing sessions on one page, pooled. */
export function mergeSessions(sessions: TypingSession[]): PageRun {
  const sum = (f: (s: TypingSession) => number) => sessions.reduce((n, s) => n + f(s), 0);
  return {
    samples: sessions.flatMap((s) => s.samples),
    warm: sessions.flatMap((s) => s.samples.slice(s.coldSamples)),
    sessionP95: sessions.map((s) => quantileMs(s.samples, 0.95)),
    timings: sessions.flatMap((s) => s.timings),
    phases: sessions.flatMap((s) => s.phases),
    requests: sum((s) => s.requests),
    queries: sum((s) => s.queries),
    facetRequests: sum((s) => s.facetRequests),
    scripts: new Set(sessions.flatMap((s) => [...s.scripts])),
  };
}
