import { MIN_WORD_SIZE_FOR_TYPOS } from '@/lib/schema/index-settings';
import { endsInWord, forEachWord, isHardGap } from './word-bounds';

/*
 * A query read as Meilisearch reads it: the last word is a prefix unless a separator follows
 * it, words of 5+ characters allow one typo and 9+ two, accents and case are folded, "phrases"
 * match as a whole and -negated words never match. Two or three neighbouring words also match
 * joined ("new york" finds "newyork"). Queries in scripts that need a dictionary to split words
 * (Chinese, Japanese, Thai…) are not handled: `parseQuery` returns null for them.
 */

export interface QueryTerm {
  text: string;
  prefix: boolean;
  typos: number;
  /** The query words a joined term is made of. */
  parts?: string[];
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
  // normalize() is slow per call: most words need only lower case.
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function typoBudget(term: string): number {
  const n = [...term].length;
  return n >= twoTypos ? 2 : n >= oneTypo ? 1 : 0;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

function words(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  forEachWord(text, (start, end) => {
    const word = normalizeWord(text.slice(start, end));
    if (word) out.push({ text: word, start: offset + start, end: offset + end });
  });
  return out;
}

/** Terms of two and three neighbouring words joined, as Meilisearch adds them. */
function joined(q: string, run: Word[], prefix: boolean): QueryTerm[] {
  const out: QueryTerm[] = [];
  for (let end = 2; end <= run.length; end++) {
    for (const n of [2, 3]) {
      const parts = run.slice(end - n, end);
      if (parts.length < n) continue;
      if (parts.some((w, k) => k > 0 && isHardGap(q.slice(parts[k - 1]!.end, w.start)))) continue;
      const text = parts.map((w) => w.text).join('');
      const last = prefix && end === run.length;
      out.push({
        text,
        prefix: last,
        typos: Math.max(0, typoBudget(text) - (n - 1)),
        parts: parts.map((w) => w.text),
      });
    }
  }
  return out;
}

export function parseQuery(q: string): QueryPlan | null {
  if (SEGMENTED_SCRIPTS.test(q)) return null;
  const terms: QueryTerm[] = [];
  const phrases: string[][] = [];
  const ngrams: QueryTerm[] = [];
  // Words in a row: no phrase or negated word between them.
  let run: Word[] = [];
  const endRun = (prefix: boolean) => {
    ngrams.push(...joined(q, run, prefix));
    run = [];
  };
  // A quote opens a phrase up to the next quote (or the end); "-" before a word or phrase negates it.
  const parts = /(-?)"([^"]*)"?|(-?)([^\s"]+)/g;
  let last: QueryTerm | undefined;
  for (const m of q.matchAll(parts)) {
    last = undefined;
    const full = terms.length + phrases.length >= MAX_QUERY_TERMS;
    if (m[2] !== undefined) {
      endRun(false);
      const phrase = words(m[2]).map((w) => w.text);
      if (!m[1] && phrase.length > 0 && !full) phrases.push(phrase);
      continue;
    }
    const negated = m[3] === '-';
    for (const word of words(m[4] ?? '', m.index + (m[3]?.length ?? 0))) {
      if (negated || terms.length + phrases.length >= MAX_QUERY_TERMS) {
        endRun(false);
        continue;
      }
      last = { text: word.text, prefix: false, typos: typoBudget(word.text) };
      terms.push(last);
      run.push(word);
    }
  }
  // Meilisearch's rule: the last word is a prefix unless a separator (space, dot…) follows it.
  const prefix = last !== undefined && endsInWord(q);
  if (last && prefix) last.prefix = true;
  endRun(prefix);
  return { terms: [...terms, ...ngrams], phrases };
}
