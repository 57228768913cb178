import { MIN_WORD_SIZE_FOR_TYPOS } from '@/lib/schema/index-settings';
import { endsInWord, forEachWord } from './word-bounds';

/*
 * Which words of a text a query matches, by Meilisearch's rules: the last word of the query is
 * a prefix unless a separator follows it, words of 5+ characters allow one typo and 9+ two, a
 * typo on the first letter counts double, accents and case are folded, "phrases" match as a
 * whole and -negated words never match. Queries in scripts that need a dictionary to split words
 * (Chinese, Japanese, Thai…) are not handled: `parseQuery` returns null for them.
 */

export interface QueryTerm {
  text: string;
  prefix: boolean;
  typos: number;
}

export interface QueryPlan {
  terms: QueryTerm[];
  phrases: string[][];
}

const SEGMENTED_SCRIPTS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const { oneTypo, twoTypos } = MIN_WORD_SIZE_FOR_TYPOS;
/** Meilisearch reads only the first ten words (or phrases) of a query; so does this, which also
 * bounds the work per hit. */
const MAX_QUERY_TERMS = 10;

const ASCII = /^\p{ASCII}*$/u;

export function normalizeWord(word: string): string {
  // normalize() costs a microsecond or more per call: most words need only lower case.
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function words(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (start, end) => {
    const word = normalizeWord(text.slice(start, end));
    if (word) out.push(word);
  });
  return out;
}

function typoBudget(term: string): number {
  return term.length >= twoTypos ? 2 : term.length >= oneTypo ? 1 : 0;
}

export function parseQuery(q: string): QueryPlan | null {
  if (SEGMENTED_SCRIPTS.test(q)) return null;
  const terms: QueryTerm[] = [];
  const phrases: string[][] = [];
  // A quote opens a phrase up to the next quote (or the end); "-" before a word or phrase negates it.
  const parts = /(-?)"([^"]*)"?|(-?)([^\s"]+)/g;
  let last: QueryTerm | undefined;
  for (const m of q.matchAll(parts)) {
    last = undefined;
    const full = terms.length + phrases.length >= MAX_QUERY_TERMS;
    if (m[2] !== undefined) {
      const phrase = words(m[2]);
      if (!m[1] && phrase.length > 0 && !full) phrases.push(phrase);
      continue;
    }
    const negated = m[3] === '-';
    for (const text of words(m[4] ?? '')) {
      if (negated || terms.length + phrases.length >= MAX_QUERY_TERMS) continue;
      last = { text, prefix: false, typos: typoBudget(text) };
      terms.push(last);
    }
  }
  // Meilisearch's rule: the last word is a prefix unless a separator (space, dot…) follows it.
  if (last && endsInWord(q)) last.prefix = true;
  return { terms, phrases };
}

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

/** How many normalized characters of `word` the term matches (0: no match). */
export function matchLength(word: string, term: QueryTerm): number {
  if (word === term.text) return word.length;
  // A first-letter typo counts two: with a budget of one, the first letters must agree.
  if (term.typos === 0 || (term.typos === 1 && word[0] !== term.text[0]))
    return term.prefix && word.startsWith(term.text) ? term.text.length : 0;
  if (term.prefix) {
    if (word.startsWith(term.text)) return term.text.length;
    // With typos, a prefix of the word within budget; as much of the word is marked as was typed.
    const { text, typos: max } = term;
    for (let len = Math.max(1, text.length - max); len <= text.length + max; len++) {
      if (len <= word.length && typos(word.slice(0, len), text, max) <= max)
        return Math.min(text.length, word.length);
    }
    return 0;
  }
  return term.typos > 0 && typos(word, term.text, term.typos) <= term.typos ? word.length : 0;
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

function matchWord(raw: string, plan: QueryPlan): { norm: string; marked: number; term: number } {
  const norm = normalizeWord(raw);
  let marked = 0;
  let term = -1;
  plan.terms.forEach((t, i) => {
    const n = matchLength(norm, t);
    if (n > marked) [marked, term] = [n, i];
  });
  // Back from normalized characters to characters of the text (ligatures, accents).
  if (marked > 0 && marked < norm.length) {
    let rawLen = 1;
    while (normalizeWord(raw.slice(0, rawLen)).length < marked) rawLen++;
    marked = rawLen;
  } else if (marked > 0) marked = raw.length;
  return { norm, marked, term };
}

/** Words of `text` with what the query matches in each. */
export function matchTokens(text: string, plan: QueryPlan): Token[] {
  const tokens: Token[] = [];
  const firsts = firstLetters(plan);
  forEachWord(text, (start, end) => {
    const c = text.charCodeAt(start);
    const first = c < 128 ? String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c) : null;
    if (firsts && first !== null && !firsts.has(first))
      tokens.push({ norm: '', start, end, marked: 0, term: -1 });
    else tokens.push({ start, end, ...matchWord(text.slice(start, end), plan) });
  });
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
