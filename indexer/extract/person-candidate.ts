import { LEGAL_JOINERS, legalSuffixKeys } from '../../lib/lexicon/legal-suffixes';
import type { Mention } from './mention';
import {
  isDottedTitle,
  isInitial,
  knownGiven,
  knownGivenInRegister,
  nameShaped,
  nonName,
  PATRONYMIC,
  SINGLE_CAP,
  type PeopleLexicon,
} from './name-tokens';
import { spanText } from './orgs';
import type { Token } from './tokenize';

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
const LEGAL_JOINER_KEYS: ReadonlySet<string> = new Set(LEGAL_JOINERS);

/** A capitalised run [s, e) being narrowed to a name; `resume` is where the scan goes on. */
interface Run {
  s: number;
  e: number;
  resume: number;
  titled: boolean;
  portfolio: boolean;
}

/**
 * Titles, portfolio words and non-name words trimmed from the run [i, j); what is left is
 * judged by the steps below, in order.
 */
export function candidate(
  tokens: Token[],
  texts: string[],
  i: number,
  j: number,
  lex: PeopleLexicon,
): { mention?: Mention; resume: number } {
  const before = tokens[i - 1];
  const run: Run = {
    s: i,
    e: j,
    resume: j,
    titled: !!before && (lex.titles.has(before.text) || isDottedTitle(tokens, i - 2, lex)),
    portfolio: false,
  };
  stripHeadTitles(tokens, run, lex);
  stripWordBeforeGiven(tokens, run, lex);
  stripPortfolio(tokens, i, run, lex);
  cutAtStopWord(tokens, run, lex);
  trimTail(tokens, run, lex);
  const words = nameWords(tokens, run, lex);
  const first = tokens[run.s];
  const none = { resume: run.resume };
  if (!first || words.length < 1 || words.length > 4) return none;
  const name = spanText(tokens, texts[first.segment] ?? '', run.s, run.e);
  if (rejected(tokens, run, words, name, lex)) return none;
  const mention = (weak: boolean): Mention => ({
    start: run.s,
    end: run.e,
    kind: 'person',
    name,
    weak,
  });
  if (words.length === 1) {
    const lone = loneWord(tokens, run, lex);
    return lone === 'reject' ? none : { mention: mention(lone === 'weak'), resume: run.resume };
  }
  return fullName(tokens, run, words, lex) ? { mention: mention(false), resume: run.resume } : none;
}

/** Titles and non-name words at the head of the run ("President Reagan", "Lt. Col. North"). */
function stripHeadTitles(tokens: Token[], run: Run, lex: PeopleLexicon): void {
  while (run.s < run.e) {
    const s = run.s;
    const w = tokens[s]?.text ?? '';
    // "Prince Sultan ibn Abdulaziz": a title word before a patronymic is a given name.
    if (lex.titles.has(w) && !PATRONYMIC.has(tokens[s + 1]?.text ?? '')) {
      run.titled = true;
      run.s += 1;
    } else if (isDottedTitle(tokens, s, lex)) {
      run.titled = true;
      run.s += 2;
    } else if ((nonName(tokens, s, lex) && !isInitial(tokens, s)) || tokens[s]?.type === 'p')
      run.s += 1;
    else break;
  }
}

/** "Prosecutor Krzysztof Sierak", "Republican Kevin McCarthy": a word before a given name. */
function stripWordBeforeGiven(tokens: Token[], run: Run, lex: PeopleLexicon): void {
  while (
    run.s + 1 < run.e &&
    lex.words.has(tokens[run.s]?.key ?? '') &&
    !knownGiven(tokens, run.s, lex) &&
    knownGivenInRegister(tokens[run.s + 1] as Token, lex)
  ) {
    run.titled = true;
    run.s += 1;
  }
}

/** "Chancellor of the Exchequer Nigel Lawson": the portfolio's ordinary words go first. */
function stripPortfolio(tokens: Token[], i: number, run: Run, lex: PeopleLexicon): void {
  run.portfolio = afterPortfolio(tokens, i, lex);
  if (!run.portfolio) return;
  while (
    run.s < run.e &&
    lex.words.has(tokens[run.s]?.key ?? '') &&
    !knownGiven(tokens, run.s, lex)
  )
    run.s += 1;
  run.titled = true;
}

/** After "Chancellor of the", "Minister of": the run opens with the portfolio, not the name. */
function afterPortfolio(tokens: Token[], i: number, lex: PeopleLexicon): boolean {
  let p = i - 1;
  if (tokens[p]?.key === 'the') p -= 1;
  if (tokens[p]?.key !== 'of') return false;
  const owner = tokens[p - 1]?.text ?? '';
  return lex.nonName.has(owner) || lex.titles.has(owner);
}

/** Cut at the first non-name word inside the run; the rest is tried again. */
function cutAtStopWord(tokens: Token[], run: Run, lex: PeopleLexicon): void {
  for (let k = run.s; k < run.e; k += 1) {
    const w = tokens[k]?.text ?? '';
    // "Michael Green", "Walter Little": after a given name, ordinary words are surnames.
    const afterGiven = k > run.s && lex.given.has(tokens[k - 1]?.text ?? '') && !lex.titles.has(w);
    if (k > run.s && PATRONYMIC.has(tokens[k - 1]?.text ?? '') && nameShaped(tokens[k] as Token))
      continue;
    const stop =
      (nonName(tokens, k, lex) && !isInitial(tokens, k)) ||
      (lex.titles.has(w) && !PATRONYMIC.has(tokens[k + 1]?.text ?? '')) ||
      isDottedTitle(tokens, k, lex) ||
      lex.signoffs.has(w);
    if (!afterGiven && stop) {
      run.e = k;
      run.resume = k;
      return;
    }
  }
}

/** A name never ends on punctuation or a particle ("Zaid bin" cut before a title). */
function trimTail(tokens: Token[], run: Run, lex: PeopleLexicon): void {
  while (
    run.e > run.s &&
    (tokens[run.e - 1]?.type === 'p' || lex.particles.has(tokens[run.e - 1]?.text ?? ''))
  )
    run.e -= 1;
}

/** Name words: particles and lower-case hyphen parts ("al-", "-cheng") do not count. */
function nameWords(tokens: Token[], run: Run, lex: PeopleLexicon): number[] {
  const words: number[] = [];
  for (let k = run.s; k < run.e; k += 1) {
    const t = tokens[k];
    if (!t || t.type !== 'w' || lex.particles.has(t.text)) continue;
    if (!t.cap && tokens[k - 1]?.text === '-') continue;
    words.push(k);
  }
  return words;
}

/** Blocked names, sign-offs, place openers, trailing initials and company suffixes. */
function rejected(
  tokens: Token[],
  run: Run,
  words: number[],
  name: string,
  lex: PeopleLexicon,
): boolean {
  const first = tokens[run.s];
  if (!first) return true;
  if (lex.blocked.has(name) || words.some((k) => lex.signoffs.has(tokens[k]?.text ?? '')))
    return true;
  if (lex.placeWords.has(first.text) || (run.portfolio && words.length < 2)) return true;
  // "Sanford C. Bernstein and Co": a name never ends on an initial; the rest was taken.
  const lastWord = tokens[words[words.length - 1] ?? run.s];
  if (words.length > 1 && lastWord && SINGLE_CAP.test(lastWord.text)) return true;
  // "JIM WALTER CORP", "Frank B. Hall and Co": a legal suffix makes it a company.
  return legalTail(tokens, run.e);
}

function legalTail(tokens: Token[], e: number): boolean {
  const a = tokens[e];
  if (!a) return false;
  if (legalSuffixKeys.has(a.key) && a.cap) return true;
  const b = tokens[e + 1];
  return LEGAL_JOINER_KEYS.has(a.key) && !!b && b.cap && legalSuffixKeys.has(b.key);
}

/** A one-word name: a titled surname, or a weak one that the article must confirm. */
function loneWord(tokens: Token[], run: Run, lex: PeopleLexicon): 'reject' | 'weak' | 'strong' {
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
function fullName(tokens: Token[], run: Run, words: number[], lex: PeopleLexicon): boolean {
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
