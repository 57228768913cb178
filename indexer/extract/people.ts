import type { Mention } from './mention';
import {
  glued,
  isInitial,
  knownGivenInRegister,
  nameShaped,
  SINGLE_CAP,
  type PeopleLexicon,
} from './name-tokens';
import { candidate } from './person-candidate';
import type { Token } from './tokenize';

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
