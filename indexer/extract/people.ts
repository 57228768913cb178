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
const NAME_SHAPE = /^\p{Lu}(?:[\p{Ll}'’]+(?:\p{Lu}[\p{Ll}'’]+)?|')(?:-\p{Lu}[\p{Ll}]+)?$/u;

function nameShaped(t: Token): boolean {
  return t.type === 'w' && t.text.length >= 2 && NAME_SHAPE.test(t.text);
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
    const t = tokens[i];
    const initial =
      !!t &&
      /^\p{Lu}$/u.test(t.text) &&
      tokens[i + 1]?.text === '.' &&
      tokens[i + 1]?.start === t.end;
    if (
      !t ||
      claimed[i] ||
      !(initial || nameShaped(t) || (t.capsLine && t.upper && t.type === 'w'))
    ) {
      i += 1;
      continue;
    }
    // A run of name tokens, with particles (de, van) and initials ("J.") inside.
    let j = i + 1;
    while (j < tokens.length) {
      const u = tokens[j];
      const prev = tokens[j - 1];
      if (!u || !prev || claimed[j] || u.segment !== prev.segment) break;
      if (u.capsLine !== t.capsLine) break;
      if (nameShaped(u) || (u.capsLine && u.upper && u.type === 'w')) {
        j += 1;
        continue;
      }
      if (lex.particles.has(u.text)) {
        let k = j;
        while (k < tokens.length && lex.particles.has(tokens[k]?.text ?? '')) k += 1;
        const after = tokens[k];
        // "Miguel de la Madrid": a place name after a particle is part of the name.
        if (after && claimed[k] !== 1 && nameShaped(after)) {
          j = k + 1;
          continue;
        }
      }
      if (u.text === '.' && /^\p{Lu}$/u.test(prev.text) && u.start === prev.end) {
        j += 1;
        continue;
      }
      break;
    }
    let s = i;
    let e = j;
    let resume = j;
    // Titles before or at the head of the run ("President Reagan", "Mr Abbasov").
    let titled = false;
    const before = tokens[s - 1];
    const before2 = tokens[s - 2];
    if (
      before &&
      (lex.titles.has(before.text) ||
        (before.text === '.' && before2 && lex.titles.has(before2.text + '.')))
    )
      titled = true;
    while (s < e && lex.titles.has(tokens[s]?.text ?? '')) {
      titled = true;
      s += 1;
    }
    while (
      s < e &&
      (lex.nonName.has(tokens[s]?.text ?? '') || lex.titles.has(tokens[s]?.text ?? ''))
    ) {
      if (lex.titles.has(tokens[s]?.text ?? '')) titled = true;
      s += 1;
    }
    // Cut at the first non-name word inside the run; the rest is tried again.
    for (let k = s; k < e; k += 1) {
      const w = tokens[k]?.text ?? '';
      // "Michael Green", "Walter Little": after a given name, ordinary words are surnames.
      const afterGiven = k > s && lex.given.has(tokens[k - 1]?.text ?? '') && !lex.titles.has(w);
      if (!afterGiven && (lex.nonName.has(w) || lex.titles.has(w) || lex.signoffs.has(w))) {
        e = k;
        resume = k;
        break;
      }
    }
    while (e > s && tokens[e - 1]?.type === 'p') e -= 1;
    const words = tokens.slice(s, e).filter((x) => x.type === 'w');
    const first = tokens[s];
    if (first && words.length >= 1 && words.length <= 4) {
      const seg = first.segment;
      const name = spanText(tokens, texts[seg] ?? '', s, e);
      const caps = first.capsLine;
      const givenFirst = lex.given.has(first.text) || (caps && lex.given.has(cap(first.text)));
      const after = tokens[e];
      const speech = after ? SPEECH.has(after.key) : false;
      const appositive =
        after?.text === ',' &&
        (tokens[e + 1]?.key === 'the' ||
          tokens[e + 1]?.key === 'a' ||
          (tokens[e + 1] ? !tokens[e + 1]!.cap : false));
      // "Minister of Overseas Territories", "Ministry of Foreign Affairs": a portfolio, not a person.
      const ofPortfolio =
        tokens[s - 1]?.key === 'of' &&
        (lex.nonName.has(tokens[s - 2]?.text ?? '') || lex.titles.has(tokens[s - 2]?.text ?? ''));
      let ok = false;
      if (ofPortfolio) ok = false;
      else if (lex.blocked.has(name) || words.some((w) => lex.signoffs.has(w.text))) ok = false;
      else if (caps) ok = words.length >= 2 && givenFirst;
      else if (words.length === 1) {
        // Lone surnames only count when a full name in the article confirms them (weak).
        if (!lex.signoffs.has(first.text))
          out.push({ start: s, end: e, kind: 'person', name, weak: !titled });
        ok = false;
      } else if (titled || givenFirst) ok = true;
      else
        ok = words.length <= 3 && (!first.sentStart || speech || appositive || words.length === 3);
      if (ok) out.push({ start: s, end: e, kind: 'person', name, weak: false });
    }
    i = Math.max(resume, i + 1);
  }
  return out;
}

function cap(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}
