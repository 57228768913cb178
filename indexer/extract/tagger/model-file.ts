import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseEnv } from '@/lib/env';
import { TAGS, type Weights } from './perceptron';

/** Where `train:entities` writes the weights: under the data dir (read now, not cached), never in the repository. */
export function defaultModelPath(dataDir = parseEnv().FACETWIRE_DATA_DIR): string {
  return join(resolve(dataDir), 'models', 'entities.json');
}

interface ModelFile {
  version: 2;
  tags: string[];
  features: string[];
  /** Weights ×100, rounded, one row of tags per feature: flat integers parse fast. */
  weights: number[];
}

/**
 * Drops features whose every weight is below `minWeight` in size: most of the rare-word
 * features barely move a decision.
 */
export function saveModel(path: string, w: Weights, minWeight: number): number {
  const features: string[] = [];
  const weights: number[] = [];
  for (const [f, v] of w) {
    let max = 0;
    for (const x of v) max = Math.max(max, Math.abs(x));
    if (max < minWeight) continue;
    features.push(f);
    for (const x of v) weights.push(Math.round(x * 100));
  }
  const file: ModelFile = { version: 2, tags: TAGS, features, weights };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(file));
  return features.length;
}

export class ModelFileError extends Error {}

/** The weights at `path`, or null when no model was trained there. */
export function loadModel(path: string): Weights | null {
  if (!existsSync(path)) return null;
  const file = JSON.parse(readFileSync(path, 'utf8')) as ModelFile;
  const n = TAGS.length;
  if (
    file.version !== 2 ||
    file.tags.join() !== TAGS.join() ||
    file.weights.length !== file.features.length * n
  ) {
    throw new ModelFileError(`${path}: not an entities model of this version; train it again`);
  }
  const all = new Float64Array(file.weights.length);
  for (let k = 0; k < all.length; k += 1) all[k] = (file.weights[k] ?? 0) / 100;
  const w: Weights = new Map();
  file.features.forEach((f, k) => w.set(f, all.subarray(k * n, (k + 1) * n)));
  return w;
}
