import type { Token } from './query-match';
import { normalizeWord, type QueryPlan } from './query-parse';
import { isHardGap } from './word-bounds';

/*
 * Meilisearch also matches a query word written as two words ("takeover" finds "take over",
 * "15" finds "1.5"): the one split of the word whose halves stand side by side most often in
 * the index. The index's counts are not known here, so the split seen most often side by side
 * in this text stands for them; every place its halves follow each other is marked as one.
 */

interface Split {
  right: string;
  term: number;
}

const splitsByPlan = new WeakMap<QueryPlan, Map<string, Split[]>>();

/** Every split of every query term, by its left half; worked out once per query. */
function splitsOf(plan: QueryPlan): Map<string, Split[]> {
  const known = splitsByPlan.get(plan);
  if (known) return known;
  const byLeft = new Map<string, Split[]>();
  splitsByPlan.set(plan, byLeft);
  plan.terms.forEach((t, term) => {
    const chars = [...t.text];
    for (let k = 1; k < chars.length; k++) {
      const left = chars.slice(0, k).join('');
      const right = chars.slice(k).join('');
      // A joined query term is not split back into the words it was joined from.
      if (t.parts?.length === 2 && t.parts[0] === left && t.parts[1] === right) continue;
      byLeft.set(left, [...(byLeft.get(left) ?? []), { right, term }]);
    }
  });
  return byLeft;
}

export function markSplits(text: string, tokens: Token[], plan: QueryPlan): void {
  const byLeft = splitsOf(plan);
  if (byLeft.size === 0) return;
  const norm = (t: Token) => t.norm || normalizeWord(text.slice(t.start, t.end));
  const pairs: { at: number; split: Split; left: string }[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const candidates = tokens[i]!.norm ? byLeft.get(tokens[i]!.norm) : undefined;
    if (!candidates) continue;
    const next = norm(tokens[i + 1]!);
    for (const split of candidates)
      if (split.right === next) pairs.push({ at: i, split, left: tokens[i]!.norm });
  }
  if (pairs.length === 0) return;
  // Per query term, the split seen most often side by side (no sentence end between).
  const counts = new Map<string, number>();
  const chosen = new Map<number, { key: string; n: number }>();
  for (const { at, split, left } of pairs) {
    if (isHardGap(text.slice(tokens[at]!.end, tokens[at + 1]!.start))) continue;
    const key = `${left} ${split.right}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    const best = chosen.get(split.term);
    if (!best || n > best.n || best.key === key) chosen.set(split.term, { key, n });
  }
  for (const { at, split, left } of pairs) {
    const first = tokens[at]!;
    if (first.marked < 0 || chosen.get(split.term)?.key !== `${left} ${split.right}`) continue;
    const second = tokens[at + 1]!;
    first.marked = second.end - first.start;
    first.term = split.term;
    second.marked = -1;
  }
}
