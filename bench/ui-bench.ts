import { chromium, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { findFreePort } from '../lib/meili/embedded';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REUTERS = resolve(ROOT, '..', 'shared', 'corpora', 'reuters21578');
const CLI = [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'indexer', 'cli.ts')];

interface CorpusResult {
  corpus: string;
  keystrokeP50Ms: number;
  keystrokeP95Ms: number;
  firstResponseMs: number;
  jsGzipBytes: number;
  samples: number;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

async function startServer(
  dataDir: string,
  port: number,
  skipDemo: boolean,
): Promise<ChildProcess> {
  const args = [...CLI, 'start', ...(skipDemo ? ['--skip-demo'] : [])];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', FACETWIRE_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ok, fail) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('Facetwire is running')) ok();
    });
    child.once('exit', (code) =>
      fail(new Error(`server exited (${code ?? 'signal'}):\n${out.slice(-2000)}`)),
    );
  });
  // Next prints "Ready" a moment after our banner.
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return child;
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
}

/** Keystroke -> results of that exact query rendered, measured inside the page. */
async function typeAndMeasure(page: Page, query: string): Promise<number[]> {
  const box = page.getByRole('searchbox', { name: 'Search the archive' });
  await box.fill('');
  await page.waitForTimeout(300);
  const times: number[] = [];
  let typed = '';
  for (const ch of query) {
    typed += ch;
    const expected = typed;
    const pending = page.evaluate(
      (q) =>
        new Promise<number>((done) => {
          const input = document.getElementById('q')!;
          const stats = () => document.querySelector('[data-testid="stats"]');
          input.addEventListener(
            'keydown',
            () => {
              const t0 = performance.now();
              const check = () => {
                if (stats()?.getAttribute('data-query') === q) done(performance.now() - t0);
                else requestAnimationFrame(check);
              };
              new MutationObserver((_, obs) => {
                if (stats()?.getAttribute('data-query') === q) {
                  obs.disconnect();
                  done(performance.now() - t0);
                }
              }).observe(document.body, { subtree: true, attributes: true, childList: true });
              requestAnimationFrame(check);
            },
            { once: true },
          );
        }),
      expected,
    );
    await page.waitForTimeout(20);
    await page.keyboard.type(ch);
    times.push(await pending);
    await page.waitForTimeout(150);
  }
  return times;
}

async function measure(
  corpus: string,
  port: number,
  queries: string[],
  searchUrl: string,
): Promise<CorpusResult> {
  const base = `http://127.0.0.1:${port}`;
  const firsts: number[] = [];
  for (let i = 0; i < 12; i++) {
    const t0 = performance.now();
    const res = await fetch(`${base}${searchUrl}`);
    await res.text();
    if (i > 1) firsts.push(performance.now() - t0);
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    const js = new Map<string, Buffer>();
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') {
        void r.body().then(
          (b) => js.set(r.url(), b),
          () => undefined,
        );
      }
    });
    await page.goto(base, { waitUntil: 'networkidle' });
    await page.locator('.search-layout[data-hydrated="true"]').waitFor();
    const jsGzipBytes = [...js.values()].reduce((s, b) => s + gzipSync(b).length, 0);
    const samples: number[] = [];
    for (const q of queries) samples.push(...(await typeAndMeasure(page, q)));
    return {
      corpus,
      keystrokeP50Ms: Math.round(quantile(samples, 0.5) * 10) / 10,
      keystrokeP95Ms: Math.round(quantile(samples, 0.95) * 10) / 10,
      firstResponseMs: Math.round(quantile(firsts, 0.5) * 10) / 10,
      jsGzipBytes,
      samples: samples.length,
    };
  } finally {
    await browser.close();
  }
}

async function runCorpus(
  corpus: string,
  setup: ((dataDir: string) => void) | null,
  queries: string[],
  searchUrl: string,
): Promise<CorpusResult> {
  const dataDir = mkdtempSync(join(tmpdir(), `facetwire-uibench-${corpus}-`));
  try {
    setup?.(dataDir);
    const port = await findFreePort();
    const server = await startServer(dataDir, port, setup !== null);
    try {
      return await measure(corpus, port, queries, searchUrl);
    } finally {
      await stopServer(server);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchUi(args: string[]): Promise<void> {
  const json = args.includes('--json');
  const log = (s: string) => (json ? console.error(s) : console.log(s));
  const results: CorpusResult[] = [];
  log('UI bench: demo corpus…');
  results.push(
    await runCorpus(
      'demo',
      null,
      ['kanak caledonia', 'armenia azerbaijan'],
      '/?q=kanak&country=FR&sort=newest',
    ),
  );
  if (args.includes('--demo-only')) {
    log('--demo-only: Reuters run skipped.');
  } else if (existsSync(REUTERS)) {
    log('UI bench: Reuters-21578 (indexing first, a few minutes)…');
    results.push(
      await runCorpus(
        'reuters',
        (dataDir) => {
          const r = spawnSync(process.execPath, [...CLI, 'index', REUTERS, '--no-progress'], {
            cwd: ROOT,
            env: { ...process.env, FACETWIRE_DATA_DIR: dataDir },
            stdio: json ? ['ignore', 'ignore', 'inherit'] : 'inherit',
          });
          if (r.status !== 0) throw new Error('indexing Reuters failed');
        },
        ['oil prices opec', 'interest rates'],
        '/?q=oil&country=US&sort=newest',
      ),
    );
  } else {
    log(`Reuters corpus not found at ${REUTERS}: skipped (demo corpus only).`);
  }
  for (const r of results) {
    log(
      `${r.corpus}: keystroke p50 ${r.keystrokeP50Ms} ms, p95 ${r.keystrokeP95Ms} ms (${r.samples} keystrokes); ` +
        `first response ${r.firstResponseMs} ms; JS ${(r.jsGzipBytes / 1024).toFixed(1)} KB gz`,
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
