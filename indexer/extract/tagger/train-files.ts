import { readFileSync } from 'node:fs';
import type { Context } from '@/indexer/extract/context';
import { parseConll } from '@/indexer/extract/eval/conll';
import { trainingSequences } from './corpus';
import { saveModel } from './model-file';
import { train } from './perceptron';

export interface TrainOptions {
  files: string[];
  out: string;
  epochs: number;
  /** Features whose weights all stay below this are pruned from the file. */
  minWeight: number;
  log: (line: string) => void;
}

export interface TrainSummary {
  documents: number;
  tokens: number;
  features: number;
  kept: number;
  seconds: number;
}

/** Trains the tagger on CoNLL files and writes the pruned weights to `out`. */
export function trainFiles(ctx: Context, o: TrainOptions): TrainSummary {
  const t0 = Date.now();
  const docs = o.files.flatMap((f) => parseConll(readFileSync(f, 'utf8'), f));
  const data = trainingSequences(ctx, docs);
  const tokens = data.reduce((n, s) => n + s.input.tokens.length, 0);
  o.log(`training on ${docs.length} documents, ${tokens} tokens, ${o.epochs} epochs`);
  const w = train(data, o.epochs, (e, errors) =>
    o.log(`epoch ${e}: ${errors} errors (${((100 * errors) / tokens).toFixed(2)}%)`),
  );
  const kept = saveModel(o.out, w, o.minWeight);
  return {
    documents: docs.length,
    tokens,
    features: w.size,
    kept,
    seconds: (Date.now() - t0) / 1000,
  };
}
