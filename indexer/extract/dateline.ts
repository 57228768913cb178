import type { Mention } from './mention';
import type { Register } from '@/lib/register';
import { fold, type Token } from './tokenize';

// "WASHINGTON, March 3 -", "ROCHESTER, N.Y., March 3 -", "PARIS (Reuters) -", "Baku, 12 May —".
// Place words are capitalised ("Rio de Janeiro" aside), so "Shares rose - " is no dateline.
const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|do|del|la|le|el|al|sur|am|upon)){0,4}`;
const DATELINE_RE = new RegExp(
  String.raw`^\s*${PLACE}(?:,\s*${PLACE}){0,2}(?:,?\s+(?:\p{Lu}\p{L}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{L}{2,8}\.?)(?:,\s*\d{4})?)?\s*(?:\((?:Reuters?|AP|AFP)\)\s*)?[-–—]\s`,
  'u',
);

/** Length of the wire dateline at the start of the body, 0 when there is none. */
export function datelineLength(body: string): number {
  const m = DATELINE_RE.exec(body.slice(0, 120));
  return m ? m[0].length : 0;
}

const DATE_PART = /\d|^(?:\p{Lu}\p{L}{2,8}\.?)\s+\d/u;
const dotless = (form: string) => fold(form).replace(/\./g, '').trim();

/**
 * Qualifiers a dateline may carry after the city ("CANTON, Mass.", "HANOVER, West Germany"),
 * keyed without dots so "Mass", "Mass." and "MASS." agree: regions and country names.
 */
export function datelineQualifiers(register: Register): Map<string, string> {
  const out = new Map<string, string>();
  for (const [code, entry] of Object.entries(register.countries.countries)) {
    const forms = [...entry.regions, ...entry.aliases, ...(entry.name ? [entry.name] : [])];
    for (const form of forms) {
      const key = dotless(form);
      if (key.length < 2) continue;
      const prev = out.get(key);
      out.set(key, prev === undefined || prev === code ? code : '');
    }
  }
  for (const [key, code] of out) if (!code) out.delete(key);
  return out;
}

/**
 * A dateline names where the story was filed: the qualifier after the city decides the country
 * ("CANTON, Mass." is in the US, not China). Returns the dateline country mentions to keep.
 */
export function resolveDateline(
  body: string,
  end: number,
  tokens: Token[],
  countries: Mention[],
  qualifiers: Map<string, string>,
): Mention[] {
  const inDateline = (m: Mention) => {
    const t = tokens[m.start];
    return !!t && t.segment === 1 && t.start < end;
  };
  for (const c of countries) if (inDateline(c)) c.dateline = true;
  const text = body.slice(0, end).replace(/\((?:Reuters?|AP|AFP)\)/, '');
  const parts = text.split(',');
  let offset = (parts[0]?.length ?? 0) + 1;
  let qualifier: { code: string; start: number; end: number } | undefined;
  for (const part of parts.slice(1)) {
    const name = part.replace(/[-–—]\s*$/, '').trim();
    const code = name && !DATE_PART.test(name) ? qualifiers.get(dotless(name)) : undefined;
    if (code) {
      const start = offset + part.indexOf(name);
      qualifier = { code, start, end: start + name.length };
    }
    offset += part.length + 1;
  }
  if (!qualifier) return countries;
  const q = qualifier;
  const kept = countries.filter((c) => !(c.dateline && c.code !== q.code));
  if (!kept.some((c) => c.dateline)) {
    const first = tokens.findIndex((t) => t.segment === 1 && t.start >= q.start);
    let last = first;
    while (tokens[last + 1] && (tokens[last + 1]?.end ?? Infinity) <= q.end) last += 1;
    if (first >= 0) {
      kept.push({
        start: first,
        end: last + 1,
        kind: 'country',
        code: q.code,
        via: 'region',
        dateline: true,
      });
    }
  }
  return kept;
}
