import { normalizeWord } from './query-parse';
import { wordCharLength } from './word-bounds';

/*
 * Meilisearch marks a typo'd prefix up to the first word of its index that begins the text's
 * word ("bankr" marks "bank|ers" because "bank" is indexed). The index's words are not known
 * here; the words of the hits being formatted stand for them, looked up only when asked.
 */

export type IsWord = (word: string) => boolean;

function occursAsWord(haystack: string, word: string): boolean {
  for (let at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + 1)) {
    const end = at + word.length;
    const before = at === 0 || wordCharLength(haystack, at - 1) === 0;
    if (before && (end >= haystack.length || wordCharLength(haystack, end) === 0)) return true;
  }
  return false;
}

/** Whether a (normalized) word occurs whole in any of `texts`, read on the first question. */
export function knownWords(texts: () => string[]): IsWord {
  let haystack: string | undefined;
  const answers = new Map<string, boolean>();
  return (word) => {
    let known = answers.get(word);
    if (known === undefined) {
      haystack ??= normalizeWord(texts().join('\n'));
      known = occursAsWord(haystack, word);
      answers.set(word, known);
    }
    return known;
  };
}
