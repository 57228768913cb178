import { LEGAL_JOINERS, legalSuffixKeys } from '../../lib/lexicon/legal-suffixes';
import { lexiconGivenNames } from './lexicon';
import type { Mention } from './mention';
import { spanText } from './orgs';
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

const SPEECH = new Set([
  'said',
  'says',
  'told',
  'added',
  'stated',
  'noted',
  'wrote',
  'announced',
  'argued',
  'asked',
  'warned',
  'explained',
  'declared',
  'insisted',
  'replied',
  'urged',
  'stressed',
]);
/** "son/daughter of": the word after one is a parent's name, even a title ("bin Sultan"). */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'ben']);
const NAME_SHAPE = /^\p{Lu}(?:[\p{Ll}'’]+(?:\p{Lu}[\p{Ll}'’]+)?|')(?:-\p{Lu}[\p{Ll}]+)?$/u;
const SINGLE_CAP = /^\p{Lu}$/u;

function nameShaped(t: Token): boolean {
  return t.type === 'w' && t.text.length >= 2 && NAME_SHAPE.test(t.text);
}

const glued = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;

/** "J." in "J. Hugh Liedtke": one capital and its dot. */
function isInitial(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && SINGLE_CAP.test(t.text) && tokens[i + 1]?.text === '.' && glued(t, tokens[i + 1]);
}

/** "Lt." or "Col." written with the dot the register lists. */
function isDottedTitle(tokens: Token[], i: number, lex: PeopleLexicon): boolean {
  const t = tokens[i];
  return (
    !!t && lex.titles.has(`${t.text}.`) && tokens[i + 1]?.text === '.' && glued(t, tokens[i + 1])
  );
}

/** Lower-case given names (register + NLP lexicon); an initial counts as one. */
function knownGiven(tokens: Token[], i: number, lex: PeopleLexicon): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (isInitial(tokens, i)) return true;
  return lex.given.has(t.text) || lex.given.has(cap(t.text)) || lexiconGivenNames().has(t.key);
}

/**
 * Tokens a name continues with from `j`: 0 when the name ends there. Takes initials ("T."),
 * dotted titles ("Lt."), particles ("de la", "al-"), and hyphenated parts ("Chi-cheng",
 * "Okonjo-Iweala") unless they make a compound ("Reagan-era", "Reagan-Gorbachev").
 */
function continuation(
  tokens: Token[],
  i: number,
  j: number,
  claimed: Uint8Array,
  lex: PeopleLexicon,
): number {
  const u = tokens[j];
  const prev = tokens[j - 1];
  const first = tokens[i];
  if (!u || !prev || !first || claimed[j] || u.segment !== prev.segment) return 0;
  if (u.capsLine !== first.capsLine) return 0;
  if (nameShaped(u) || (u.capsLine && u.upper && u.type === 'w')) return 1;
  if (isInitial(tokens, j)) return 2;
  if (
    u.text === '.' &&
    glued(prev, u) &&
    (SINGLE_CAP.test(prev.text) || lex.titles.has(`${prev.text}.`))
  )
    return 1;
  const next = tokens[j + 1];
  if (u.text === '-' && glued(prev, u) && glued(u, next) && next?.type === 'w' && !claimed[j + 1]) {
    // The hyphen follows the run's first name word: a compound unless that is a given name.
    const before = tokens[j - 2];
    const opens =
      j - 1 === i ||
      !before ||
      (before.type === 'p' && before.text !== '-') ||
      lex.nonName.has(before.text) ||
      lex.titles.has(before.text);
    if (opens && !knownGivenInRegister(prev, lex)) return 0;
    if (nameShaped(next)) return 2;
    if (/^\p{Ll}+$/u.test(next.text) && (!lex.words.has(next.key) || prev.text.length <= 3))
      return 2;
    return 0;
  }
  if (lex.particles.has(u.text)) {
    const after = tokens[j + 2];
    if (next?.text === '-' && glued(u, next) && glued(next, after) && after && nameShaped(after))
      return claimed[j + 2] === 1 ? 0 : 3;
    let k = j;
    while (k < tokens.length && lex.particles.has(tokens[k]?.text ?? '')) k += 1;
    const last = tokens[k];
    // "Miguel de la Madrid": a place name after a particle is part of the name.
    if (last && claimed[k] !== 1 && nameShaped(last)) return k + 1 - j;
  }
  return 0;
}

/** Start of a name run: a name-shaped word not glued to a compound ("T-BILL", "Baku-based"). */
function startsName(tokens: Token[], i: number, claimed: Uint8Array): boolean {
  const t = tokens[i];
  if (!t || claimed[i]) return false;
  const hyphen = tokens[i - 1];
  if (hyphen?.text === '-' && glued(hyphen, t) && glued(tokens[i - 2], hyphen)) return false;
  return isInitial(tokens, i) || nameShaped(t) || (t.capsLine && t.upper && t.type === 'w');
}

/** After "Chancellor of the", "Minister of": the run opens with the portfolio, not the name. */
function afterPortfolio(tokens: Token[], i: number, lex: PeopleLexicon): boolean {
  let p = i - 1;
  if (tokens[p]?.key === 'the') p -= 1;
  if (tokens[p]?.key !== 'of') return false;
  const owner = tokens[p - 1]?.text ?? '';
  return lex.nonName.has(owner) || lex.titles.has(owner);
}

/**
 * Person candidates over tokens not claimed by organisations or countries. Accepted when
 * introduced by a title, starting with a known given name, or shaped like a 2-3 word name.
 */
export function findPeople(
  tokens: Token[],
  texts: string[],
  claimed: Uint8Array,
  lex: PeopleLexicon,
): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!startsName(tokens, i, claimed)) {
      i += 1;
      continue;
    }
    let j = i + 1;
    for (let step = continuation(tokens, i, j, claimed, lex); step > 0;) {
      j += step;
      step = continuation(tokens, i, j, claimed, lex);
    }
    const found = candidate(tokens, texts, i, j, lex);
    if (found.mention) out.push(found.mention);
    i = Math.max(found.resume, i + 1);
  }
  return out;
}

/** Titles, portfolio words and non-name words trimmed from a run; what is left is judged. */
function candidate(
  tokens: Token[],
  texts: string[],
  i: number,
  j: number,
  lex: PeopleLexicon,
): { mention?: Mention; resume: number } {
  let s = i;
  let e = j;
  let resume = j;
  const before = tokens[s - 1];
  let titled = !!before && (lex.titles.has(before.text) || isDottedTitle(tokens, s - 2, lex));
  // Titles and non-name words at the head of the run ("President Reagan", "Lt. Col. North").
  while (s < e) {
    const w = tokens[s]?.text ?? '';
    // "Prince Sultan ibn Abdulaziz": a title word before a patronymic is a given name.
    if (lex.titles.has(w) && !PATRONYMIC.has(tokens[s + 1]?.text ?? '')) {
      titled = true;
      s += 1;
    } else if (isDottedTitle(tokens, s, lex)) {
      titled = true;
      s += 2;
    } else if ((nonName(tokens, s, lex) && !isInitial(tokens, s)) || tokens[s]?.type === 'p')
      s += 1;
    else break;
  }
  // "Prosecutor Krzysztof Sierak", "Republican Kevin McCarthy": a word before a given name.
  while (
    s + 1 < e &&
    lex.words.has(tokens[s]?.key ?? '') &&
    !knownGiven(tokens, s, lex) &&
    knownGivenInRegister(tokens[s + 1] as Token, lex)
  ) {
    titled = true;
    s += 1;
  }
  // "Chancellor of the Exchequer Nigel Lawson": the portfolio's ordinary words go first.
  const portfolio = afterPortfolio(tokens, i, lex);
  if (portfolio) {
    while (s < e && lex.words.has(tokens[s]?.key ?? '') && !knownGiven(tokens, s, lex)) s += 1;
    titled = true;
  }
  // Cut at the first non-name word inside the run; the rest is tried again.
  for (let k = s; k < e; k += 1) {
    const w = tokens[k]?.text ?? '';
    // "Michael Green", "Walter Little": after a given name, ordinary words are surnames.
    const afterGiven = k > s && lex.given.has(tokens[k - 1]?.text ?? '') && !lex.titles.has(w);
    if (k > s && PATRONYMIC.has(tokens[k - 1]?.text ?? '') && nameShaped(tokens[k] as Token))
      continue;
    const stop =
      (nonName(tokens, k, lex) && !isInitial(tokens, k)) ||
      (lex.titles.has(w) && !PATRONYMIC.has(tokens[k + 1]?.text ?? '')) ||
      isDottedTitle(tokens, k, lex) ||
      lex.signoffs.has(w);
    if (!afterGiven && stop) {
      e = k;
      resume = k;
      break;
    }
  }
  // A name never ends on punctuation or a particle ("Zaid bin" cut before a title).
  while (e > s && (tokens[e - 1]?.type === 'p' || lex.particles.has(tokens[e - 1]?.text ?? '')))
    e -= 1;
  // Name words: particles and lower-case hyphen parts ("al-", "-cheng") do not count.
  const words: number[] = [];
  for (let k = s; k < e; k += 1) {
    const t = tokens[k];
    if (!t || t.type !== 'w' || lex.particles.has(t.text)) continue;
    if (!t.cap && tokens[k - 1]?.text === '-') continue;
    words.push(k);
  }
  const first = tokens[s];
  if (!first || words.length < 1 || words.length > 4) return { resume };
  const name = spanText(tokens, texts[first.segment] ?? '', s, e);
  if (lex.blocked.has(name) || words.some((k) => lex.signoffs.has(tokens[k]?.text ?? '')))
    return { resume };
  if (lex.placeWords.has(first.text) || (portfolio && words.length < 2)) return { resume };
  // "Sanford C. Bernstein and Co": a name never ends on an initial; the rest was taken.
  const lastWord = tokens[words[words.length - 1] ?? s];
  if (words.length > 1 && lastWord && SINGLE_CAP.test(lastWord.text)) return { resume };
  // "JIM WALTER CORP", "Frank B. Hall and Co": a legal suffix makes it a company.
  if (legalTail(tokens, e)) return { resume };
  if (words.length === 1) {
    if (first.capsLine) return { resume };
    // "General Election", "Chief Technical": a rank that opens a phrase, not a person.
    const title = tokens[s - 1]?.text ?? '';
    if (titled && RANKS.has(title) && lex.words.has(first.key) && !knownGiven(tokens, s, lex))
      return { resume };
    // Lone surnames only count when a title or a full name in the article confirms them (weak).
    return { mention: { start: s, end: e, kind: 'person', name, weak: !titled }, resume };
  }
  // "Osama bin Laden": a patronymic between name words makes a name, whatever the words.
  const patronymic = words.length > 1 && hasPatronymic(tokens, words);
  if (!patronymic && commonNounEnd(tokens, s, words, lex)) return { resume };
  const givenFirst = knownGivenInRegister(first, lex) || patronymic;
  let ok: boolean;
  // On a capitals line only a given name vouches for a name, and it ends in no common word
  // ("PER KILO", "BILL TENDER").
  const lastTok = tokens[words[words.length - 1] ?? s];
  if (first.capsLine) ok = givenFirst && !!lastTok && !lex.words.has(lastTok.key);
  else if (titled || givenFirst) ok = true;
  else {
    const after = tokens[e];
    const speech = after ? SPEECH.has(after.key) : false;
    const next = tokens[e + 1];
    const appositive =
      after?.text === ',' &&
      (next?.key === 'the' || next?.key === 'a' || (next ? !next.cap : false));
    ok = words.length <= 3 && (!first.sentStart || speech || appositive || words.length === 3);
  }
  return ok
    ? { mention: { start: s, end: e, kind: 'person', name, weak: false }, resume }
    : { resume };
}

// Titles that also open ordinary phrases ("General Election", "Chief Executive").
const RANKS = new Set(
  'General Chief Deputy Major Crown Leader Director Officer Manager Chairman Secretary Justice Attorney Commander Dean Captain'.split(
    ' ',
  ),
);

const LEGAL_JOINER_KEYS: ReadonlySet<string> = new Set(LEGAL_JOINERS);

function legalTail(tokens: Token[], e: number): boolean {
  const a = tokens[e];
  if (!a) return false;
  if (legalSuffixKeys.has(a.key) && a.cap) return true;
  const b = tokens[e + 1];
  return LEGAL_JOINER_KEYS.has(a.key) && !!b && b.cap && legalSuffixKeys.has(b.key);
}

/** A word never part of a name; on a capitals line "CORP" is "Corp". */
function nonName(tokens: Token[], k: number, lex: PeopleLexicon): boolean {
  const t = tokens[k];
  if (!t) return false;
  return lex.nonName.has(t.text) || (t.capsLine && lex.nonName.has(cap(t.text)));
}

function knownGivenInRegister(t: Token, lex: PeopleLexicon): boolean {
  return lex.given.has(t.text) || (t.capsLine && lex.given.has(cap(t.text)));
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

function cap(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}
