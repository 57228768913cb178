/** Lower case, accents folded, anything but letters and digits a break: "Côte d'Ivoire" → cote d ivoire. */
export function matchWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function containsRun(words: string[], needle: string[]): boolean {
  const last = needle.length - 1;
  for (let i = 0; i + last < words.length; i++) {
    let j = 0;
    while (j < last && words[i + j] === needle[j]) j++;
    if (j === last && words[i + last]!.startsWith(needle[last]!)) return true;
  }
  return false;
}

export const NO_MATCH = 0;
export const WORD_MATCH = 1;
/** One of the names is exactly what was typed ("fr" for FR, "imf"): it ranks first. */
export const NAME_MATCH = 2;

/**
 * Finding a facet value by what a reader types: the typed words in order anywhere in a name,
 * the last one as a prefix ("petroleum exp" finds "Organization of the Petroleum Exporting
 * Countries"), in the name or any other name it goes by ("opec"). Meilisearch's facet search
 * matches only the start of a value. Null for text without a word.
 */
export function valueMatcher(typed: string): ((names: readonly string[]) => number) | null {
  const needle = matchWords(typed);
  if (needle.length === 0) return null;
  const whole = needle.join(' ');
  return (names) => {
    let best = NO_MATCH;
    for (const name of names) {
      const words = matchWords(name);
      if (words.join(' ') === whole) return NAME_MATCH;
      if (containsRun(words, needle)) best = WORD_MATCH;
    }
    return best;
  };
}
