import { defineCommand } from 'citty';
import type { ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { env as loadEnv } from '@/lib/env';
import { privateLineAppender } from '@/lib/private-file';
import { createMeiliClient } from '@/lib/meili/client';
import { connectAdmin } from '@/lib/meili/admin/connect';
import { isPortFree } from '@/lib/free-port';
import { runningFilePath } from '@/lib/meili/running-file';
import { superviseMeili } from '@/lib/meili/admin/supervisor';
import {
  countDocuments,
  ensureArticleIndex,
  ensureSearchKey,
  warmUpSearch,
} from '@/lib/meili/admin/setup';
import { CLIError } from '@/cli/cli-error';
import { runIndex } from '@/indexer/pipeline/run';
import { buildIsFresh, runNextBuild, spawnNextServer, waitForHttp } from '@/lib/next-process';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEMO_CORPUS = join(ROOT, 'data', 'demo');

export const startCommand = defineCommand({
  meta: {
    name: 'start',
    description: 'Start Meilisearch, index the demo corpus if empty, serve the app',
  },
  args: {
    dev: { type: 'boolean', description: 'Run `next dev` instead of a production build' },
    'skip-demo': {
      type: 'boolean',
      description: 'Do not index the demo corpus into an empty index',
    },
  },
  async run({ args }) {
    const env = loadEnv();
    if (!(await isPortFree(env.PORT, env.HOSTNAME))) {
      throw new CLIError(`Port ${env.PORT} on ${env.HOSTNAME} is in use. Set PORT to a free port.`);
    }
    const logFile = join(resolve(env.FACETWIRE_DATA_DIR), 'meilisearch.log');
    const { conn, embedded, reused, relaunch } = await connectAdmin(
      env,
      privateLineAppender(logFile),
    );
    const supervisor =
      embedded && relaunch
        ? superviseMeili(embedded, relaunch, {
            log: (line) => console.log(`${new Date().toISOString()} ${line}`),
            onGiveUp: (message) => {
              console.error(`error: ${message} (log: ${logFile})`);
              void shutdown(1);
            },
          })
        : null;
    let next: ChildProcess | undefined;
    let stopping = false;
    const stopChildren = async () => {
      stopping = true;
      if (next && next.exitCode === null) {
        const exited = new Promise((r) => next?.once('exit', r));
        next.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (next.exitCode === null) next.kill('SIGKILL');
      }
      await supervisor?.stop();
    };
    const shutdown = async (code: number) => {
      if (stopping) return;
      await stopChildren();
      process.exit(code);
    };
    process.once('SIGINT', () => void shutdown(0));
    process.once('SIGTERM', () => void shutdown(0));

    try {
      const kind = embedded
        ? 'embedded'
        : reused
          ? 'embedded, already running on this data dir'
          : 'external';
      console.log(`Meilisearch (${kind}) at ${conn.url}`);
      const client = createMeiliClient(conn);
      await ensureArticleIndex(client, env.FACETWIRE_INDEX);
      const count = await countDocuments(client, env.FACETWIRE_INDEX);
      if (count === 0 && !args['skip-demo']) {
        console.log('Index is empty: indexing the demo corpus…');
        const summary = await runIndex({
          inputs: [DEMO_CORPUS],
          conn,
          indexUid: env.FACETWIRE_INDEX,
          log: (line) => console.log(`  ${line}`),
        });
        if (!summary.verified) throw new CLIError('The demo corpus was not fully indexed');
      } else {
        console.log(`Index "${env.FACETWIRE_INDEX}" holds ${count} articles.`);
      }
      const searchKey = await ensureSearchKey(client, env.FACETWIRE_INDEX);
      await warmUpSearch(client, env.FACETWIRE_INDEX);
      const { MEILI_MASTER_KEY: _omit, ...inherited } = process.env;
      const webEnv: NodeJS.ProcessEnv = {
        ...inherited,
        MEILI_URL: conn.url,
        MEILI_SEARCH_KEY: searchKey,
        FACETWIRE_INDEX: env.FACETWIRE_INDEX,
        // Embedded (ours or reused): the app re-finds the server after a restart on a new port.
        ...(embedded || reused
          ? { FACETWIRE_MEILI_RUNNING: runningFilePath(resolve(env.FACETWIRE_DATA_DIR)) }
          : {}),
        PORT: String(env.PORT),
        HOSTNAME: env.HOSTNAME,
        NEXT_TELEMETRY_DISABLED: '1',
      };
      if (!args.dev && !buildIsFresh(ROOT)) {
        console.log('Building the web app (first run or sources changed)…');
        await runNextBuild(ROOT, { ...webEnv, NODE_ENV: 'production' });
      }
      next = spawnNextServer(ROOT, args.dev ? 'dev' : 'start', webEnv);
      next.once('exit', (code) => {
        if (!stopping) {
          console.error(`error: the web server exited (code ${code ?? 'signal'})`);
          void shutdown(code ?? 1);
        }
      });
      const shownHost = env.HOSTNAME === '0.0.0.0' ? 'localhost' : env.HOSTNAME;
      const probeHost = env.HOSTNAME === '0.0.0.0' ? '127.0.0.1' : env.HOSTNAME;
      const server = next;
      await waitForHttp(
        `http://${probeHost}:${env.PORT}/`,
        120_000,
        () => server.exitCode === null,
      );
      console.log(`\nFacetwire is running at http://${shownHost}:${env.PORT}  (Ctrl-C to stop)\n`);
    } catch (error) {
      await stopChildren();
      throw error;
    }
  },
});
