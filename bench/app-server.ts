import { spawn, type ChildProcess } from 'node:child_process';
import { findFreePort } from '@/lib/free-port';
import { waitForHttp } from '@/lib/next-process';
import { TS_NODE_ARGS } from '@/lib/node-hooks/node-args';
import { ROOT } from './ui-server';

export interface AppServerOptions {
  meiliUrl: string;
  searchKey: string;
  indexUid: string;
  /** FACETWIRE_DATA_DIR and the partner-API key database. */
  dataDir: string;
  keyDb: string;
  /** `app` (default): the server `npm start` runs, API routes before Next; `next`: `next start`. */
  kind?: 'app' | 'next';
  /** Rate limits that would otherwise throttle a benchmark's single client. */
  env?: Record<string, string>;
}

export interface AppServer {
  child: ChildProcess;
  base: string;
}

/**
 * The production web server on a free port against a given Meilisearch, as `npm start` spawns it
 * (one node process, so its pid is the server's own for RSS sampling); resolves once the partner
 * API answers 200.
 */
export async function startAppServer(opts: AppServerOptions): Promise<AppServer> {
  const port = await findFreePort();
  const env = {
    ...process.env,
    MEILI_URL: opts.meiliUrl,
    MEILI_SEARCH_KEY: opts.searchKey,
    MEILI_MASTER_KEY: '',
    FACETWIRE_INDEX: opts.indexUid,
    FACETWIRE_API_DB: opts.keyDb,
    FACETWIRE_DATA_DIR: opts.dataDir,
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
    NODE_ENV: 'production' as const,
    NEXT_TELEMETRY_DISABLED: '1',
    ...opts.env,
  };
  const args =
    opts.kind === 'next'
      ? ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1']
      : [...TS_NODE_ARGS, 'server/web-server.ts'];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/api/v1/search?q=warmup`, 60_000, () => child.exitCode === null, {
    requireOk: true,
  });
  return { child, base };
}
