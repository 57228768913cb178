import { LEGAL_JOINERS, legalSuffixKeys } from '@/lib/lexicon/legal-suffixes';
import type { Mention } from './mention';
import { fullName, loneWord, type Run } from './person-verdict';
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

const LEGAL_JOINER_KEYS: ReadonlySet<string> = new Set(LEGAL_JOINERS);

/**
 * Titles, portfolio words and non-name words trimmed from the run [i, j); what is left is
 * judged: rejected, then a lone word or a full name (person-verdict.ts).
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
