/*
 * A deterministic sample of search-box queries drawn from real article text: whole words,
 * prefixes (what a keystroke sends), two-word queries, phrases, typos and negations.
 */

export type QueryKind = 'word' | 'prefix' | 'pair' | 'phrase' | 'typo' | 'negation';
export const QUERY_KINDS: readonly QueryKind[] = [
  'word',
  'prefix',
  'pair',
  'phrase',
  'typo',
  'negation',
];

export interface SampledQuery {
  kind: QueryKind;
  q: string;
}

/** mulberry32: a seeded PRNG, so every run asks the same queries. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const wordsOf = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** One typo past the first letter: a substitution, a deletion or a swap of neighbours. */
function misspell(word: string, rnd: () => number): string {
  const i = 1 + Math.floor(rnd() * (word.length - 1));
  const kind = Math.floor(rnd() * 3);
  if (kind === 0) {
    const c = word[i] === 'e' ? 'a' : 'e';
    return word.slice(0, i) + c + word.slice(i + 1);
  }
  if (kind === 1) return word.slice(0, i) + word.slice(i + 1);
  const j = Math.min(i, word.length - 2);
  return word.slice(0, j) + word[j + 1]! + word[j]! + word.slice(j + 2);
}

/** `perKind` queries of each kind from `texts` (titles and bodies), the same on every run. */
export function sampleQueries(
  texts: readonly string[],
  perKind: number,
  seed = 23,
): SampledQuery[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const sentences = texts.map(wordsOf).filter((w) => w.length >= 3);
  const longWord = () => {
    for (;;) {
      const w = pick(pick(sentences));
      if (w.length >= 5 && /^\p{L}+$/u.test(w)) return w;
    }
  };
  const run = (n: number) => {
    const s = pick(sentences);
    const at = Math.floor(rnd() * (s.length - n + 1));
    return s.slice(at, at + n);
  };
  const make: Record<QueryKind, () => string> = {
    word: () => `${pick(pick(sentences))} `,
    prefix: () => {
      const w = longWord();
      return w.slice(0, 2 + Math.floor(rnd() * (w.length - 2)));
    },
    pair: () => run(2).join(' '),
    phrase: () => `"${run(2 + Math.floor(rnd() * 2)).join(' ')}"`,
    typo: () => `${misspell(longWord().toLowerCase(), rnd)} `,
    negation: () => `${longWord()} -${longWord()}`,
  };
  return QUERY_KINDS.flatMap((kind) =>
    Array.from({ length: perKind }, () => ({ kind, q: make[kind]() })),
  );
}
