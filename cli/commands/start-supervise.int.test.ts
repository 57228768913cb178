import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isHealthy } from '@/lib/meili/client';
import { findFreePort } from '@/lib/free-port';
import { readRunningSync, runningFilePath } from '@/lib/meili/running-file';
import { isAlive } from '@/lib/process-alive';
import { TS_NODE_ARGS } from '@/lib/node-hooks/node-args';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** Resolves with the match once `pattern` appears in the growing output, or fails at `ms`. */
function waitFor(output: () => string, pattern: RegExp, ms: number): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const poll = () => {
      const match = output().match(pattern);
      if (match) resolve(match);
      else if (Date.now() > deadline) reject(new Error(`no ${pattern} in:\n${output()}`));
      else setTimeout(poll, 100);
    };
    poll();
  });
}

describe('npm start keeps the site up when Meilisearch dies', () => {
  it('restarts the killed server, logs it, and the web app searches again', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'facetwire-start-supervise-'));
    dirs.push(dataDir);
    const port = await findFreePort();
    // `--dev`: no production build needed; supervision is the same in both modes.
    const start = spawn(
      process.execPath,
      [...TS_NODE_ARGS, 'cli/main.ts', 'start', '--dev', '--skip-demo'],
      {
        env: {
          ...process.env,
          // As from a shell: under vitest's NODE_ENV=test, `next dev` rewrites tsconfig.json.
          NODE_ENV: 'development',
          FACETWIRE_DATA_DIR: dataDir,
          MEILI_URL: '',
          PORT: String(port),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    start.stdout.on('data', (d: Buffer) => (output += d.toString()));
    start.stderr.on('data', (d: Buffer) => (output += d.toString()));
    try {
      await waitFor(() => output, /Facetwire is running/, 150_000);
      const first = readRunningSync(runningFilePath(dataDir));
      expect(first).not.toBeNull();
      process.kill(first!.pid, 'SIGKILL');

      const [, url, pid] = await waitFor(
        () => output,
        /Meilisearch restarted at (\S+) \(pid (\d+)\)/,
        30_000,
      );
      expect(output).toMatch(/Meilisearch stopped unexpectedly \(signal SIGKILL\)/);
      expect(output).toMatch(/restarting Meilisearch in 1 s \(1 of 5\)/);
      expect(url).toBe(first!.url);
      expect(readRunningSync(runningFilePath(dataDir))?.pid).toBe(Number(pid));
      expect(await isHealthy(url!)).toBe(true);
      // /health searches with the app's key: the web app reaches the restarted server.
      const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`, {
        signal: AbortSignal.timeout(60_000),
      });
      expect(health.status).toBe(200);
      expect(start.exitCode).toBeNull();

      start.kill('SIGTERM');
      await once(start, 'exit');
      expect(isAlive(Number(pid))).toBe(false);
    } finally {
      if (start.exitCode === null) start.kill('SIGKILL');
    }
  }, 240_000);
});
