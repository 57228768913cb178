import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedMeili } from '@/lib/meili/admin/embedded';

declare module 'vitest' {
  export interface ProvidedContext {
    meiliUrl: string;
    meiliMasterKey: string;
  }
}

/** One real Meilisearch on a free port for the whole integration run, on a throwaway dir. */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(join(tmpdir(), 'facetwire-int-'));
  const masterKey = `test-master-key-${Math.random().toString(36).slice(2)}`;
  const meili = await startEmbeddedMeili({ dataDir, masterKey, maxIndexingThreads: 1 });
  project.provide('meiliUrl', meili.url);
  project.provide('meiliMasterKey', masterKey);
  return async () => {
    await meili.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
