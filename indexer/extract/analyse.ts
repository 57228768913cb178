import { countryRules } from './country-rules';
import type { Context } from './context';
import { datelineLength, resolveDateline } from './dateline';
import { leftoverRuns, nlpFallback } from './leftover';
import { overlaps, type Mention } from './mention';
import { spanText } from './orgs';
import { findPeople } from './people';
import { resolveOrgs } from './resolve-orgs';
import { resolvePeople } from './resolve-people';
import { isTicker, scanGazetteer } from './scan';
import { slugify, stripLegalSuffix } from './slug';
import { reviewOf, reviewOrgs, reviewPeople } from './tagger/review';
import { tokenize, type Token } from './tokenize';

/** A resolved mention: what it is, where it is, and the entity key it belongs to. */
export interface ResolvedMention extends Mention {
  key: string;
  display: string;
  surface: string;
}

export interface Analysis {
  tokens: Token[];
  texts: string[];
  mentions: ResolvedMention[];
}

export function analyse(ctx: Context, title: string, body: string): Analysis {
  const texts = [title, body];
  const tokens = tokenize(title, 0);
  tokenize(body, 1, tokens);
  const gaz = scanGazetteer(tokens, ctx.gazetteer).filter((m) => !isTicker(tokens, m));
  const ruleOrgs = resolveOrgs(ctx, tokens, texts, gaz);
  const places = gaz.filter(
    (m) => (m.kind === 'place' || m.kind === 'block') && !ruleOrgs.some((o) => overlaps(o, m)),
  );
  // Countries are read against the rules' organisations, so the tagger never moves them.
  const countries = gaz.filter((m) => m.kind === 'country');
  for (const c of countries) if (ruleOrgs.some((o) => overlaps(o, c))) c.insideOrg = true;
  // The tagger decides the tail; register names, countries and places keep their reading.
  const review = ctx.tagger ? reviewOf(ctx, tokens, texts, ctx.tagger.tag(ctx, tokens, gaz)) : null;
  let orgs = ruleOrgs;
  let taggedPeople: Mention[] = [];
  if (review) {
    const sure = gaz.filter((m) => !m.personLike);
    ({ orgs, people: taggedPeople } = reviewOrgs(review, ruleOrgs, sure));
  }

  const claimed = new Uint8Array(tokens.length);
  const claim = (m: Mention) => {
    for (let k = m.start; k < m.end; k += 1) claimed[k] = 1;
  };
  orgs.forEach(claim);
  places.forEach(claim);
  // Countries claim their tokens weakly (2): a name particle may still take them ("de la Madrid").
  for (const c of countries) {
    if (c.personLike && !c.insideOrg) continue;
    for (let k = c.start; k < c.end; k += 1) claimed[k] ||= 2;
  }
  let cands = [...findPeople(tokens, texts, claimed, ctx.lex), ...taggedPeople];
  if (review) {
    const reviewed = reviewPeople(review, cands, claimed);
    cands = reviewed.people;
    orgs.push(...reviewed.orgs);
    reviewed.orgs.forEach(claim);
  }
  const people = resolvePeople(ctx, tokens, cands);
  people.forEach(claim);
  if (ctx.nlpFallback) {
    for (const m of nlpFallback(tokens, texts, leftoverRuns(tokens, claimed))) {
      if (m.kind === 'org') orgs.push(m);
      else people.push(m);
    }
  }
  let keptCountries = countryRules(ctx, tokens, countries, people);
  const datelineEnd = datelineLength(body);
  if (datelineEnd > 0) {
    keptCountries = resolveDateline(body, datelineEnd, tokens, keptCountries, ctx.qualifiers);
  }

  const out: ResolvedMention[] = [];
  const surface = (m: Mention) =>
    spanText(tokens, texts[tokens[m.start]?.segment ?? 1] ?? '', m.start, m.end);
  for (const c of keptCountries) {
    out.push({
      ...c,
      key: c.code ?? '',
      display: ctx.gazetteer.countryNames.get(c.code ?? '') ?? c.code ?? '',
      surface: surface(c),
    });
  }
  for (const p of places)
    if (p.kind === 'place') out.push({ ...p, key: '', display: surface(p), surface: surface(p) });
  const orgNames = new Map<string, string>();
  for (const o of orgs) {
    const reg = o.org !== undefined && o.org >= 0 ? ctx.register.organizations[o.org] : undefined;
    // One name per organisation across articles: "Cyclops Corp" and "Cyclops" are one facet value.
    const display = reg ? reg.name : stripLegalSuffix(o.name ?? surface(o));
    const key = slugify(display);
    out.push({ ...o, key, display, surface: surface(o) });
    orgNames.set(key, display);
    if (o.name) orgNames.set(slugify(stripLegalSuffix(o.name)), display);
  }
  for (const p of people) {
    const key = slugify(p.name ?? '');
    // "General Acquisition Co ... General Acquisition said": the organisation wins.
    const org = orgNames.get(key);
    if (org) out.push({ ...p, kind: 'org', key: slugify(org), display: org, surface: surface(p) });
    else out.push({ ...p, key, display: p.name ?? '', surface: surface(p) });
  }
  out.sort((a, b) => a.start - b.start);
  return { tokens, texts, mentions: out };
}
