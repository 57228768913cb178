import 'server-only';
import { rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Env } from '@/lib/env';
import { isHealthy, type MeiliConnection } from '@/lib/meili/client';
import { isPortFree } from '@/lib/free-port';
import { startEmbeddedMeili, type EmbeddedMeili } from './embedded';
import { MeiliLayerError, MeiliUnavailableError } from '@/lib/meili/errors';
import { loadOrCreateMasterKey } from './master-key';
import { readRunningSync, RUNNING_FILE } from '@/lib/meili/running-file';

export interface AdminConnection {
  conn: MeiliConnection;
  /** Present when we spawned the server ourselves and must stop it. */
  embedded: EmbeddedMeili | null;
  /** The embedded server of this data dir, started by another command that still runs it. */
  reused: boolean;
  /**
   * With `embedded`: starts it again after it died, on its port when still free (the web app
   * keeps its URL), and names the new process in the running file.
   */
  relaunch?: () => Promise<EmbeddedMeili>;
}

/** An embedded server another command (e.g. `npm start`) already runs on this data dir. */
async function findRunning(meiliDir: string): Promise<string | null> {
  const running = readRunningSync(join(meiliDir, RUNNING_FILE));
  return running && (await isHealthy(running.url)) ? running.url : null;
}

/**
 * Admin access for the CLI: the external server named by MEILI_URL + MEILI_MASTER_KEY, or else
 * the embedded one on this data dir — reused when already running, otherwise started on
 * 127.0.0.1 with the master key kept in the data dir.
 */
export async function connectAdmin(
  env: Env,
  onLog?: (line: string) => void,
): Promise<AdminConnection> {
  if (env.MEILI_URL) {
    if (!env.MEILI_MASTER_KEY) {
      throw new MeiliLayerError(
        'MEILI_URL is set without MEILI_MASTER_KEY: this command needs the master key',
      );
    }
    if (!(await isHealthy(env.MEILI_URL, 5000))) throw new MeiliUnavailableError(env.MEILI_URL);
    return {
      conn: { url: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY },
      embedded: null,
      reused: false,
    };
  }
  const dataDir = resolve(env.FACETWIRE_DATA_DIR);
  const meiliDir = join(dataDir, 'meili');
  const masterKey = await loadOrCreateMasterKey(dataDir);
  const running = await findRunning(meiliDir);
  if (running) return { conn: { url: running, apiKey: masterKey }, embedded: null, reused: true };
  const launch = async (port: number | undefined) => {
    const embedded = await startEmbeddedMeili({
      dataDir: meiliDir,
      masterKey,
      ...(port ? { port } : {}),
      maxIndexingMemory: env.MEILI_MAX_INDEXING_MEMORY,
      maxIndexingThreads: env.MEILI_MAX_INDEXING_THREADS,
      ...(onLog ? { onLog } : {}),
    });
    const marker = join(meiliDir, RUNNING_FILE);
    await writeFile(marker, JSON.stringify({ url: embedded.url, pid: embedded.process.pid }));
    const stop = embedded.stop;
    embedded.stop = async () => {
      await stop();
      await rm(marker, { force: true });
    };
    return embedded;
  };
  const embedded = await launch(env.MEILI_PORT);
  const relaunch = async () =>
    launch(env.MEILI_PORT ?? ((await isPortFree(embedded.port)) ? embedded.port : undefined));
  return { conn: { url: embedded.url, apiKey: masterKey }, embedded, reused: false, relaunch };
}
