import {
  keyAt,
  neighbourFeatures,
  neighbourKey,
  shapeAt,
  selfFeatures,
  selfKey,
  type FeatureInput,
} from './features';
import { TAGS, type ScoreFn, type Weights } from './perceptron';

const N = TAGS.length;
const NESTED = new Set(['w-2', 'w+2', 's-1s', 'w-1w', 'ww+1', 't-1w']);

type Nested = Map<string, Nested | Float64Array>;

function put(node: Nested, parts: string[], v: Float64Array): void {
  let n = node;
  parts.forEach((p, k) => {
    if (k === parts.length - 1) return n.set(p, v);
    let next = n.get(p);
    if (!(next instanceof Map)) n.set(p, (next = new Map()));
    n = next;
  });
}

function at(node: Nested, ...parts: string[]): Float64Array | undefined {
  let n: Nested | Float64Array | undefined = node;
  for (const p of parts) n = n instanceof Map ? n.get(p) : undefined;
  return n instanceof Float64Array ? n : undefined;
}
const CACHE_LIMIT = 100_000;

function sum(w: Weights, feats: string[]): Float64Array {
  const out = new Float64Array(N);
  for (const f of feats) {
    const v = w.get(f);
    if (v) for (let t = 0; t < N; t += 1) out[t] = (out[t] ?? 0) + (v[t] ?? 0);
  }
  return out;
}

function add(out: Float64Array, v: Float64Array | undefined): void {
  if (v) for (let t = 0; t < N; t += 1) out[t] = (out[t] ?? 0) + (v[t] ?? 0);
}

/**
 * The same sums as plainScorer, faster: a word's own features and what it says as a neighbour
 * are summed once per distinct word and kept (news repeats its words), and the tag features are
 * summed once per tag pair. Extraction with the tagger stays within its articles/s budget.
 */
export function cachedScorer(w: Weights): ScoreFn {
  const self = new Map<string, Float64Array>();
  const left = new Map<string, Float64Array>();
  const right = new Map<string, Float64Array>();
  // Tag features, summed per previous tag (pair) and per previous tag and word.
  const byPrev = new Map(
    TAGS.map((p) => [
      p,
      {
        alone: sum(w, [`t-1=${p}`]),
        pairs: new Map<string, Float64Array>(),
        words: new Map<string, Float64Array>(),
      },
    ]),
  );
  for (const [p, e] of byPrev) for (const p2 of TAGS) e.pairs.set(p2, sum(w, [`t-2=${p2} ${p}`]));
  // Word-pair and shape-triple features as nested maps over the tokens' own (interned) keys:
  // no feature string is built per token.
  const nest = new Map<string, Nested>();
  for (const [f, v] of w) {
    const eq = f.indexOf('=');
    const template = f.slice(0, eq);
    if (!NESTED.has(template)) continue;
    let node = nest.get(template);
    if (!node) nest.set(template, (node = new Map<string, Nested | Float64Array>()));
    const parts = f.slice(eq + 1).split(' ');
    if (template === 't-1w') byPrev.get(parts[0] ?? '')?.words.set(parts[1] ?? '', v);
    else put(node, parts, v);
  }
  const table = (t: string): Nested => nest.get(t) ?? new Map<string, Nested>();
  const [wm2, wp2, sss, wmw, wwp] = [
    table('w-2'),
    table('w+2'),
    table('s-1s'),
    table('w-1w'),
    table('ww+1'),
  ];
  return function scoreToken(seq, i, prev, prev2, out) {
    const x: FeatureInput = seq.input;
    out.fill(0);
    const sk = selfKey(x, i);
    let v = self.get(sk);
    if (!v) {
      if (self.size >= CACHE_LIMIT) self.clear();
      v = sum(w, selfFeatures(x, i));
      self.set(sk, v);
    }
    add(out, v);
    const lk = neighbourKey(x, i - 1);
    v = left.get(lk);
    if (!v) {
      if (left.size >= CACHE_LIMIT) left.clear();
      v = sum(w, neighbourFeatures(x, i - 1, -1));
      left.set(lk, v);
    }
    add(out, v);
    const rk = neighbourKey(x, i + 1);
    v = right.get(rk);
    if (!v) {
      if (right.size >= CACHE_LIMIT) right.clear();
      v = sum(w, neighbourFeatures(x, i + 1, 1));
      right.set(rk, v);
    }
    add(out, v);
    const k0 = keyAt(x, i);
    add(out, at(wm2, keyAt(x, i - 2)));
    add(out, at(wp2, keyAt(x, i + 2)));
    add(out, at(wmw, keyAt(x, i - 1), k0));
    add(out, at(wwp, k0, keyAt(x, i + 1)));
    add(out, at(sss, shapeAt(x, i - 1), shapeAt(x, i), shapeAt(x, i + 1)));
    const p = byPrev.get(prev);
    if (!p) return;
    add(out, p.alone);
    add(out, p.pairs.get(prev2));
    add(out, p.words.get(x.tokens[i]?.key ?? ''));
  };
}
