import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIsFresh, runNextBuild } from '@/lib/next-process';
import { TS_NODE_ARGS } from '@/lib/node-hooks/node-args';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// `--import tsx` rather than tsx's CLI, which relays to a second node process: one pid to signal
// and to sample.
const CLI = [...TS_NODE_ARGS, join(ROOT, 'cli', 'main.ts')];

export const progress = (s: string) =>
  console.error(`[bench:ui ${new Date().toISOString().slice(11, 19)}] ${s}`);

/** Rejects with `what` in the message when `p` takes longer than `ms`. */
export async function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** `start` would otherwise rebuild silently inside the timed run; build up front, visibly. */
export async function ensureBuild(log: (s: string) => void = progress): Promise<void> {
  if (buildIsFresh(ROOT)) return log('production build is fresh');
  log('production build missing or stale: running `next build` (a few minutes)…');
  await runNextBuild(ROOT, {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
  });
  log('build done');
}

export function runCli(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [...CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function forward(
  child: ChildProcess,
  prefix: string,
  onLine?: (line: string) => void,
): void {
  const relay = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      console.error(`  ${prefix}| ${line}`);
      onLine?.(line);
    }
  };
  child.stdout?.on('data', relay);
  child.stderr?.on('data', relay);
}

export async function indexCorpus(dataDir: string, glob: string): Promise<void> {
  const child = runCli(['index', glob, '--no-progress'], { FACETWIRE_DATA_DIR: dataDir });
  forward(child, 'index');
  const code = await within(
    15 * 60_000,
    `indexing ${glob}`,
    new Promise<number | null>((ok) => child.once('exit', ok)),
  );
  if (code !== 0) throw new Error(`indexing ${glob} failed (exit ${code ?? 'signal'})`);
}

export async function startServer(
  dataDir: string,
  port: number,
  skipDemo: boolean,
): Promise<ChildProcess> {
  const child = runCli(['start', ...(skipDemo ? ['--skip-demo'] : [])], {
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
    FACETWIRE_DATA_DIR: dataDir,
    FACETWIRE_BENCH_PAGES: '1',
    // The benchmark's browser types far faster than a reader: not what is measured here.
    FACETWIRE_PAGE_RATE: '100000/min',
  });
  const ready = new Promise<void>((ok, fail) => {
    forward(child, 'start', (line) => line.includes('Facetwire is running') && ok());
    child.once('exit', (code) =>
      fail(new Error(`server exited (${code ?? 'signal'}) before ready`)),
    );
  });
  try {
    await within(10 * 60_000, '`npm start` to print "Facetwire is running"', ready);
  } catch (error) {
    await stopServer(child);
    throw error;
  }
  return child;
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
