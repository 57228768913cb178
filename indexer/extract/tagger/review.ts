import type { Context } from '@/indexer/extract/context';
import type { Mention } from '@/indexer/extract/mention';
import { spanText } from '@/indexer/extract/orgs';
import { stripLegalSuffix } from '@/indexer/extract/slug';
import { fold, type Token } from '@/indexer/extract/tokenize';
import type { TaggedSpan } from './tagger';

/** Below this probability the tagger's word does not overrule a rule (tuned on CoNLL++ dev). */
export const CONFIDENT = 0.9;

export interface Review {
  ctx: Context;
  tokens: Token[];
  texts: string[];
  /** The tagger's spans at or above CONFIDENT, on one line each. */
  spans: TaggedSpan[];
}

export function reviewOf(
  ctx: Context,
  tokens: Token[],
  texts: string[],
  all: TaggedSpan[],
): Review {
  const spans = all.filter((s) => {
    const a = tokens[s.start];
    const b = tokens[s.end - 1];
    return s.prob >= CONFIDENT && !!a && !!b && a.segment === b.segment && a.line === b.line;
  });
  return { ctx, tokens, texts, spans };
}

const surface = (r: Review, s: { start: number; end: number }) =>
  spanText(r.tokens, r.texts[r.tokens[s.start]?.segment ?? 1] ?? '', s.start, s.end);

/** A tagger organisation, matched to the register when its name (less legal suffix) is there. */
function orgFrom(r: Review, s: TaggedSpan): Mention | null {
  const name = surface(r, s);
  if (r.ctx.blockedOrgs.has(fold(name))) return null;
  const org = r.ctx.orgForms.get(fold(stripLegalSuffix(name))) ?? -1;
  return { start: s.start, end: s.end, kind: 'org', org, name };
}

const personFrom = (r: Review, s: TaggedSpan): Mention => ({
  start: s.start,
  end: s.end,
  kind: 'person',
  name: surface(r, s),
});

/**
 * Organisations found by shape alone (not the register's) take the tagger's span and type where
 * it is confident: "IMF and World Bank" becomes two, a person or a place stops being one.
 * `sure` holds what the register and gazetteer decided; the tagger never overrules those.
 */
export function reviewOrgs(
  r: Review,
  orgs: Mention[],
  sure: Mention[],
): { orgs: Mention[]; people: Mention[] } {
  const out: Mention[] = [];
  const people: Mention[] = [];
  for (const o of orgs) {
    const spans = r.spans.filter((s) => overlaps(s, o) && !sure.some((m) => overlaps(m, s)));
    if (o.org !== -1 || spans.length === 0) {
      out.push(o);
      continue;
    }
    for (const s of spans) {
      const m = s.type === 'ORG' ? orgFrom(r, s) : s.type === 'PER' ? personFrom(r, s) : null;
      if (m?.kind === 'org') out.push(m);
      else if (m) people.push(m);
    }
  }
  return { orgs: out, people };
}

/**
 * Person candidates the tagger confidently reads as an organisation, place or work are not
 * people (curated register names keep their reading); a lone surname it reads as a person needs
 * no title. Then names the rules missed on unclaimed tokens are added.
 */
export function reviewPeople(
  r: Review,
  cands: Mention[],
  claimed: Uint8Array,
): { people: Mention[]; orgs: Mention[] } {
  const people: Mention[] = [];
  const orgs: Mention[] = [];
  for (const c of cands) {
    const span = r.spans.find((s) => overlaps(s, c));
    if (!span || r.ctx.personAliases.has(fold(c.name ?? ''))) people.push(c);
    else if (span.type === 'PER') people.push(c.weak ? { ...c, weak: false } : c);
    else if (span.type === 'ORG' && !isClaimed(claimed, span)) {
      const o = orgFrom(r, span);
      if (o && !orgs.some((x) => overlaps(x, o))) orgs.push(o);
    }
  }
  const taken = [...people, ...orgs];
  for (const s of r.spans) {
    if ((s.type !== 'PER' && s.type !== 'ORG') || isClaimed(claimed, s)) continue;
    if (cands.some((c) => overlaps(c, s)) || taken.some((m) => overlaps(m, s))) continue;
    const m = s.type === 'PER' ? personFrom(r, s) : orgFrom(r, s);
    if (m?.kind === 'person') people.push(m);
    else if (m) orgs.push(m);
  }
  return { people, orgs };
}

interface Range {
  start: number;
  end: number;
}
const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;

function isClaimed(claimed: Uint8Array, s: { start: number; end: number }): boolean {
  for (let k = s.start; k < s.end; k += 1) if (claimed[k]) return true;
  return false;
}
