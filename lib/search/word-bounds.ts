/*
 * Where words start and end, as Meilisearch's tokenizer (charabia 0.9 with its default
 * separators) splits Latin text: a word is a run of characters that are not separators.
 * Punctuation and spaces separate; `<`, `>`, `=`, `|`, `~`, `$`, `^`, `°` and other symbols do
 * not, so Reuters' `<IBM>` is one word that the query "IBM" does not match, and `3°F` is one word.
 */

const ASCII_SEPARATORS = '\t\n\r !"#%&\'()*+,-./:;?@[\\]_`{}';
const NON_ASCII_SEPARATOR = /[\p{P}\p{Z}\u200C\u00B1\u00D7\u00F7\u2212-\u22FF]/u;

/** Separators after which Meilisearch no longer counts two words as neighbours. */
const HARD_SEPARATOR = /[!;?¡§¶¿]|[.,] /;

/** Whether the separators between two words part them (a sentence end, a comma…). */
export const isHardGap = (gap: string): boolean => HARD_SEPARATOR.test(gap);

/** 1 for an ASCII character that belongs to a word, 0 for a separator or a control character. */
const ASCII_WORD = new Uint8Array(128).map((_, c) =>
  c > 31 && c !== 127 && !ASCII_SEPARATORS.includes(String.fromCharCode(c)) ? 1 : 0,
);

/** Code units of the word character at `i`, or 0 when a separator is there. */
export function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c]!;
  const cp = text.codePointAt(i)!;
  const s = String.fromCodePoint(cp);
  return NON_ASCII_SEPARATOR.test(s) ? 0 : s.length;
}

/** Whether `text` ends inside a word (no separator after its last word). */
export function endsInWord(text: string): boolean {
  if (text.length === 0) return false;
  const last = text.codePointAt(text.length - 1)!;
  const at = last >= 0xdc00 && last <= 0xdfff ? text.length - 2 : text.length - 1;
  return wordCharLength(text, Math.max(0, at)) > 0;
}

/** Calls `word` with the bounds of each word of `text`: the query's and texts' words alike. */
export function forEachWord(text: string, word: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    let n = wordCharLength(text, i);
    if (n === 0) {
      i++;
      continue;
    }
    const start = i;
    while (n > 0) {
      i += n;
      n = i < text.length ? wordCharLength(text, i) : 0;
    }
    word(start, i);
  }
}
