import type { Context } from '@/indexer/extract/context';
import { conllTokens } from '@/indexer/extract/tagger/corpus';
import type { Tagger } from '@/indexer/extract/tagger/tagger';
import type { ConllDoc } from './conll';
import { compareSets, emptyCounts, prf, type Counts, type Prf } from './metrics';

export const TAGGER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type TaggerScores = Record<(typeof TAGGER_TYPES)[number], Prf>;

export function emptyTaggerCounts(): Record<(typeof TAGGER_TYPES)[number], Counts> {
  return { PER: emptyCounts(), ORG: emptyCounts(), LOC: emptyCounts(), MISC: emptyCounts() };
}

/** Mention-level scores of the tagger alone (no rules, no register verdicts) on CoNLL docs. */
export function scoreTagger(
  ctx: Context,
  tagger: Tagger,
  docs: ConllDoc[],
  acc: Record<(typeof TAGGER_TYPES)[number], Counts>,
): void {
  for (const doc of docs) {
    const tokens = conllTokens(doc);
    const spans = tagger.tag(ctx, tokens).map((s) => ({
      start: tokens[s.start]?.start ?? 0,
      end: tokens[s.end - 1]?.end ?? 0,
      type: s.type,
    }));
    for (const type of TAGGER_TYPES) {
      const key = (x: { start: number; end: number }) => `${x.start}:${x.end}`;
      const p = new Set(spans.filter((x) => x.type === type).map(key));
      const g = new Set(doc.gold.filter((x) => x.type === type).map(key));
      compareSets(p, g, acc[type]);
    }
  }
}

export function taggerScores(acc: Record<(typeof TAGGER_TYPES)[number], Counts>): TaggerScores {
  return { PER: prf(acc.PER), ORG: prf(acc.ORG), LOC: prf(acc.LOC), MISC: prf(acc.MISC) };
}
