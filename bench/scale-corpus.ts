import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { ROOT } from './ui-server';

/** Generated corpora and run folders: git-ignored, never committed. */
export const BENCH_DIR = join(ROOT, '.facetwire-bench');
export const SYNTH_SEED = 1;

/** Writes the first `n` lines of `source` to `out`; fails when the source has fewer. */
async function firstLines(source: string, n: number, out: string): Promise<void> {
  const lines = createInterface({ input: createReadStream(source), crlfDelay: Infinity });
  const file = createWriteStream(out);
  let written = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    if (!file.write(`${line}\n`)) await new Promise<void>((r) => file.once('drain', () => r()));
    if (++written === n) break;
  }
  lines.close();
  file.end();
  await finished(file);
  if (written < n) throw new Error(`${source} has ${written} articles, fewer than the tier's ${n}`);
}

function runSynth(n: number, out: string): Promise<void> {
  const args = ['run', '--silent', 'corpus:synth', '--'];
  args.push('--articles', String(n), '--seed', String(SYNTH_SEED), '--out', out);
  const child = spawn('npm', args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  return new Promise((ok, fail) => {
    child.once('error', fail);
    child.once('exit', (code) =>
      code === 0 ? ok() : fail(new Error(`corpus:synth --articles ${n} failed (exit ${code})`)),
    );
  });
}

/**
 * The tier's corpus file: the first `n` articles of `--corpus`, or the generator's output for
 * `n` articles (seed 1). Either is kept under .facetwire-bench and reused by later runs; it is
 * written under a temporary name first, so an interrupted run never leaves a short file behind.
 */
export async function tierCorpus(
  n: number,
  source: string | undefined,
  dir = BENCH_DIR,
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const name = source
    ? `${basename(source, '.jsonl')}-first-${n}.jsonl`
    : `synth-${n}-${SYNTH_SEED}.jsonl`;
  const out = join(dir, name);
  if (existsSync(out)) return out;
  const partial = out.replace(/\.jsonl$/, '.partial.jsonl');
  try {
    await (source ? firstLines(source, n, partial) : runSynth(n, partial));
    await rename(partial, out);
  } finally {
    await rm(partial, { force: true });
  }
  return out;
}
