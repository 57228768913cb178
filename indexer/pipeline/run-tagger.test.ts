import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createContext } from '@/indexer/extract/context';
import { RULES_ONLY_NOTICE } from '@/indexer/extract/tagger/load';
import { defaultModelPath } from '@/indexer/extract/tagger/model-file';
import { trainFiles } from '@/indexer/extract/tagger/train-files';
import { fixture } from '@/indexer/testing/collect';
import { loadRegister } from '@/lib/register';
import { runIndex } from './run';

const dataDir = mkdtempSync(join(tmpdir(), 'facetwire-data-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

async function noticesOfDryRun(threads: number): Promise<number> {
  const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  await runIndex({
    inputs: [fixture('wire-codes.sgm')],
    conn: null,
    indexUid: 'unused',
    dryRun: true,
    threads,
    log: () => undefined,
  });
  const lines = write.mock.calls.map((c) => String(c[0]));
  write.mockRestore();
  return lines.filter((l) => l.includes(RULES_ONLY_NOTICE)).length;
}

describe('the indexer and the learned tagger', () => {
  it('says once per run, not per worker, that it runs on rules and register alone', async () => {
    vi.stubEnv('FACETWIRE_DATA_DIR', dataDir);
    expect(await noticesOfDryRun(0)).toBe(1);
    expect(await noticesOfDryRun(2)).toBe(1);
  }, 60_000);

  it('says nothing once a model is trained under the data dir', async () => {
    vi.stubEnv('FACETWIRE_DATA_DIR', dataDir);
    trainFiles(createContext(loadRegister()), {
      files: [fileURLToPath(new URL('../extract/tagger/fixtures/tiny.conll', import.meta.url))],
      out: defaultModelPath(),
      epochs: 2,
      minWeight: 0,
      log: () => undefined,
    });
    expect(await noticesOfDryRun(0)).toBe(0);
  }, 60_000);
});
