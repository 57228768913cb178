import { datelineLength, datelineQualifiers, resolveDateline } from './dateline';
import { buildGazetteer, type Gazetteer } from './gazetteer';
import { leftoverRuns, nlpFallback } from './leftover';
import { commonWords } from './lexicon';
import type { Mention } from './mention';
import { acronymDefinitions, patternOrgs, spanText } from './orgs';
import { tableOrgs } from './tables';
import { findPeople, type PeopleLexicon } from './people';
import { LEGAL_JOINERS, legalSuffixKeys } from '../../lib/lexicon/legal-suffixes';
import type { Register } from '../../lib/register';
import { isTicker, scanGazetteer } from './scan';
import { slugify, stripLegalSuffix } from './slug';
import { fold, tokenize, type Token } from './tokenize';

export interface Context {
  register: Register;
  gazetteer: Gazetteer;
  lex: PeopleLexicon;
  currency: Set<string>;
  blockedOrgs: Set<string>;
  capsWordAcronyms: Set<string>;
  blockedPeople: Set<string>;
  /** Person alias (folded) → canonical name, from the register. */
  personAliases: Map<string, string>;
  /** Register organisation names and aliases (folded) → register index. */
  orgForms: Map<string, number>;
  /** Dateline qualifiers ("Mass", "West Germany") → ISO code. */
  qualifiers: Map<string, string>;
  /** Ask the (slow) NLP library about capitalised runs no rule classified. */
  nlpFallback: boolean;
}

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

const BIRD_CONTEXT = new Set([
  'meat',
  'prices',
  'price',
  'farmers',
  'producers',
  'sandwich',
  'dinner',
  'breast',
  'production',
  'growers',
  'hens',
  'poults',
  'feathers',
  'roast',
  'stuffing',
  'legs',
  'slices',
  'pardon',
  'pardoned',
]);
const NEIGHBOURS_OF_GE = new Set(['RU', 'AM', 'AZ', 'UA', 'TR']);

export function createContext(
  register: Register,
  options: { nlpFallback?: boolean } = {},
): Context {
  const p = register.people;
  const personAliases = new Map<string, string>();
  for (const rule of p.aliases)
    for (const alias of [rule.name, ...rule.aliases]) personAliases.set(fold(alias), rule.name);
  const orgForms = new Map<string, number>();
  register.organizations.forEach((org, index) => {
    for (const form of [org.name, ...org.aliases]) orgForms.set(fold(form), index);
  });
  return {
    register,
    gazetteer: buildGazetteer(register),
    lex: {
      titles: new Set(p.titles),
      given: new Set(p.givenNames),
      particles: new Set(p.particles),
      nonName: new Set(p.nonNameWords),
      signoffs: new Set(p.signoffs),
      blocked: new Set([...p.blocked, ...register.blocklist.people]),
      words: commonWords(),
      placeWords: new Set(p.placeWords),
    },
    currency: new Set(register.countries.currencyWords),
    blockedOrgs: new Set(register.blocklist.organizations.map(fold)),
    capsWordAcronyms: new Set(register.blocklist.capsWordAcronyms),
    blockedPeople: new Set([...p.blocked, ...register.blocklist.people].map(fold)),
    personAliases,
    orgForms,
    qualifiers: datelineQualifiers(register),
    nlpFallback: options.nlpFallback ?? false,
  };
}

const overlaps = (a: Mention, b: Mention) => a.start < b.end && b.start < a.end;

function pickNonOverlapping(cands: Mention[]): Mention[] {
  const sorted = [...cands].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || (b.org ?? -1) - (a.org ?? -1) || a.start - b.start,
  );
  const taken: Mention[] = [];
  for (const m of sorted) if (!taken.some((t) => overlaps(t, m))) taken.push(m);
  return taken;
}

function resolveOrgs(ctx: Context, tokens: Token[], texts: string[], gaz: Mention[]): Mention[] {
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

export function analyse(ctx: Context, title: string, body: string): Analysis {
  const texts = [title, body];
  const tokens = tokenize(title, 0);
  tokenize(body, 1, tokens);
  const gaz = scanGazetteer(tokens, ctx.gazetteer).filter((m) => !isTicker(tokens, m));
  const orgs = resolveOrgs(ctx, tokens, texts, gaz);
  const places = gaz.filter(
    (m) => (m.kind === 'place' || m.kind === 'block') && !orgs.some((o) => overlaps(o, m)),
  );
  const countries = gaz.filter((m) => m.kind === 'country');
  for (const c of countries) if (orgs.some((o) => overlaps(o, c))) c.insideOrg = true;

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
  const people = resolvePeople(ctx, tokens, findPeople(tokens, texts, claimed, ctx.lex));
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

/** Merges lone surnames into full names seen in the same article; drops unconfirmed ones. */
function resolvePeople(ctx: Context, tokens: Token[], cands: Mention[]): Mention[] {
  const full = cands.filter((m) => !m.weak && m.end - m.start >= 2);
  const wordsOf = (m: Mention) => tokens.slice(m.start, m.end).filter((t) => t.type === 'w');
  const forms = full.map((f) => {
    f.name = ctx.personAliases.get(fold(f.name ?? '')) ?? f.name ?? '';
    return {
      f,
      keys: ` ${wordsOf(f)
        .map((t) => t.key)
        .join(' ')}`,
    };
  });
  // "Santos Alvite" after "Fernando Santos Alvite": a shorter tail of a full name is that name.
  for (const a of forms) {
    const longer = forms.find((b) => b.keys.length > a.keys.length && b.keys.endsWith(a.keys));
    if (longer) a.f.name = longer.f.name;
  }
  const byPart = new Map<string, string>();
  // "Sheikh Ali" after "Sheikh Ali al-Khalifa al-Sabah": a titled first name, when unambiguous.
  const byFirst = new Map<string, string | null>();
  for (const f of full) {
    const words = wordsOf(f);
    const last = words[words.length - 1];
    if (last) byPart.set(last.key, f.name ?? '');
    const first = words[0];
    if (first) {
      const seen = byFirst.get(first.key);
      byFirst.set(first.key, seen === undefined || seen === f.name ? (f.name ?? '') : null);
    }
  }
  const out: Mention[] = [];
  for (const m of cands) {
    if (ctx.blockedPeople.has(fold(m.name ?? ''))) continue;
    if (m.end - m.start >= 2 && !m.weak) {
      out.push(m);
      continue;
    }
    const tok = tokens[m.start];
    const canonical =
      (tok ? byPart.get(tok.key) : undefined) ??
      (tok && !m.weak ? (byFirst.get(tok.key) ?? undefined) : undefined);
    // Curated public figures ("Reagan" → Ronald Reagan) need no title when the article names
    // nobody else with that surname; any other lone surname needs a title or a full name.
    const curated = ctx.personAliases.get(fold(m.name ?? ''));
    if (canonical) out.push({ ...m, name: canonical, weak: false });
    else if (curated) out.push({ ...m, name: curated, weak: false });
    else if (!m.weak) out.push(m);
  }
  return out;
}

function countryRules(
  ctx: Context,
  tokens: Token[],
  countries: Mention[],
  people: Mention[],
): Mention[] {
  const lowerTurkey =
    tokens.some((t) => t.key === 'turkey' && !t.cap) || tokens.some((t) => t.key === 'turkeys');
  let usSignal = 0;
  let geSignal = 0;
  for (const c of countries) {
    const key = tokens[c.start]?.key;
    if (c.code === 'US' && (c.via === 'region' || c.via === 'city') && key !== 'washington')
      usSignal += 1;
    if (c.code === 'GE' && key !== 'georgia') geSignal += 1;
    if (NEIGHBOURS_OF_GE.has(c.code ?? '')) geSignal += 0.5;
  }
  const kept: Mention[] = [];
  for (const c of countries) {
    const first = tokens[c.start];
    const next = tokens[c.end];
    if (!first) continue;
    if (people.some((p) => !p.weak && overlaps(p, c))) continue;
    if (next && ctx.currency.has(next.key) && (c.via === 'demonym' || c.via === 'name')) continue;
    if (first.key === 'turkey' && c.end - c.start === 1) {
      if (next && BIRD_CONTEXT.has(next.key)) continue;
      if (lowerTurkey && (first.sentStart || first.capsLine)) continue;
    }
    if (first.key === 'georgia' && c.end - c.start === 1) {
      const stateCue =
        next?.key === 'state' ||
        (tokens[c.start - 1]?.key === 'of' && tokens[c.start - 2]?.key === 'state');
      if (stateCue || usSignal > geSignal) {
        kept.push({ ...c, code: 'US', via: 'region' });
        continue;
      }
    }
    kept.push(c);
  }
  return kept;
}
