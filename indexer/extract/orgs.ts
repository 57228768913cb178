import { legalSuffixKeys } from '@/lib/lexicon/legal-suffixes';
import type { Mention } from './mention';
import type { Token } from './tokenize';

const ORG_HEADS = new Set(
  `Group Organization Organisation Agency Council Ministry Parliament Party Union Bank Bancorp Bancshares
Inc Ltd Corp Corporation Co Cos Company Companies Plc PLC AG SA NV SpA GmbH LLC Association Federation
Commission Committee Fund Institute Institution University College Authority Board Bureau Department Office Court
Assembly Senate Congress Exchange Airlines Airways Motors Industries Holdings Trust Foundation Society Church
Front Movement Alliance League Club Systems Technologies Securities Partners Associates Enterprises
Communications Petroleum Resources Mines Mining Electric Chemicals Chemical Insurance Brothers Times Post
Journal Television Radio Network Press Service Services Administration Secretariat Forces Police Navy
Cabinet Government Reserve Treasury Railways Railroad Railway Steel Foods Stores Media Investments
Laboratories Labs Pharmaceuticals Energy Petroleum Oil Gas Airport Port Army Hospital School Academy Centre Center
Council Tribunal Commissariat Directorate Inspectorate Corps Navy Guard Brigade Brigades Rally`.split(
    /\s+/,
  ),
);
// Heads that may start a name: "Bank of Japan", "Ministry of Finance", "University of Chicago".
const OF_HEADS = new Set(
  'Bank Ministry University Department Council Commission Committee Institute Organization Organisation Association Federation Union Court Office Board Bureau Academy College Church League Party Chamber Society Fund House'.split(
    ' ',
  ),
);
const INNER = new Set([
  'of',
  'and',
  '&',
  'for',
  'de',
  'du',
  'la',
  'the',
  'des',
  'on',
  'der',
  'del',
  'di',
  'und',
]);
const PORTFOLIO = new Set(['minister', 'ministers']);
// Heads that are sectors, not bodies: a minister's portfolio. "Wheat Board Minister" is the
// minister for a board, which is an organisation.
const SECTORS = new Set(
  'Oil Gas Energy Petroleum Mines Mining Industries Steel Resources Chemicals Communications Railways Foods Media Electric Insurance'.split(
    ' ',
  ),
);
const JOINERS = new Set(['and', '&', ',']);
const LEADING_JUNK = new Set(
  'The A An This That These Those Its Their His Her Our But And Or If When While As At In On By For From With After Before Under Mr Mrs Ms Dr Former Acting Assistant Deputy New'.split(
    ' ',
  ),
);

function isNameTok(t: Token | undefined): boolean {
  return !!t && t.cap && t.type !== 'p' && !t.capsLine;
}

/** Builds a display name from tokens [s, e), keeping the original spacing. */
export function spanText(tokens: Token[], text: string, s: number, e: number): string {
  const a = tokens[s];
  const b = tokens[e - 1];
  if (!a || !b) return '';
  return text.slice(a.start, b.end).replace(/\s+/g, ' ');
}

/** Organisations found by name shape: capitalised sequences headed by Group, Bank, Ministry, Inc... */
export function patternOrgs(tokens: Token[], texts: string[], nonName: Set<string>): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameTok(tokens[i])) {
      i += 1;
      continue;
    }
    // Maximal capitalised run, allowing inner connectors, hyphens and dotted abbreviations.
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j];
      const prev = tokens[j - 1];
      if (!t || !prev || t.segment !== prev.segment) break;
      if (isNameTok(t)) {
        j += 1;
        continue;
      }
      const next = tokens[j + 1];
      // "Johnson Controls Inc and Lear Corp": a legal suffix closes the name.
      if (legalSuffixKeys.has(prev.key) && prev.cap) {
        if (t.text === '.' && t.start === prev.end) j += 1;
        break;
      }
      const joined = (t.text === '-' || t.text === '&' || t.text === "'") && t.start === prev.end;
      if ((INNER.has(t.key) || joined || t.text === '&') && isNameTok(next)) {
        j += 2;
        continue;
      }
      if (t.text === '.' && t.start === prev.end && legalSuffixKeys.has(prev.key)) j += 1;
      break;
    }
    // Last head word in the run decides the end; "X of Y" heads extend to the run's end. Sectors
    // before "Minister" name a portfolio, not a body: "Saudi Arabian Oil Minister Hisham Nazer",
    // "Energy and Mines minister".
    let headEnd = -1;
    let portfolio = false;
    for (let k = j - 1; k >= i; k -= 1) {
      const t = tokens[k];
      const next = tokens[k + 1]?.key ?? '';
      if (t && ORG_HEADS.has(t.text.replace(/\.$/, ''))) {
        portfolio =
          SECTORS.has(t.text) && (PORTFOLIO.has(next) || (portfolio && JOINERS.has(next)));
        if (portfolio) continue;
        headEnd = k + 1;
        break;
      }
      portfolio &&= JOINERS.has(t?.key ?? '');
      if (t && t.text === '.' && k === j - 1) continue;
    }
    if (headEnd < 0) {
      for (let k = i; k < j - 2; k += 1) {
        const t = tokens[k];
        if (t && OF_HEADS.has(t.text) && tokens[k + 1]?.key === 'of') {
          headEnd = j;
          break;
        }
      }
    } else if (tokens[headEnd]?.key === 'of' && headEnd < j) {
      headEnd = j;
    }
    if (headEnd > 0) {
      let s = i;
      const junk = (t: Token | undefined) =>
        !t ||
        !t.cap ||
        LEADING_JUNK.has(t.text) ||
        (t.sentStart && nonName.has(t.text) && !ORG_HEADS.has(t.text));
      while (s < headEnd && junk(tokens[s])) s += 1;
      // "Shares of Douglas & Lomason Co", "Economist Joel Naroff of First Union": only an
      // organisation word may own an "of" phrase ("Bank of Japan").
      for (let k = s + 1; k < headEnd - 1; k += 1) {
        if (tokens[k]?.key !== 'of') continue;
        const owner = tokens[k - 1]?.text ?? '';
        if (!ORG_HEADS.has(owner) && !OF_HEADS.has(owner)) s = k + 1;
        break;
      }
      let e = headEnd;
      if (
        tokens[e]?.text === '.' &&
        legalSuffixKeys.has(tokens[e - 1]?.key ?? '') &&
        tokens[e]?.start === tokens[e - 1]?.end
      )
        e += 1;
      const content = tokens
        .slice(s, e)
        .filter(
          (t) => t.type !== 'p' && !INNER.has(t.key) && !ORG_HEADS.has(t.text.replace(/\.$/, '')),
        );
      if (e - s >= 2 && content.length > 0) {
        const seg = tokens[s]?.segment ?? 0;
        const name = spanText(tokens, texts[seg] ?? '', s, e).replace(/\.$/, '');
        out.push({ start: s, end: e, kind: 'org', org: -1, name });
      }
    }
    i = j;
  }
  return out;
}

function initialsMatch(acr: string, words: string[]): boolean {
  const letters = acr.replace(/[^A-Za-z]/g, '').toUpperCase();
  const initials = words.map((w) => w.charAt(0).toUpperCase()).join('');
  if (letters.charAt(0) !== initials.charAt(0)) return false;
  let k = 0;
  for (const ch of initials) if (ch === letters[k]) k += 1;
  return k >= Math.ceil(letters.length * 0.66);
}

export interface AcronymDefinition {
  acronym: string;
  /** Token range of the long name. */
  start: number;
  end: number;
}

/** "Long Name (ABC)": the long form and its acronym, checked against the initials. */
export function acronymDefinitions(tokens: Token[]): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (let j = 1; j + 2 < tokens.length; j += 1) {
    if (tokens[j]?.text !== '(' || tokens[j + 2]?.text !== ')') continue;
    const acr = tokens[j + 1];
    if (!acr || !/^[A-Z][A-Za-z&]{0,7}[A-Z]$/.test(acr.text)) continue;
    let s = j;
    let words = 0;
    while (s > 0 && words < 12) {
      const t = tokens[s - 1];
      if (!t || t.segment !== acr.segment) break;
      if (t.cap && t.type !== 'p') words += 1;
      else if (!(INNER.has(t.key) || t.text === '-' || t.text === '&')) break;
      s -= 1;
    }
    while (s < j && !(tokens[s]?.cap ?? false)) s += 1;
    // Shrink from the left until the initials agree with the acronym.
    while (s < j - 1) {
      const words2 = tokens
        .slice(s, j)
        .filter((t) => t.cap && t.type !== 'p')
        .map((t) => t.text);
      if (initialsMatch(acr.text, words2) && words2.length >= 2) {
        out.push({ acronym: acr.text, start: s, end: j });
        break;
      }
      s += 1;
      while (s < j && !(tokens[s]?.cap ?? false)) s += 1;
    }
  }
  return out;
}
