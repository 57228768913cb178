import type { Context } from '@/indexer/extract/context';
import type { Mention } from '@/indexer/extract/mention';
import { scanGazetteer } from '@/indexer/extract/scan';
import type { Token } from '@/indexer/extract/tokenize';

/** "McDonald" → "XxXx", "1987" → "d", "U.S." → "X.X.": repeated classes collapse to one. */
export function shape(text: string): string {
  let out = '';
  let last = '';
  for (const ch of text) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
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

/** Tokens, their shapes and register marks: what the features of any token are read from. */
export interface FeatureInput {
  ctx: Context;
  tokens: Token[];
  shapes: string[];
  marks: string[];
}

export function featureInput(ctx: Context, tokens: Token[], marks: string[]): FeatureInput {
  return { ctx, tokens, marks, shapes: tokens.map((t) => shapeOf(t.text)) };
}

const shapeCache = new Map<string, string>();
function shapeOf(text: string): string {
  let s = shapeCache.get(text);
  if (s === undefined) {
    s = shape(text);
    if (shapeCache.size < 200_000) shapeCache.set(text, s);
  }
  return s;
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

/** Features of token i that do not depend on the tags already chosen. */
export function staticFeatures(x: FeatureInput, i: number): string[] {
  const { ctx, tokens, shapes, marks } = x;
  const t = tokens[i];
  if (!t) return [];
  const key = (k: number) => tokens[k]?.key ?? (k < 0 ? '<s>' : '</s>');
  const shp = (k: number) => shapes[k] ?? '-';
  const k = t.key;
  const s = shp(i);
  const f = [
    'b',
    `w=${k}`,
    `s=${s}`,
    `p2=${k.slice(0, 2)}`,
    `p3=${k.slice(0, 3)}`,
    `x2=${k.slice(-2)}`,
    `x3=${k.slice(-3)}`,
    `x4=${k.slice(-4)}`,
    `w-1=${key(i - 1)}`,
    `w+1=${key(i + 1)}`,
    `w-2=${key(i - 2)}`,
    `w+2=${key(i + 2)}`,
    `s-1=${shp(i - 1)}`,
    `s+1=${shp(i + 1)}`,
    `s-1s=${shp(i - 1)}|${s}|${shp(i + 1)}`,
    `w-1w=${key(i - 1)}|${k}`,
    `ww+1=${k}|${key(i + 1)}`,
    `g=${marks[i] ?? ''}`,
    `g-1=${marks[i - 1] ?? ''}`,
    `g+1=${marks[i + 1] ?? ''}`,
  ];
  if (t.sentStart) f.push(`ss=${s}`, `ssw=${ctx.lex.words.has(k)}`);
  if (t.capsLine) f.push('caps');
  if (t.cap && ctx.lex.words.has(k)) f.push('capword');
  return f;
}

/** Features that read the tags chosen for the previous tokens (greedy left-to-right). */
export function tagFeatures(prev: string, prev2: string, key: string): string[] {
  return [`t-1=${prev}`, `t-2=${prev2}|${prev}`, `t-1w=${prev}|${key}`];
}
