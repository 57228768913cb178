import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findFreePort } from '@/lib/free-port';
import { measure, type CorpusResult } from './ui-measure';
import { describePhases } from './ui-phases';
import { ensureBuild, indexCorpus, progress, ROOT, startServer, stopServer } from './ui-server';

const REUTERS = resolve(ROOT, '..', 'shared', 'corpora', 'reuters21578');

const servers = new Set<ChildProcess>();

async function runCorpus(
  corpus: string,
  glob: string | null,
  queries: string[],
  searchUrl: string,
  sessions: number,
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
      return await measure(corpus, port, queries, searchUrl, sessions);
    } finally {
      progress(`${corpus}: stopping the app`);
      await stopServer(server);
      servers.delete(server);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const DEFAULT_SESSIONS = 3;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** `--sessions N`: fresh-page typing sessions per page and corpus. */
export function sessionsArg(args: string[]): number {
  const at = args.indexOf('--sessions');
  if (at < 0) return DEFAULT_SESSIONS;
  const n = Number(args[at + 1]);
  if (!Number.isInteger(n) || n < 1 || n > 50) {
    throw new Error(
      `--sessions takes a whole number from 1 to 50, got ${args[at + 1] ?? 'nothing'}`,
    );
  }
  return n;
}

export async function benchUi(args: string[]): Promise<void> {
  const json = args.includes('--json');
  const sessions = sessionsArg(args);
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
      sessions,
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
        sessions,
      ),
    );
  } else {
    progress(`Reuters corpus not found at ${REUTERS}: skipped (demo corpus only)`);
  }
  for (const r of results) {
    out(
      `${r.corpus}: keystroke p50 ${r.keystrokeP50Ms} ms, p95 ${r.keystrokeP95Ms} ms ` +
        `(${r.samples} keystrokes in ${r.sessions} sessions, p95 by session ` +
        `${r.sessionP95Ms.join('/')} ms; without the first query p95 ${r.warmP95Ms} ms; ` +
        `${r.queriesPerKeystroke} queries per hits request; ${r.facetRequests} facet-count ` +
        `requests while typing${r.facetRequests ? `, median ${r.facetRequestMs} ms` : ''}); ` +
        `minimal page p50 ` +
        `${r.minimalP50Ms} ms, p95 ${r.minimalP95Ms} ms (by session ` +
        `${r.minimalSessionP95Ms.join('/')} ms), without the first query ` +
        `${r.minimalWarmP95Ms} ms (full/minimal p50 ${r.p50VsMinimal}, p95 ${r.p95VsMinimal}); ` +
        `first response ${r.firstResponseMs} ms (first byte ${r.firstByteMs} ms); ` +
        `JS ${(r.jsGzipBytes / 1024).toFixed(1)} KB gz in ${r.jsChunks} chunks`,
    );
    out(
      `${r.corpus}: median ms per keystroke, full page: ${describePhases(r.phasesMs.full)}; ` +
        `minimal page: ${describePhases(r.phasesMs.minimal)}; a keystroke's hits answer ` +
        `${kb(r.hitsAnswerBytes.wire)} KB over the wire (${kb(r.hitsAnswerBytes.decoded)} KB decoded)`,
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
