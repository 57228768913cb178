import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseEnv } from '@/lib/env';
import { TAGS, type Weights } from './perceptron';

/** Where `train:entities` writes the weights: under the data dir (read now, not cached), never in the repository. */
export function defaultModelPath(dataDir = parseEnv().FACETWIRE_DATA_DIR): string {
  return join(resolve(dataDir), 'models', 'entities.json');
}

interface ModelFile {
  version: 1;
  tags: string[];
  /** Weights ×100, rounded: integers keep the file small and parse fast. */
  weights: Record<string, number[]>;
}

/**
 * Drops features whose every weight is below `minWeight` in size: most of the millions of
 * rare-word features barely move a decision.
 */
export function saveModel(path: string, w: Weights, minWeight: number): number {
  const weights: Record<string, number[]> = {};
  for (const [f, v] of w) {
    let max = 0;
    for (const x of v) max = Math.max(max, Math.abs(x));
    if (max < minWeight) continue;
    weights[f] = Array.from(v, (x) => Math.round(x * 100));
  }
  const file: ModelFile = { version: 1, tags: TAGS, weights };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(file));
  return Object.keys(weights).length;
}

export class ModelFileError extends Error {}

/** The weights at `path`, or null when no model was trained there. */
export function loadModel(path: string): Weights | null {
  if (!existsSync(path)) return null;
  const file = JSON.parse(readFileSync(path, 'utf8')) as ModelFile;
  if (file.version !== 1 || file.tags.join() !== TAGS.join()) {
    throw new ModelFileError(`${path}: not an entities model of this version; train it again`);
  }
  const w: Weights = new Map();
  for (const [f, v] of Object.entries(file.weights))
    w.set(
      f,
      Float64Array.from(v, (x) => x / 100),
    );
  return w;
}
