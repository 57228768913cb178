import type { Context } from '@/indexer/extract/context';
import type { Mention } from '@/indexer/extract/mention';
import type { Token } from '@/indexer/extract/tokenize';
import { featureInput, registerMarks } from './features';
import { decode, type Sequence, type Weights } from './perceptron';
import { cachedScorer } from './scorer';

export type TagType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** One span the model tagged, with its weakest token's probability. */
export interface TaggedSpan {
  start: number;
  end: number;
  type: TagType;
  prob: number;
}

export interface Tagger {
  /** `gaz`: the register and gazetteer matches, when the caller has scanned them already. */
  tag(ctx: Context, tokens: Token[], gaz?: Mention[]): TaggedSpan[];
}

export function sequenceOf(ctx: Context, tokens: Token[], gaz?: Mention[]): Sequence {
  return { input: featureInput(ctx, tokens, registerMarks(ctx, tokens, gaz)) };
}

/** BIO tags to spans; a stray I- opens a span as B- would. */
export function spansOf(tags: string[], probs: number[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let open: TaggedSpan | null = null;
  tags.forEach((tag, i) => {
    const p = probs[i] ?? 0;
    const type = tag.slice(2) as TagType;
    if (open && tag === `I-${open.type}`) {
      open.end = i + 1;
      open.prob = Math.min(open.prob, p);
      return;
    }
    if (open) out.push(open);
    open = tag === 'O' ? null : { start: i, end: i + 1, type, prob: p };
  });
  if (open) out.push(open);
  return out;
}

export function createTagger(weights: Weights): Tagger {
  const scoreFn = cachedScorer(weights);
  return {
    tag(ctx, tokens, gaz) {
      const { tags, probs } = decode(scoreFn, sequenceOf(ctx, tokens, gaz));
      return spansOf(tags, probs);
    },
  };
}
