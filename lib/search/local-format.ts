import type { IsWord } from './known-words';
import { matchTokens, type Token } from './query-match';
import type { QueryPlan } from './query-parse';

/*
 * Highlighting and cropping of hits done here instead of by Meilisearch, whose re-tokenising of
 * every highlighted attribute is a large share of each search's time (docs/decisions.md).
 * Matching follows Meilisearch's rules (query-match.ts).
 */

export interface FormatTags {
  pre: string;
  post: string;
}

function render(text: string, tokens: Token[], from: number, to: number, tags?: FormatTags) {
  let out = '';
  let at = from;
  for (const t of tokens) {
    if (t.start < from || t.start >= to || t.marked <= 0 || !tags) continue;
    const end = Math.min(t.start + t.marked, to);
    out += text.slice(at, t.start) + tags.pre + text.slice(t.start, end) + tags.post;
    at = end;
  }
  return out + text.slice(at, to);
}

export function highlight(text: string, plan: QueryPlan, tags: FormatTags, isWord?: IsWord) {
  return render(text, matchTokens(text, plan, isWord), 0, text.length, tags);
}

/**
 * `length` words around the best matches: the window holding the most distinct query terms,
 * then the most matches, centred on them. Marked with `tags` when given.
 */
export function crop(
  text: string,
  plan: QueryPlan,
  length: number,
  marker: string,
  tags?: FormatTags,
  isWord?: IsWord,
): string {
  const tokens = matchTokens(text, plan, isWord);
  if (tokens.length <= length) return render(text, tokens, 0, text.length, tags);
  const hits = tokens.flatMap((t, i) => (t.marked > 0 ? [i] : []));
  let best = { first: 0, last: -1, distinct: 0, count: 0 };
  for (let a = 0; a < hits.length; a++) {
    const seen = new Set<number>();
    for (let b = a; b < hits.length && hits[b]! - hits[a]! < length; b++) {
      seen.add(tokens[hits[b]!]!.term);
      const better =
        seen.size > best.distinct || (seen.size === best.distinct && b - a + 1 > best.count);
      if (better) best = { first: hits[a]!, last: hits[b]!, distinct: seen.size, count: b - a + 1 };
    }
  }
  const free = length - (best.last - best.first + 1);
  let start =
    best.last < 0
      ? 0
      : Math.max(0, Math.min(tokens.length - length, best.first - Math.floor(free / 2)));
  let end = start + length;
  // Never cut inside "Ireland's" or "doesn't": an apostrophe splits words but not a window.
  const joined = (i: number) => /^['’]$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
  while (start > 0 && joined(start)) start--;
  while (end < tokens.length && joined(end)) end++;
  // Uncut ends keep their punctuation (an opening quote, the final full stop).
  const from = start > 0 ? tokens[start]!.start : 0;
  const to = end < tokens.length ? tokens[end - 1]!.end : text.length;
  return (
    (start > 0 ? marker : '') +
    render(text, tokens, from, to, tags) +
    (end < tokens.length ? marker : '')
  );
}
