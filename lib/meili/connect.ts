import type { Env } from '../env';
import { isHealthy, type MeiliConnection } from './client';
import { startEmbeddedMeili, type EmbeddedMeili } from './embedded';
import { MeiliLayerError, MeiliUnavailableError } from './errors';
import { loadOrCreateMasterKey } from './master-key';
import { join, resolve } from 'node:path';

export interface AdminConnection {
  conn: MeiliConnection;
  /** Present when we spawned the server ourselves and must stop it. */
  embedded: EmbeddedMeili | null;
}

/**
 * Admin access for the CLI: the external server named by MEILI_URL + MEILI_MASTER_KEY, or else
 * the embedded one, started on 127.0.0.1 with the master key kept in the data dir.
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
    return { conn: { url: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY }, embedded: null };
  }
  const dataDir = resolve(env.FACETWIRE_DATA_DIR);
  const masterKey = await loadOrCreateMasterKey(dataDir);
  const embedded = await startEmbeddedMeili({
    dataDir: join(dataDir, 'meili'),
    masterKey,
    ...(env.MEILI_PORT ? { port: env.MEILI_PORT } : {}),
    maxIndexingMemory: env.MEILI_MAX_INDEXING_MEMORY,
    maxIndexingThreads: env.MEILI_MAX_INDEXING_THREADS,
    ...(onLog ? { onLog } : {}),
  });
  return { conn: { url: embedded.url, apiKey: masterKey }, embedded };
}
