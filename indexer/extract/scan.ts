import type { Gazetteer, Phrase } from './gazetteer';
import type { Mention } from './mention';
import type { Token } from './tokenize';

function matches(tokens: Token[], i: number, phrase: Phrase): boolean {
  const first = tokens[i];
  if (!first) return false;
  for (let k = 0; k < phrase.keys.length; k += 1) {
    const t = tokens[i + k];
    if (!t || t.key !== phrase.keys[k] || t.segment !== first.segment) return false;
    if (phrase.exact) {
      if (t.text !== phrase.exact[k]) return false;
    } else if (phrase.capRequired[k] && !t.cap) {
      return false;
    }
  }
  return true;
}

/** Longest dictionary match at each position, scanning left to right without overlaps. */
export function scanGazetteer(
  tokens: Token[],
  gazetteer: Gazetteer,
  from = 0,
  to = tokens.length,
  countriesOnly = false,
): Mention[] {
  const out: Mention[] = [];
  for (let i = from; i < to;) {
    const tok = tokens[i];
    const list = tok && tok.type !== 'p' ? gazetteer.byFirst.get(tok.key) : undefined;
    let found: Phrase | undefined;
    for (const phrase of list ?? []) {
      if (i + phrase.keys.length > to) continue;
      if (countriesOnly && phrase.target.kind !== 'country') continue;
      if (matches(tokens, i, phrase)) {
        found = phrase;
        break;
      }
    }
    if (!found) {
      i += 1;
      continue;
    }
    const end = i + found.keys.length;
    const target = found.target;
    if (target.kind === 'country') {
      const { code, via, personLike } = target;
      out.push({ start: i, end, kind: 'country', code, via, personLike });
    } else if (target.kind === 'org') {
      out.push({ start: i, end, kind: 'org', org: target.org, acronym: target.acronym });
      // Countries inside an organisation's name still count ("French Parliament" → FR).
      if (end - i > 1) out.push(...scanGazetteer(tokens, gazetteer, i, end, true));
    } else {
      out.push({ start: i, end, kind: target.kind });
    }
    i = end;
  }
  return out;
}

/** Ticker symbols: "<CHAD>", "CHAD.N", "(NYSE: GE)". */
export function isTicker(tokens: Token[], m: Mention): boolean {
  const before = tokens[m.start - 1];
  const after = tokens[m.end];
  const last = tokens[m.end - 1];
  // Reuters writes tickers and company names in angle brackets: only "<CHAD>" is a ticker.
  if (before?.text === '<' || after?.text === '>') {
    for (let k = m.start; k < m.end; k += 1) if (!tokens[k]?.upper) return false;
    return true;
  }
  if (after?.text === '.' && last && after.start === last.end) {
    const suffix = tokens[m.end + 1];
    if (suffix && suffix.start === after.end && /^[A-Z]{1,2}$/.test(suffix.text)) return true;
  }
  if (before?.text === ':') {
    const exch = tokens[m.start - 2];
    if (exch && /^(NYSE|Nasdaq|NASDAQ|AMEX|LSE|TSX|ASX|HKEX)$/.test(exch.text)) return true;
  }
  return false;
}
