import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fold, tokenize, type Token } from './tokenize';
import type { Register } from '@/lib/register';

export type CountryVia = 'name' | 'demonym' | 'city' | 'region' | 'landmark';

export type Target =
  | { kind: 'country'; code: string; via: CountryVia; personLike: boolean }
  | { kind: 'place' }
  | { kind: 'org'; org: number; acronym: boolean }
  | { kind: 'block' };

/** One dictionary phrase, pre-tokenised the same way as the text. */
export interface Phrase {
  keys: string[];
  /** Per token: must the text token be capitalised (as written in the alias)? */
  capRequired: boolean[];
  /** Case-sensitive surface (acronyms, dotted abbreviations), else null. */
  exact: string[] | null;
  target: Target;
}

export interface Gazetteer {
  byFirst: Map<string, Phrase[]>;
  countryNames: Map<string, string>;
}

const CONNECTORS = new Set([
  'of',
  'and',
  'the',
  'de',
  'du',
  'la',
  'le',
  'des',
  'for',
  'on',
  'y',
  'et',
  'und',
  'da',
  'do',
  'del',
  'al',
  'el',
  'ng',
  'du',
  'es',
  "d'",
  'des',
]);

/** Aliases written in capitals (UK, USSR, OPEC) or with dots (U.S.) must match case-exactly. */
function isExactForm(form: string): boolean {
  const letters = form.replace(/[^\p{L}]/gu, '');
  if (/\./.test(form) && letters.length <= 6 && !/\p{Ll}{2}/u.test(form)) return true;
  return letters.length > 0 && letters.length <= 6 && !/\p{Ll}/u.test(letters);
}

export function phraseFor(form: string, target: Target, forceExact = false): Phrase | null {
  const toks: Token[] = tokenize(form, 0);
  if (toks.length === 0) return null;
  const exact = forceExact || isExactForm(form);
  return {
    keys: toks.map((t) => t.key),
    capRequired: toks.map((t) => t.cap && !CONNECTORS.has(t.key)),
    exact: exact ? toks.map((t) => t.text) : null,
    target,
  };
}

export class PhraseTable {
  readonly byFirst = new Map<string, Phrase[]>();
  private readonly claimed = new Map<string, string>();

  /** Adds a phrase unless the same key sequence is already owned by another target. */
  add(phrase: Phrase | null, owner: string, overwrite = false): boolean {
    if (!phrase) return false;
    const id = phrase.keys.join(' ') + (phrase.exact ? '#exact' : '');
    const prev = this.claimed.get(id);
    if (prev !== undefined && !overwrite) return prev === owner;
    this.claimed.set(id, owner);
    const first = phrase.keys[0] ?? '';
    let list = this.byFirst.get(first);
    if (!list) this.byFirst.set(first, (list = []));
    if (prev !== undefined) {
      const at = list.findIndex((p) => p.keys.join(' ') + (p.exact ? '#exact' : '') === id);
      if (at >= 0) list.splice(at, 1);
    }
    list.push(phrase);
    list.sort((a, b) => b.keys.length - a.keys.length);
    return true;
  }

  has(form: string): boolean {
    const p = phraseFor(form, { kind: 'block' });
    return p ? this.claimed.has(p.keys.join(' ')) : false;
  }
}

type LangFile = { countries: Record<string, string | string[]> };

function loadLanguage(lang: string): LangFile {
  const require = createRequire(import.meta.url);
  const file = require.resolve(`i18n-iso-countries/langs/${lang}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as LangFile;
}

function usable(name: string): string | null {
  const cleaned = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (cleaned.includes(',') || cleaned.length < 3) return null;
  return cleaned;
}

/** Builds the country + organisation phrase table from the register and i18n-iso-countries. */
export function buildGazetteer(register: Register): Gazetteer & { table: PhraseTable } {
  const table = new PhraseTable();
  const c = register.countries;
  const personLike = new Set(c.personNames.map(fold));
  const countryNames = new Map<string, string>();
  const blockedCountryForms = new Set(register.blocklist.countries.map(fold));
  const countryTarget = (code: string, via: CountryVia, form: string): Target => ({
    kind: 'country',
    code,
    via,
    personLike: personLike.has(fold(form)),
  });

  // Blocks and non-country places first: they own their phrases ("Indian Ocean", "guinea pig").
  for (const form of c.nonCountryPlaces) table.add(phraseFor(form, { kind: 'place' }), 'place');
  for (const form of c.blockedPhrases) table.add(phraseFor(form, { kind: 'block' }), 'block');
  for (const form of register.blocklist.countries)
    table.add(phraseFor(form, { kind: 'block' }), 'block');

  // Register aliases win over the generic language tables.
  for (const [code, entry] of Object.entries(c.countries)) {
    const owner = `c:${code}`;
    if (entry.name) countryNames.set(code, entry.name);
    const groups: [CountryVia, string[]][] = [
      ['name', entry.name ? [entry.name, ...entry.aliases] : entry.aliases],
      ['demonym', entry.demonyms],
      ['city', entry.cities],
      ['region', entry.regions],
      ['landmark', entry.landmarks],
    ];
    for (const [via, forms] of groups) {
      for (const form of forms) {
        if (blockedCountryForms.has(fold(form))) continue;
        table.add(phraseFor(form, countryTarget(code, via, form)), owner);
      }
    }
  }

  const blockedForeign = new Set(c.blockedForms.map(fold));
  for (const lang of c.languages) {
    const file = loadLanguage(lang);
    const seen = new Map<string, { code: string; surface: string } | null>();
    for (const [code, value] of Object.entries(file.countries)) {
      const names = Array.isArray(value) ? value : [value];
      for (const raw of names) {
        const name = usable(raw);
        if (!name) continue;
        const key = fold(name);
        if (lang !== 'en' && blockedForeign.has(key)) continue;
        if (blockedCountryForms.has(key)) continue;
        // A form naming two different countries in one language is ambiguous ("Congo").
        const other = seen.get(key);
        seen.set(key, other === undefined || other?.code === code ? { code, surface: name } : null);
      }
    }
    for (const entry of seen.values()) {
      if (!entry) continue;
      const target = countryTarget(entry.code, 'name', entry.surface);
      table.add(phraseFor(entry.surface, target), `c:${entry.code}`);
    }
  }
  // English short names: prefer the shortest English alias without commas ("South Korea").
  for (const [code, value] of Object.entries(loadLanguage('en').countries)) {
    if (c.countries[code]?.name) continue;
    const names = (Array.isArray(value) ? value : [value])
      .map(usable)
      .filter((n): n is string => !!n);
    const best = names.sort((a, b) => a.length - b.length)[0];
    if (best) countryNames.set(code, best);
  }

  // Organisations: names and aliases (capitalised), acronyms (exact case). Acronyms used by two
  // register entries are ambiguous and only resolved by an in-article definition.
  const acronymOwners = new Map<string, number[]>();
  register.organizations.forEach((org, index) => {
    for (const form of [org.name, ...org.aliases]) {
      table.add(phraseFor(form, { kind: 'org', org: index, acronym: false }), `o:${index}`, true);
    }
    for (const acr of org.acronyms) {
      const owners = acronymOwners.get(acr) ?? [];
      owners.push(index);
      acronymOwners.set(acr, owners);
    }
  });
  for (const [acr, owners] of acronymOwners) {
    if (owners.length !== 1 || owners[0] === undefined) continue;
    table.add(
      phraseFor(acr, { kind: 'org', org: owners[0], acronym: true }, true),
      `o:${owners[0]}`,
      true,
    );
  }
  return { byFirst: table.byFirst, countryNames, table };
}
