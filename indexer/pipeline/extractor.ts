import type { Extractor } from '../extract/types';

/** The entity extractor, loaded once per thread (it builds its gazetteers on creation). */
export async function loadExtractor(): Promise<Extractor> {
  const mod = await import('../extract/index');
  return mod.createExtractor();
}
