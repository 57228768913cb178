import type { Context } from '@/indexer/extract/context';
import type { Mention } from '@/indexer/extract/mention';
import { scanGazetteer } from '@/indexer/extract/scan';
import type { Token } from '@/indexer/extract/tokenize';

function charClass(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 65 && c <= 90) return 'X';
  if (c >= 97 && c <= 122) return 'x';
  if (c >= 48 && c <= 57) return 'd';
  if (c < 128) return ch;
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
}

/** "McDonald" → "XxXx", "1987" → "d", "U.S." → "X.X.": repeated classes collapse to one. */
export function shape(text: string): string {
  let out = '';
  let last = '';
  for (const ch of text) {
    const c = charClass(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/**
 * What the register and gazetteer say about each token: "B-org", "I-country", ... or "" —
 * the learned model weighs the project's own lists like any other clue.
 */
export function registerMarks(ctx: Context, tokens: Token[], gaz?: Mention[]): string[] {
  const marks = new Array<string>(tokens.length).fill('');
  for (const m of gaz ?? scanGazetteer(tokens, ctx.gazetteer)) {
    for (let k = m.start; k < m.end; k += 1) marks[k] ||= `${k === m.start ? 'B' : 'I'}-${m.kind}`;
  }
  tokens.forEach((t, k) => {
    if (marks[k]) return;
    if (ctx.lex.given.has(t.text)) marks[k] = 'given';
    else if (ctx.lex.titles.has(t.text)) marks[k] = 'title';
  });
  return marks;
}

/** Tokens and register marks: what the features of any token are read from. */
export interface FeatureInput {
  ctx: Context;
  tokens: Token[];
  /** Word shapes, computed when first asked (most tokens are never looked at). */
  shapes: (string | undefined)[];
  marks: string[];
}

export function featureInput(ctx: Context, tokens: Token[], marks: string[]): FeatureInput {
  return { ctx, tokens, marks, shapes: [] };
}

/**
 * Whether the model is asked about token i at all: entities are capitalised, save the joiners
 * and initials' dots inside or before them ("Bank of England", "M. Smith", "van Gogh"). Every other token is O without a
 * look-up, which keeps the tagger within the extraction budget.
 */
export function worthTagging(tokens: Token[], i: number, prevTag: string): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.cap || t.upper) return true;
  const next = tokens[i + 1];
  return !!next && next.cap && (prevTag !== 'O' || (t.type === 'w' && t.text.length <= 4));
}

export const keyAt = (x: FeatureInput, k: number) => x.tokens[k]?.key ?? (k < 0 ? '<s>' : '</s>');
export function shapeAt(x: FeatureInput, k: number): string {
  let s = x.shapes[k];
  if (s === undefined) {
    const t = x.tokens[k];
    s = t ? shape(t.text) : '-';
    if (t) x.shapes[k] = s;
  }
  return s;
}

/** Features of token i read from that token alone: the decoder caches their sum per word. */
export function selfFeatures(x: FeatureInput, i: number): string[] {
  const t = x.tokens[i];
  if (!t) return [];
  const k = t.key;
  const s = shapeAt(x, i);
  const f = [
    'b',
    `w=${k}`,
    `s=${s}`,
    `p2=${k.slice(0, 2)}`,
    `p3=${k.slice(0, 3)}`,
    `x2=${k.slice(-2)}`,
    `x3=${k.slice(-3)}`,
    `x4=${k.slice(-4)}`,
    `g=${x.marks[i] ?? ''}`,
  ];
  if (t.sentStart) f.push(`ss=${s}`, `ssw=${x.ctx.lex.words.has(k)}`);
  if (t.capsLine) f.push('caps');
  if (t.cap && x.ctx.lex.words.has(k)) f.push('capword');
  return f;
}

/** What token i (or a sentinel) tells as left neighbour (`side` -1) or right (+1). */
export function neighbourFeatures(x: FeatureInput, j: number, side: -1 | 1): string[] {
  const n = side < 0 ? '-1' : '+1';
  return [`w${n}=${keyAt(x, j)}`, `s${n}=${shapeAt(x, j)}`, `g${n}=${x.marks[j] ?? ''}`];
}

/** Cache key of the self features: the same for every token with that text and those flags. */
export function selfKey(x: FeatureInput, i: number): string {
  const t = x.tokens[i];
  return t ? `${t.text}\u0001${x.marks[i] ?? ''}\u0001${+t.sentStart}${+t.capsLine}` : '';
}

/** Cache key of the neighbour features of token j. */
export function neighbourKey(x: FeatureInput, j: number): string {
  const t = x.tokens[j];
  return t ? `${t.text}\u0001${x.marks[j] ?? ''}` : j < 0 ? '<s>' : '</s>';
}

/**
 * Features of token i that combine it with its neighbours. Parts are joined by a space, which
 * no token holds, so the scorer can split them again.
 */
export function pairFeatures(x: FeatureInput, i: number): string[] {
  const k = keyAt(x, i);
  return [
    `w-2=${keyAt(x, i - 2)}`,
    `w+2=${keyAt(x, i + 2)}`,
    `s-1s=${shapeAt(x, i - 1)} ${shapeAt(x, i)} ${shapeAt(x, i + 1)}`,
    `w-1w=${keyAt(x, i - 1)} ${k}`,
    `ww+1=${k} ${keyAt(x, i + 1)}`,
  ];
}

/** Every feature of token i that does not depend on the tags already chosen. */
export function staticFeatures(x: FeatureInput, i: number): string[] {
  if (!x.tokens[i]) return [];
  return [
    ...selfFeatures(x, i),
    ...neighbourFeatures(x, i - 1, -1),
    ...neighbourFeatures(x, i + 1, 1),
    ...pairFeatures(x, i),
  ];
}

/** Features that read the tags chosen for the previous tokens (greedy left-to-right). */
export function tagFeatures(prev: string, prev2: string, key: string): string[] {
  return [`t-1=${prev}`, `t-2=${prev2} ${prev}`, `t-1w=${prev} ${key}`];
}
