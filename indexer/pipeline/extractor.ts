import type { Extractor } from '@/indexer/extract/types';

/** The entity extractor, loaded once per thread (it builds its gazetteers on creation). */
export async function loadExtractor(): Promise<Extractor> {
  const mod = await import('@/indexer/extract/index');
  return mod.createExtractor();
}
