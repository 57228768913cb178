import { knownGiven, knownGivenInRegister, PATRONYMIC, type PeopleLexicon } from './name-tokens';
import type { Token } from './tokenize';

/** A capitalised run [s, e) being narrowed to a name; `resume` is where the scan goes on. */
export interface Run {
  s: number;
  e: number;
  resume: number;
  titled: boolean;
  portfolio: boolean;
}

const SPEECH = new Set(
  'said says told added stated noted wrote announced argued asked warned explained declared insisted replied urged stressed'.split(
    ' ',
  ),
);
// Titles that also open ordinary phrases ("General Election", "Chief Executive").
const RANKS = new Set(
  'General Chief Deputy Major Crown Leader Director Officer Manager Chairman Secretary Justice Attorney Commander Dean Captain'.split(
    ' ',
  ),
);

/** A one-word name: a titled surname, or a weak one that the article must confirm. */
export function loneWord(
  tokens: Token[],
  run: Run,
  lex: PeopleLexicon,
): 'reject' | 'weak' | 'strong' {
  const first = tokens[run.s];
  if (!first || first.capsLine) return 'reject';
  // "General Election", "Chief Technical": a rank that opens a phrase, not a person.
  const title = tokens[run.s - 1]?.text ?? '';
  if (run.titled && RANKS.has(title) && lex.words.has(first.key) && !knownGiven(tokens, run.s, lex))
    return 'reject';
  // Lone surnames only count when a title or a full name in the article confirms them (weak).
  return run.titled ? 'strong' : 'weak';
}

/** Two to four name words: vouched for by a title, a given name, or the sentence around it. */
export function fullName(tokens: Token[], run: Run, words: number[], lex: PeopleLexicon): boolean {
  const first = tokens[run.s];
  if (!first) return false;
  // "Osama bin Laden": a patronymic between name words makes a name, whatever the words.
  const patronymic = hasPatronymic(tokens, words);
  if (!patronymic && commonNounEnd(tokens, run.s, words, lex)) return false;
  const givenFirst = knownGivenInRegister(first, lex) || patronymic;
  // On a capitals line only a given name vouches for a name, and it ends in no common word
  // ("PER KILO", "BILL TENDER").
  const lastTok = tokens[words[words.length - 1] ?? run.s];
  if (first.capsLine) return givenFirst && !!lastTok && !lex.words.has(lastTok.key);
  if (run.titled || givenFirst) return true;
  const after = tokens[run.e];
  const speech = after ? SPEECH.has(after.key) : false;
  const next = tokens[run.e + 1];
  const appositive =
    after?.text === ',' && (next?.key === 'the' || next?.key === 'a' || (next ? !next.cap : false));
  return words.length <= 3 && (!first.sentStart || speech || appositive || words.length === 3);
}

function hasPatronymic(tokens: Token[], words: number[]): boolean {
  const first = words[0] ?? 0;
  const last = words[words.length - 1] ?? 0;
  for (let k = first + 1; k < last; k += 1) if (PATRONYMIC.has(tokens[k]?.text ?? '')) return true;
  return false;
}

/**
 * "Currency Units", "Tax Reform", "Waste Management": a name ending in a common English word
 * is a thing unless it opens with a known given name ("Jack Straw", "Robin Cook").
 */
function commonNounEnd(tokens: Token[], s: number, words: number[], lex: PeopleLexicon): boolean {
  const lastAt = words[words.length - 1] ?? s;
  const last = tokens[lastAt];
  if (!last || !lex.words.has(last.key)) return false;
  // Short words ("Chi", "Ho", "Li") are as often names as words, unless the name opens with
  // a word too ("Unit Two", "Band Aid").
  const opener = tokens[words[0] ?? s];
  if (last.text.length < 4 && !(opener && lex.words.has(opener.key))) return false;
  return !knownGiven(tokens, words[0] ?? s, lex) && !knownGiven(tokens, lastAt, lex);
}
