import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { TS_NODE_ARGS } from '@/lib/node-hooks/node-args';

const require = createRequire(import.meta.url);

export function nextBin(): string {
  return join(require.resolve('next/package.json'), '..', 'dist', 'bin', 'next');
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** A production build is stale when any web source changed after it was made. */
export function buildIsFresh(root: string): boolean {
  const buildId = join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  const sources = ['app', 'lib', 'next.config.js', 'package.json', 'tsconfig.json'];
  return sources.every((s) => newestMtime(join(root, s)) <= built);
}

export function runNextBuild(root: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin(), 'build'], {
      cwd: root,
      env,
      stdio: 'inherit',
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code ?? 'signal'})`)),
    );
  });
}

export function spawnNextServer(
  root: string,
  mode: 'start' | 'dev',
  env: NodeJS.ProcessEnv,
): ChildProcess {
  const port = env.PORT ?? '3000';
  const host = env.HOSTNAME ?? '127.0.0.1';
  // Production: our server (API routes before Next's router, real client IPs); dev: `next dev`.
  const args =
    mode === 'dev'
      ? [nextBin(), 'dev', '--port', port, '--hostname', host]
      : [...TS_NODE_ARGS, join(root, 'server', 'web-server.ts')];
  return spawn(process.execPath, args, {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/**
 * Resolves once the server answers HTTP (any status, or only 2xx with `requireOk`), or rejects
 * when it dies or the timeout passes.
 */
export async function waitForHttp(
  url: string,
  timeoutMs: number,
  isAlive: () => boolean,
  { requireOk = false } = {},
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && isAlive()) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000), redirect: 'manual' });
      if (!requireOk || res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the web server did not answer at ${url}`);
}
