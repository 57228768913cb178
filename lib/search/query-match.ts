import { normalizeWord, type QueryPlan, type QueryTerm } from './query-parse';
import { knownWords, type IsWord } from './known-words';
import { markSplits } from './split-words';
import { forEachWord } from './word-bounds';

/*
 * Which words of a text a query (query-parse.ts) matches, by Meilisearch's rules: a typo on the
 * first letter counts double, a typo'd prefix marks as far as the shortest prefix of the word
 * within the typo budget that is a known word, and a query word also matches its two halves
 * written apart (split-words.ts).
 */

/** Damerau–Levenshtein (optimal string alignment), stopping early once above `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

function typos(word: string, term: string, max: number): number {
  const d = distance(word, term, max);
  return d > 0 && word[0] !== term[0] ? d + 1 : d;
}

/**
 * How many normalized characters of `word` the term matches (0: no match). `isWord` tells which
 * strings are words of the index (Meilisearch's typo'd prefixes stop at the first one).
 */
export function matchLength(word: string, term: QueryTerm, isWord: IsWord = () => false): number {
  if (word === term.text) return word.length;
  // A first-letter typo counts two: with a budget of one, the first letters must agree.
  if (term.typos === 0 || (term.typos === 1 && word[0] !== term.text[0]))
    return term.prefix && word.startsWith(term.text) ? term.text.length : 0;
  if (!term.prefix) return typos(word, term.text, term.typos) <= term.typos ? word.length : 0;
  if (word.startsWith(term.text)) return term.text.length;
  const { text, typos: max } = term;
  const longest = Math.min(word.length, text.length + max);
  let len = Math.max(1, text.length - max);
  while (len <= longest && typos(word.slice(0, len), text, max) > max) len++;
  if (len > longest) return 0;
  // Meilisearch marks its first derivation that begins the word: the shortest prefix within
  // budget that is a word of the index, cut to the length of what was typed.
  while (len < Math.min(word.length, text.length) && !isWord(word.slice(0, len))) len++;
  return Math.min(text.length, len);
}

export interface Token {
  norm: string;
  start: number;
  end: number;
  /** Characters highlighted from `start` (0: none). */
  marked: number;
  term: number;
}

/**
 * First letters a matching word can start with (a first-letter typo needs a two-typo budget),
 * or null when any word may match. Most words of a text are then skipped unexamined.
 */
function firstLetters(plan: QueryPlan): Set<string> | null {
  if (plan.phrases.length > 0 || plan.terms.some((t) => t.typos >= 2)) return null;
  return new Set(plan.terms.map((t) => t.text[0]!));
}

function matchWord(text: string, token: Token, plan: QueryPlan, isWord: IsWord) {
  const { norm } = token;
  let marked = 0;
  plan.terms.forEach((t, i) => {
    const n = matchLength(norm, t, isWord);
    if (n > marked) [marked, token.term] = [n, i];
  });
  const raw = text.slice(token.start, token.end);
  // Back from normalized characters to characters of the text (ligatures, accents).
  if (marked > 0 && marked < norm.length) {
    let rawLen = 1;
    while (normalizeWord(raw.slice(0, rawLen)).length < marked) rawLen++;
    marked = rawLen;
  } else if (marked > 0) marked = raw.length;
  token.marked = marked;
}

/** Words of `text` with what the query matches in each; `isWord` as in `matchLength`. */
export function matchTokens(
  text: string,
  plan: QueryPlan,
  isWord: IsWord = knownWords(() => [text]),
): Token[] {
  const tokens: Token[] = [];
  const firsts = firstLetters(plan);
  forEachWord(text, (start, end) => {
    const c = text.charCodeAt(start);
    const first = c < 128 ? String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c) : null;
    const skip = firsts && first !== null && !firsts.has(first);
    const norm = skip ? '' : normalizeWord(text.slice(start, end));
    tokens.push({ norm, start, end, marked: 0, term: -1 });
  });
  for (const token of tokens) if (token.norm) matchWord(text, token, plan, isWord);
  markSplits(text, tokens, plan);
  markPhrases(tokens, plan);
  return tokens;
}

function markPhrases(tokens: Token[], plan: QueryPlan): void {
  plan.phrases.forEach((phrase, p) => {
    for (let i = 0; i + phrase.length <= tokens.length; i++) {
      const same = phrase.every((w, k) => tokens[i + k]!.norm === w);
      if (!same) continue;
      const first = tokens[i]!;
      const lastToken = tokens[i + phrase.length - 1]!;
      // One highlight over the whole phrase, as Meilisearch marks it.
      first.marked = lastToken.end - first.start;
      first.term = plan.terms.length + p;
      for (let k = 1; k < phrase.length; k++) tokens[i + k]!.marked = -1;
      i += phrase.length - 1;
    }
  });
}
