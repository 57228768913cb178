import type { Context } from '@/indexer/extract/context';
import type { ConllDoc } from '@/indexer/extract/eval/conll';
import { tokenize, type Token } from '@/indexer/extract/tokenize';
import type { Sequence } from './perceptron';
import { sequenceOf } from './tagger';

/** The project's own tokens for a CoNLL document, so training sees what indexing will see. */
export function conllTokens(doc: ConllDoc): Token[] {
  return tokenize(doc.text, 1);
}

/** Gold BIO tags on the project's tokens, from the document's gold character spans. */
export function goldTags(doc: ConllDoc, tokens: Token[]): string[] {
  const tags = tokens.map(() => 'O');
  for (const g of doc.gold) {
    tokens.forEach((t, i) => {
      if (t.start >= g.start && t.end <= g.end)
        tags[i] = `${t.start === g.start ? 'B' : 'I'}-${g.type}`;
    });
  }
  return tags;
}

export function trainingSequences(ctx: Context, docs: ConllDoc[]): Sequence[] {
  return docs.map((doc) => {
    const tokens = conllTokens(doc);
    return { ...sequenceOf(ctx, tokens), gold: goldTags(doc, tokens) };
  });
}
