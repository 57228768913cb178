import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '@/lib/free-port';
import { buildIsFresh, runNextBuild, waitForHttp } from '@/lib/next-process';
import { TS_NODE_ARGS } from '@/lib/node-hooks/node-args';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface WebServerProcess {
  base: string;
  stop(): Promise<void>;
}

/**
 * The production web server (what `npm start` runs: API fast path, then Next) on a free port,
 * with `env` on top of the test's process env. Builds the Next app first when the build is stale,
 * as `npm start` does (~40 s).
 */
export async function startWebServerProcess(
  env: Record<string, string>,
): Promise<WebServerProcess> {
  const port = await findFreePort();
  const childEnv = {
    ...process.env,
    ...env,
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
    NODE_ENV: 'production' as const,
  };
  if (!buildIsFresh(ROOT)) await runNextBuild(ROOT, childEnv);
  const child: ChildProcess = spawn(
    process.execPath,
    [...TS_NODE_ARGS, join(ROOT, 'server', 'web-server.ts')],
    { cwd: ROOT, env: childEnv, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/api/v1/health`, 60_000, () => child.exitCode === null);
  return {
    base,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
