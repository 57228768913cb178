import type { Context } from './context';
import { LEGAL_JOINERS, legalSuffixKeys } from '@/lib/lexicon/legal-suffixes';
import { overlaps, type Mention } from './mention';
import { acronymDefinitions, patternOrgs, spanText } from './orgs';
import { stripLegalSuffix } from './slug';
import { tableOrgs } from './tables';
import { fold, type Token } from './tokenize';

function pickNonOverlapping(cands: Mention[]): Mention[] {
  const sorted = [...cands].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || (b.org ?? -1) - (a.org ?? -1) || a.start - b.start,
  );
  const taken: Mention[] = [];
  for (const m of sorted) if (!taken.some((t) => overlaps(t, m))) taken.push(m);
  return taken;
}

/** Register, acronym, shape and table organisations, one per span, suffixes resolved. */
export function resolveOrgs(
  ctx: Context,
  tokens: Token[],
  texts: string[],
  gaz: Mention[],
): Mention[] {
  const orgs: Mention[] = gaz.filter((m) => m.kind === 'org');
  // In-document definitions "Long Name (ABC)" link the acronym to the long name for this article.
  const linked = new Map<string, Mention>();
  for (const def of acronymDefinitions(tokens)) {
    const reg = orgs.find(
      (m) =>
        m.org !== undefined &&
        m.org >= 0 &&
        !m.acronym &&
        m.start >= def.start &&
        m.end === def.end,
    );
    if (reg) {
      linked.set(def.acronym, { ...reg });
      continue;
    }
    if (gaz.some((m) => m.kind === 'country' && m.start <= def.start && m.end >= def.end)) continue;
    const first = tokens[def.start];
    if (first && ctx.lex.given.has(first.text)) continue;
    const name = spanText(tokens, texts[first?.segment ?? 1] ?? '', def.start, def.end);
    const m: Mention = { start: def.start, end: def.end, kind: 'org', org: -1, name };
    orgs.push(m);
    linked.set(def.acronym, m);
  }
  if (linked.size > 0) {
    tokens.forEach((t, i) => {
      const target = linked.get(t.text);
      if (!target) return;
      for (let k = orgs.length - 1; k >= 0; k -= 1) {
        const o = orgs[k];
        if (o && o.acronym && o.start === i) orgs.splice(k, 1);
      }
      orgs.push({
        start: i,
        end: i + 1,
        kind: 'org',
        org: target.org,
        name: target.name,
        acronym: true,
      });
    });
  }
  // A shape-based name that is exactly a known place ("West Bank") stays a place.
  const places = gaz.filter((m) => m.kind === 'country' || m.kind === 'place');
  for (const m of patternOrgs(tokens, texts, ctx.lex.nonName)) {
    if (!places.some((p) => p.start === m.start && p.end === m.end)) orgs.push(m);
  }
  // National teams in tables stay countries.
  for (const m of tableOrgs(tokens, texts, ctx.lex.given, ctx.lex.nonName)) {
    const country = gaz.some(
      (c) => c.kind === 'country' && c.via === 'name' && c.start === m.start && c.end === m.end,
    );
    if (!country) orgs.push(m);
  }
  const kept = pickNonOverlapping(absorbLegalTails(tokens, orgs)).filter(
    (m) => !(m.org === -1 && ctx.blockedOrgs.has(fold(m.name ?? ''))),
  );
  // "Merrill Lynch and Co Inc", "Deutsche Bank AG": the register's entry once the suffix goes.
  for (const m of kept) {
    if (m.org !== -1 || !m.name) continue;
    const reg = ctx.orgForms.get(fold(stripLegalSuffix(m.name)));
    if (reg !== undefined) m.org = reg;
  }
  return kept;
}

// A legal tail is suffixes, their joiners and the punctuation between them ("and Co Inc.").
const LEGAL_TAIL = new Set([...legalSuffixKeys, ...LEGAL_JOINERS, '.', ',']);

/**
 * "Kidder, Peabody and Co Inc": a shape-based name that only adds a legal suffix to a register
 * name it overlaps is that register name (which then covers the suffix too).
 */
function absorbLegalTails(tokens: Token[], orgs: Mention[]): Mention[] {
  const absorbed = new Set<Mention>();
  for (const reg of orgs) {
    if (reg.org === undefined || reg.org < 0 || reg.acronym) continue;
    for (const p of orgs) {
      if (p.org !== -1 || absorbed.has(p) || p.start < reg.start || p.start >= reg.end) continue;
      if (p.end <= reg.end) continue;
      let tail = true;
      for (let t = reg.end; t < p.end && tail; t += 1) tail = LEGAL_TAIL.has(tokens[t]?.key ?? '');
      if (!tail) continue;
      reg.end = p.end;
      absorbed.add(p);
    }
  }
  return absorbed.size > 0 ? orgs.filter((m) => !absorbed.has(m)) : orgs;
}
