import { staticFeatures, tagFeatures, worthTagging, type FeatureInput } from './features';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];
const N = TAGS.length;

/** Weights per feature, one per tag. */
export type Weights = Map<string, Float64Array>;

/** One tagged sequence: its tokens and clues, and for training its gold tags. */
export interface Sequence {
  input: FeatureInput;
  /** Static features, kept across training epochs. */
  cache?: (string[] | undefined)[];
  gold?: string[];
}

function featuresAt(seq: Sequence, i: number, prev: string, prev2: string): string[] {
  let f = seq.cache?.[i];
  if (!f) {
    f = staticFeatures(seq.input, i);
    if (seq.cache) seq.cache[i] = f;
  }
  return [...f, ...tagFeatures(prev, prev2, seq.input.tokens[i]?.key ?? '')];
}

/** An inside tag may only follow its own type: scoring it -Infinity otherwise keeps spans whole. */
function allowed(prev: string, tag: string): boolean {
  return !tag.startsWith('I-') || prev.slice(2) === tag.slice(2);
}

function score(w: Weights, feats: string[], out: Float64Array): void {
  out.fill(0);
  for (const f of feats) {
    const v = w.get(f);
    if (v) for (let t = 0; t < N; t += 1) out[t] = (out[t] ?? 0) + (v[t] ?? 0);
  }
}

/** Adds the weights of token i's features (given the previous two tags) into `out`. */
export type ScoreFn = (
  seq: Sequence,
  i: number,
  prev: string,
  prev2: string,
  out: Float64Array,
) => void;

/** Scores from the feature strings themselves: what training sees. */
export function plainScorer(w: Weights): ScoreFn {
  return (seq, i, prev, prev2, out) => score(w, featuresAt(seq, i, prev, prev2), out);
}

/** Greedy left-to-right decoding; each tag comes with its softmax probability. */
export function decode(scoreFn: ScoreFn, seq: Sequence): { tags: string[]; probs: number[] } {
  const tags: string[] = [];
  const probs: number[] = [];
  const s = new Float64Array(N);
  let prev = 'O';
  let prev2 = 'O';
  seq.input.tokens.forEach((_, i) => {
    if (!worthTagging(seq.input.tokens, i, prev)) {
      prev2 = prev;
      prev = 'O';
      tags.push('O');
      probs.push(1);
      return;
    }
    scoreFn(seq, i, prev, prev2, s);
    let best = 0;
    for (let t = 1; t < N; t += 1) {
      if (allowed(prev, TAGS[t] ?? '') && (s[t] ?? 0) > (s[best] ?? 0)) best = t;
    }
    let z = 0;
    for (let t = 0; t < N; t += 1) z += Math.exp((s[t] ?? 0) - (s[best] ?? 0));
    prev2 = prev;
    prev = TAGS[best] ?? 'O';
    tags.push(prev);
    probs.push(1 / z);
  });
  return { tags, probs };
}

/** Averaged perceptron (Collins 2002), greedy decoding with the previous two tags as features. */
export function train(
  data: Sequence[],
  epochs: number,
  onEpoch?: (epoch: number, errors: number) => void,
): Weights {
  const w: Weights = new Map();
  const u: Weights = new Map(); // sum of c * update, for the average
  let c = 1;
  const bump = (f: string, t: number, d: number) => {
    let v = w.get(f);
    let a = u.get(f);
    if (!v || !a) {
      v = new Float64Array(N);
      a = new Float64Array(N);
      w.set(f, v);
      u.set(f, a);
    }
    v[t] = (v[t] ?? 0) + d;
    a[t] = (a[t] ?? 0) + c * d;
  };
  const order = data.map((_, i) => i);
  let seed = 42;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const s = new Float64Array(N);
  for (let e = 0; e < epochs; e += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    let errors = 0;
    for (const idx of order) {
      const seq = data[idx];
      const gold = seq?.gold;
      if (!seq || !gold) continue;
      let prev = 'O';
      let prev2 = 'O';
      seq.cache ??= [];
      seq.input.tokens.forEach((_, i) => {
        if (!worthTagging(seq.input.tokens, i, prev)) {
          prev2 = prev;
          prev = 'O';
          return;
        }
        // Training follows the model's own previous guesses, as decoding will.
        const all = featuresAt(seq, i, prev, prev2);
        score(w, all, s);
        let best = 0;
        for (let t = 1; t < N; t += 1) if ((s[t] ?? 0) > (s[best] ?? 0)) best = t;
        const g = TAGS.indexOf(gold[i] ?? 'O');
        if (best !== g) {
          errors += 1;
          for (const f of all) {
            bump(f, g, 1);
            bump(f, best, -1);
          }
        }
        c += 1;
        prev2 = prev;
        prev = TAGS[best] ?? 'O';
      });
    }
    onEpoch?.(e + 1, errors);
  }
  for (const [f, v] of w) {
    const a = u.get(f);
    if (a) for (let t = 0; t < N; t += 1) v[t] = (v[t] ?? 0) - (a[t] ?? 0) / c;
  }
  return w;
}
