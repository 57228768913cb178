import { existsSync } from 'node:fs';
import { defaultModelPath, loadModel } from './model-file';
import { createTagger, type Tagger } from './tagger';

/**
 * The tagger trained at `path` (default: the data dir's model), or null when none was trained;
 * `null` as the path asks for rules and register alone.
 */
export function loadTagger(path?: string | null): Tagger | null {
  if (path === null) return null;
  const w = loadModel(path ?? defaultModelPath());
  return w ? createTagger(w) : null;
}

/** Whether a trained model sits at the default path (asked once per run by the indexer). */
export function taggerModelPresent(): boolean {
  return existsSync(defaultModelPath());
}

export const RULES_ONLY_NOTICE =
  'entities: no trained tagger (npm run train:entities), extracting with rules and register alone';
