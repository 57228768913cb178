import { lexiconGivenNames } from './lexicon';
import type { Token } from './tokenize';

export interface PeopleLexicon {
  titles: Set<string>;
  given: Set<string>;
  particles: Set<string>;
  nonName: Set<string>;
  signoffs: Set<string>;
  blocked: Set<string>;
  /** Lower-case common English words ("rate", "reform", "management"). */
  words: Set<string>;
  /** Words that open place names (San, Santa, Fort): never a person's first word. */
  placeWords: Set<string>;
}

/** "son/daughter of": the word after one is a parent's name, even a title ("bin Sultan"). */
export const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'ben']);
const NAME_SHAPE = /^\p{Lu}(?:[\p{Ll}'’]+(?:\p{Lu}[\p{Ll}'’]+)?|')(?:-\p{Lu}[\p{Ll}]+)?$/u;
export const SINGLE_CAP = /^\p{Lu}$/u;

export function nameShaped(t: Token): boolean {
  return t.type === 'w' && t.text.length >= 2 && NAME_SHAPE.test(t.text);
}

export const glued = (a: Token | undefined, b: Token | undefined) =>
  !!a && !!b && a.end === b.start;

/** "J." in "J. Hugh Liedtke": one capital and its dot. */
export function isInitial(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && SINGLE_CAP.test(t.text) && tokens[i + 1]?.text === '.' && glued(t, tokens[i + 1]);
}

/** "Lt." or "Col." written with the dot the register lists. */
export function isDottedTitle(tokens: Token[], i: number, lex: PeopleLexicon): boolean {
  const t = tokens[i];
  return (
    !!t && lex.titles.has(`${t.text}.`) && tokens[i + 1]?.text === '.' && glued(t, tokens[i + 1])
  );
}

/** Lower-case given names (register + NLP lexicon); an initial counts as one. */
export function knownGiven(tokens: Token[], i: number, lex: PeopleLexicon): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (isInitial(tokens, i)) return true;
  return lex.given.has(t.text) || lex.given.has(cap(t.text)) || lexiconGivenNames().has(t.key);
}

export function knownGivenInRegister(t: Token, lex: PeopleLexicon): boolean {
  return lex.given.has(t.text) || (t.capsLine && lex.given.has(cap(t.text)));
}

/** A word never part of a name; on a capitals line "CORP" is "Corp". */
export function nonName(tokens: Token[], k: number, lex: PeopleLexicon): boolean {
  const t = tokens[k];
  if (!t) return false;
  return lex.nonName.has(t.text) || (t.capsLine && lex.nonName.has(cap(t.text)));
}

function cap(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}
